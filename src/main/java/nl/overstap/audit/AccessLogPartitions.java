package nl.overstap.audit;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import nl.overstap.shared.DutchTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the monthly partitions of the access log (V0029, ADR 0018) ready ahead of time: the current
 * month and the next {@code overstap.audit.partitions-ahead} months (UTC) always exist. Runs nightly
 * through db-scheduler and once when the application is ready. There is no default partition, so a
 * missing month would make every logged access fail (fail closed); the months ahead are the margin.
 */
@Service
public class AccessLogPartitions {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLogPartitions.class);

    static final String TASK_NAME = "access-log-partitions";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int monthsAhead;

    AccessLogPartitions(JdbcClient jdbc, Clock clock, @Value("${overstap.audit.partitions-ahead:3}") int monthsAhead) {
        if (monthsAhead < 1) {
            throw new IllegalArgumentException("overstap.audit.partitions-ahead must be at least 1");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.monthsAhead = monthsAhead;
    }

    /** Creates the missing partitions from this month to the configured months ahead; returns how many. */
    @Transactional
    public int ensureAhead() {
        LocalDate thisMonth = LocalDate.now(clock.withZone(ZoneOffset.UTC)).withDayOfMonth(1);
        int created = ensure(thisMonth, thisMonth.plusMonths(monthsAhead));
        if (created > 0) {
            LOG.info("Access log: {} monthly partition(s) created, {} months ahead ready", created, monthsAhead);
        }
        return created;
    }

    /**
     * Creates the missing monthly partitions covering {@code from} to {@code to} (UTC months, both
     * inclusive), for loading history; returns how many it created.
     */
    @Transactional
    public int ensure(LocalDate from, LocalDate to) {
        return jdbc.sql("select access_log_create_partitions(:from, :to)")
                .param("from", from)
                .param("to", to)
                .query(Integer.class)
                .single();
    }

    /** How many months ahead are kept ready. */
    public int monthsAhead() {
        return monthsAhead;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        ensureAhead();
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        /** Created after Flyway, so the scheduler never starts before its table exists. */
        @Bean
        @DependsOnDatabaseInitialization
        RecurringTask<Void> accessLogPartitionsTask(AccessLogPartitions partitions) {
            return Tasks.recurring(TASK_NAME, Schedules.daily(DutchTime.ZONE, LocalTime.of(2, 15)))
                    .execute((instance, context) -> partitions.ensureAhead());
        }
    }
}
