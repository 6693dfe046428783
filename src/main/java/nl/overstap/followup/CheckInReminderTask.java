package nl.overstap.followup;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.util.UUID;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reminder of one check-in, as a db-scheduler one-time task whose instance id is the check-in's
 * id. It lives in {@code scheduled_tasks}, so it survives restarts and only one node runs it.
 */
@Configuration(proxyBeanMethods = false)
class CheckInReminderTask {

    static final String TASK_NAME = "followup-checkin-reminder";

    @Bean
    @DependsOnDatabaseInitialization
    OneTimeTask<Void> followUpReminderTask(CheckInReminders reminders) {
        return Tasks.oneTime(TASK_NAME)
                .execute((instance, context) -> reminders.remind(UUID.fromString(instance.getId())));
    }
}
