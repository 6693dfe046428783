package nl.overstap.signal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import nl.overstap.shared.DutchTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rejected list rows keep the fields as they were in the file (names, BSN, address) only so the
 * coordinator can fix and upload them again. After {@code overstap.import.rejected-rows-days} days
 * those fields are removed; the line number and the reasons stay for the report. Runs nightly at
 * 03:30 Dutch time through db-scheduler.
 */
@Service
public class RejectedRowsRetention {

    static final String TASK_NAME = "list-import-rejected-rows";
    private static final Logger LOG = LoggerFactory.getLogger(RejectedRowsRetention.class);

    private final JdbcClient jdbc;
    private final int days;

    RejectedRowsRetention(JdbcClient jdbc, @Value("${overstap.import.rejected-rows-days:30}") int days) {
        this.jdbc = jdbc;
        this.days = days;
    }

    /** How many days the fields of rejected rows are kept. */
    public int days() {
        return days;
    }

    /** Removes the fields of rejected rows of imports older than the period; returns how many rows changed. */
    @Transactional
    public int clear(LocalDate today) {
        OffsetDateTime cutoff =
                today.minusDays(days).atStartOfDay(DutchTime.ZONE).toOffsetDateTime();
        int cleared = jdbc.sql("""
                        update signal_import_row r set raw = null
                          from signal_import i
                         where i.id = r.import_id and r.outcome = 'REJECTED' and r.raw is not null
                           and i.imported_at < :cutoff""").param("cutoff", cutoff).update();
        // a count only: never a name or a value from a list in the application log
        LOG.info("Rejected list rows older than {} days: fields removed from {} rows", days, cleared);
        return cleared;
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        /** Created after Flyway, so the scheduler never starts before its table exists. */
        @Bean
        @DependsOnDatabaseInitialization
        RecurringTask<Void> rejectedRowsRetentionTask(RejectedRowsRetention retention, Clock clock) {
            return Tasks.recurring(TASK_NAME, Schedules.daily(DutchTime.ZONE, LocalTime.of(3, 30)))
                    .execute((instance, context) -> retention.clear(DutchTime.today(clock)));
        }
    }
}
