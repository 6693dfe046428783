package nl.overstap.signal;

import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.Role;
import nl.overstap.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a timed test (the name keeps it out of surefire's default run): 100,000 signals in a region of
 * their own, then the monitor's counts, its first list page, a filtered later page and a coach's queue,
 * three rounds, printed as {@code BENCH} lines. Run on demand:
 * {@code ./mvnw -o test -Dtest=SignalMonitorBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@IntegrationTest
class SignalMonitorBenchmark {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignalMonitor monitor;

    @Autowired
    Signals signals;

    @Test
    void measure() {
        String region = "Bench" + UUID.randomUUID();
        UUID org = UUID.randomUUID();
        jdbc.sql("insert into organisation (id, name, kind, region) values (:id, :n, 'COACHING', :r)")
                .param("id", org)
                .param("n", "Bench " + org)
                .param("r", region)
                .update();
        long t0 = System.nanoTime();
        jdbc.sql("""
                insert into signal (id, region, source, urgency, signalled_on, family_name, municipality,
                                    assigned_organisation_id, status, first_contact_due)
                select gen_random_uuid(), :r,
                       (array['RMC_DUO','YOUTH_CARE_18','SCHOOL','UWV','OTHER'])[1 + g % 5], 'NORMAL',
                       current_date - (g % 60), 'Naam' || g,
                       (array['DEN_HAAG','DELFT','WESTLAND',null])[1 + g % 4],
                       case when g % 50 = 0 then null else :org end,
                       case when g % 3 = 0 then 'OPEN' else 'DECLINED' end, current_date - (g % 60) + 7
                  from generate_series(1, 100000) g
                """).param("r", region).param("org", org).update();
        System.out.printf("BENCH insert 100k: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        jdbc.sql("analyze signal").update();
        CurrentUser coordinator = new CurrentUser(UUID.randomUUID(), "bench", "Bench", Role.COORDINATOR, org, region);
        CurrentUser coach = new CurrentUser(UUID.randomUUID(), "benchc", "Bench", Role.COACH, org, region);
        for (int round = 0; round < 3; round++) {
            long a = System.nanoTime();
            monitor.counts(coordinator);
            long b = System.nanoTime();
            monitor.list(coordinator, MonitorFilter.parse(null, null, null, null, null), 0);
            long c = System.nanoTime();
            monitor.list(coordinator, MonitorFilter.parse("OPEN", "SCHOOL", "DELFT", null, null), 3);
            long d = System.nanoTime();
            signals.queue(coach, 0);
            long e = System.nanoTime();
            System.out.printf(
                    "BENCH counts %d ms, list all %d ms, list filtered p3 %d ms, coach queue %d ms%n",
                    (b - a) / 1_000_000, (c - b) / 1_000_000, (d - c) / 1_000_000, (e - d) / 1_000_000);
        }
        jdbc.sql("delete from signal where region = :r").param("r", region).update();
    }
}
