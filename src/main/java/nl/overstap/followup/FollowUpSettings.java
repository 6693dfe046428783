package nl.overstap.followup;

import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Configuration of the follow-up: {@code overstap.followup.schedule} (ISO periods after the start),
 * {@code overstap.followup.missed-after-days} (an unanswered check-in counts as missed this many days
 * after its due date; the caseload's stuck signal uses the same key) and
 * {@code overstap.followup.remind-at} (Dutch time of day of the reminder on the due date).
 */
@Component
class FollowUpSettings {

    private final CheckInSchedule schedule;
    private final LocalTime remindAt;

    FollowUpSettings(
            @Value("${overstap.followup.schedule:" + CheckInSchedule.DEFAULT + "}") String schedule,
            @Value("${overstap.followup.missed-after-days:7}") int missedAfterDays,
            @Value("${overstap.followup.remind-at:09:00}") String remindAt) {
        this.schedule = CheckInSchedule.parse(schedule, missedAfterDays);
        this.remindAt = LocalTime.parse(remindAt);
    }

    CheckInSchedule schedule() {
        return schedule;
    }

    LocalTime remindAt() {
        return remindAt;
    }
}
