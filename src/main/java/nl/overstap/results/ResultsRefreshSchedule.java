package nl.overstap.results;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rebuilds the results every {@code overstap.results.refresh-interval} (default 15 minutes) through
 * db-scheduler, so only one node of a cluster does it. A fixed-delay schedule first runs as soon as
 * the scheduler starts, so a fresh demo has figures within a poll interval.
 */
@Configuration(proxyBeanMethods = false)
class ResultsRefreshSchedule {

    static final String TASK_NAME = "results-refresh";

    @Bean
    @DependsOnDatabaseInitialization
    RecurringTask<Void> resultsRefreshTask(
            ResultsRefresh refresh, @Value("${overstap.results.refresh-interval:15m}") Duration interval) {
        return Tasks.recurring(TASK_NAME, Schedules.fixedDelay(interval))
                .execute((instance, context) -> refresh.refreshNow());
    }
}
