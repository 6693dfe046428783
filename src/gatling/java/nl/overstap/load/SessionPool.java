package nl.overstap.load;

import static io.gatling.javaapi.core.CoreDsl.exec;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Signed-in sessions of one persona, lent to one virtual user at a time (open model): a person
 * does not click twice at once in the same session, and Spring Session JDBC is not made for
 * concurrent writes to one session (two flash messages at once collide on the attribute key). When
 * every session is lent out, a random one is shared and counted ({@link #report()}): a pool that
 * runs dry means the pool is too small for the rate and latency, and the run should be repeated
 * with a bigger pool.
 */
final class SessionPool {

    private final String persona;
    private final List<Map<String, Object>> records;
    private final ConcurrentLinkedQueue<Map<String, Object>> free;
    private final AtomicLong shared = new AtomicLong();
    private final AtomicLong lent = new AtomicLong();

    SessionPool(String persona, List<Map<String, Object>> records) {
        this.persona = persona;
        this.records = List.copyOf(records);
        this.free = new ConcurrentLinkedQueue<>(records);
    }

    /** Takes a free session, copies its fields into the virtual user and sets its cookie. */
    ChainBuilder checkout() {
        return exec(session -> {
                    Map<String, Object> record = free.poll();
                    lent.incrementAndGet();
                    boolean exclusive = record != null;
                    if (!exclusive) {
                        shared.incrementAndGet();
                        record = records.get(ThreadLocalRandom.current().nextInt(records.size()));
                    }
                    return session.setAll(record).set("pooled", exclusive);
                })
                .exec(Pages.useSession());
    }

    /** Gives the session back (only when it was lent exclusively). */
    ChainBuilder checkin() {
        return exec(session -> {
            if (session.getBoolean("pooled")) {
                String username = session.getString("username");
                records.stream()
                        .filter(r -> username.equals(r.get("username")))
                        .findFirst()
                        .ifPresent(free::add);
            }
            return session;
        });
    }

    String report() {
        return String.format(
                "%s pool: %d sessions, %d steps, %d of them on a shared session because the pool ran dry",
                persona, records.size(), lent.get(), shared.get());
    }
}
