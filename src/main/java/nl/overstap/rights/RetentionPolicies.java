package nl.overstap.rights;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The retention policy as stored in {@code retention_policy}, and when the job runs next. */
@Service
class RetentionPolicies {

    private final JdbcClient jdbc;

    RetentionPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every category the job enforces, shortest period first. */
    List<RetentionPolicy> all() {
        return jdbc
                .sql("""
                        select data_category, years_after_closing from retention_policy
                         order by years_after_closing, data_category
                        """)
                .query((rs, n) -> new RetentionPolicy(
                        DataCategory.valueOf(rs.getString("data_category")), rs.getInt("years_after_closing")))
                .list()
                .stream()
                .filter(p -> Anonymiser.SUPPORTED.contains(p.category()))
                .toList();
    }

    /** The policy page for administrators: the policy and the job's next and last run. */
    public record Overview(
            List<RetentionPolicy> policies,
            @Nullable Instant nextRun,
            @Nullable Instant lastSuccess) {}

    private record Run(@Nullable Instant next, @Nullable Instant lastSuccess) {}

    Overview overview(CurrentUser user) {
        if (!user.is(Role.ADMIN)) {
            throw new NotFoundException();
        }
        Optional<Run> run = jdbc.sql("""
                        select execution_time, last_success from scheduled_tasks where task_name = :task
                        """)
                .param("task", RetentionSchedule.TASK_NAME)
                .query((rs, n) -> new Run(instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2))))
                .optional();
        return new Overview(
                all(),
                run.map(Run::next).orElse(null),
                run.map(Run::lastSuccess).orElse(null));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
