package nl.overstap.followup;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.overstap.match.MatchStarted;
import nl.overstap.shared.DutchTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a start, records the placement and schedules its check-ins (each moment of the schedule, with
 * the youth and with the employer or school) and one persistent reminder per check-in, in the
 * transaction of the start itself: a start without its follow-up is never committed.
 */
@Component
class FollowUpPlanner {

    private final JdbcClient jdbc;
    private final FollowUpSettings settings;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> reminderTask;
    private final Clock clock;

    FollowUpPlanner(
            JdbcClient jdbc,
            FollowUpSettings settings,
            SchedulerClient scheduler,
            OneTimeTask<Void> followUpReminderTask,
            Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.scheduler = scheduler;
        this.reminderTask = followUpReminderTask;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(MatchStarted started) {
        Instant now = Instant.now(clock);
        jdbc.sql("""
                        insert into followup_placement (match_id, youth_id, trajectory_id, organisation_id, place_kind,
                                                        started_on, created_at)
                        values (:match, :youth, :trajectory, :org, :kind, :start, :now)
                        """)
                .param("match", started.matchId())
                .param("youth", started.youthId())
                .param("trajectory", started.trajectoryId())
                .param("org", started.organisationId())
                .param("kind", started.placeKind().name())
                .param("start", started.startDate())
                .param("now", Timestamp.from(now))
                .update();
        for (CheckInSchedule.Moment moment : settings.schedule().from(started.startDate())) {
            for (CheckInParty party : CheckInParty.values()) {
                UUID id = UUID.randomUUID();
                jdbc.sql("""
                                insert into followup_checkin (id, match_id, youth_id, party, period, due_on)
                                values (:id, :match, :youth, :party, :period, :due)
                                """)
                        .param("id", id)
                        .param("match", started.matchId())
                        .param("youth", started.youthId())
                        .param("party", party.name())
                        .param("period", moment.period())
                        .param("due", moment.dueOn())
                        .update();
                Instant at = moment.dueOn()
                        .atTime(settings.remindAt())
                        .atZone(DutchTime.ZONE)
                        .toInstant();
                scheduler.scheduleIfNotExists(reminderTask.instance(id.toString()), at.isBefore(now) ? now : at);
            }
        }
    }
}
