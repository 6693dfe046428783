package nl.overstap.rights;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.shared.DataCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enforces the retention policy: per data category, removes that category from every youth whose
 * trajectories are all closed, the last one longer ago than the category's period, unless the youth
 * is on legal hold. One transaction per category; one access-log row per youth changed, written by
 * the system (no user) on the basis {@code retention:<category>}. Running it twice on the same day
 * changes nothing the second time.
 */
@Service
class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionPolicies policies;
    private final Anonymiser anonymiser;
    private final AccessLog accessLog;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RetentionJob(
            RetentionPolicies policies,
            Anonymiser anonymiser,
            AccessLog accessLog,
            TransactionTemplate transactions,
            Clock clock) {
        this.policies = policies;
        this.anonymiser = anonymiser;
        this.accessLog = accessLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Runs the policy as of {@code today}; returns how many youths changed per category. */
    Map<DataCategory, Integer> run(LocalDate today) {
        Map<DataCategory, Integer> changed = new TreeMap<>();
        for (RetentionPolicy policy : policies.all()) {
            Integer count = transactions.execute(status -> apply(policy, today));
            changed.put(policy.category(), Objects.requireNonNullElse(count, 0));
        }
        // counts only: never names or ids of youths in the application log
        LOG.info("Retention run for {}: youths changed per category {}", today, changed);
        return changed;
    }

    private int apply(RetentionPolicy policy, LocalDate today) {
        Instant now = Instant.now(clock);
        List<UUID> youths =
                anonymiser.remove(policy.category(), Anonymiser.Target.expiredBefore(policy.cutoff(today)), now);
        String basis = "retention:" + policy.category().name();
        for (UUID youthId : youths) {
            accessLog.allowed(new AccessEvent(
                    AccessEventType.UPDATE, null, youthId, "youth", youthId, EnumSet.of(policy.category()), basis));
        }
        return youths.size();
    }
}
