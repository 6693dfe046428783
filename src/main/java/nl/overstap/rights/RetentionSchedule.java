package nl.overstap.rights;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalTime;
import nl.overstap.shared.DutchTime;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the {@link RetentionJob} every night at 03:00 Dutch time through db-scheduler, which keeps the
 * schedule in {@code scheduled_tasks} so that only one node of a cluster runs it.
 */
@Configuration(proxyBeanMethods = false)
class RetentionSchedule {

    static final String TASK_NAME = "retention";
    static final LocalTime AT = LocalTime.of(3, 0);

    /** Created after Flyway, so the scheduler never starts before its table exists. */
    @Bean
    @DependsOnDatabaseInitialization
    RecurringTask<Void> retentionTask(RetentionJob job, Clock clock) {
        return Tasks.recurring(TASK_NAME, Schedules.daily(DutchTime.ZONE, AT))
                .execute((instance, context) -> job.run(DutchTime.today(clock)));
    }
}
