package nl.overstap.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import nl.overstap.placement.PlaceKind;
import nl.overstap.trajectory.Outcome;
import org.junit.jupiter.api.Test;

class CheckInScheduleTest {

    @Test
    void theDefaultScheduleGivesWeekOneAndMonthsOneThreeSixAndTwelve() {
        CheckInSchedule schedule = CheckInSchedule.parse(CheckInSchedule.DEFAULT, 7);
        assertThat(schedule.from(LocalDate.of(2026, 1, 31)))
                .extracting(CheckInSchedule.Moment::period, CheckInSchedule.Moment::dueOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("P1W", LocalDate.of(2026, 2, 7)),
                        org.assertj.core.groups.Tuple.tuple("P1M", LocalDate.of(2026, 2, 28)),
                        org.assertj.core.groups.Tuple.tuple("P3M", LocalDate.of(2026, 4, 30)),
                        org.assertj.core.groups.Tuple.tuple("P6M", LocalDate.of(2026, 7, 31)),
                        org.assertj.core.groups.Tuple.tuple("P12M", LocalDate.of(2027, 1, 31)));
    }

    @Test
    void parsesAnotherScheduleWithSpaces() {
        CheckInSchedule schedule = CheckInSchedule.parse(" P2W , P2M,P1Y ", 3);
        assertThat(schedule.periods()).containsExactly(Period.ofWeeks(2), Period.ofMonths(2), Period.ofYears(1));
        assertThat(schedule.missedAfterDays()).isEqualTo(3);
    }

    @Test
    void refusesNonsenseEmptyOrUnorderedSchedules() {
        assertThatThrownBy(() -> CheckInSchedule.parse("P1W,een maand", 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("een maand");
        assertThatThrownBy(() -> CheckInSchedule.parse(" , ", 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckInSchedule.parse("P1M,P1W", 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("increasing");
        assertThatThrownBy(() -> CheckInSchedule.parse("P0D", 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckInSchedule.parse("P1W", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCheckInIsMissedOnlyWhenUnansweredMoreThanTheSetDaysAfterItsDueDate() {
        CheckInSchedule schedule = CheckInSchedule.parse(CheckInSchedule.DEFAULT, 7);
        LocalDate due = LocalDate.of(2026, 3, 1);
        assertThat(schedule.missed(due, false, due.plusDays(7))).isFalse();
        assertThat(schedule.missed(due, false, due.plusDays(8))).isTrue();
        assertThat(schedule.missed(due, true, due.plusDays(30))).isFalse();
        assertThat(schedule.missed(due, false, due.minusDays(1))).isFalse();
    }

    @Test
    void milestonesAreReachedUnlessThePlaceEndedBefore() {
        LocalDate start = LocalDate.of(2026, 1, 15);
        assertThat(FollowUps.milestones(start, null, LocalDate.of(2026, 4, 20)))
                .extracting(FollowUps.Milestone::months, FollowUps.Milestone::reached, FollowUps.Milestone::missedByEnd)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, true, false),
                        org.assertj.core.groups.Tuple.tuple(3, true, false),
                        org.assertj.core.groups.Tuple.tuple(6, false, false));
        assertThat(FollowUps.milestones(start, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 1)))
                .extracting(FollowUps.Milestone::reached, FollowUps.Milestone::missedByEnd)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, false),
                        org.assertj.core.groups.Tuple.tuple(false, true),
                        org.assertj.core.groups.Tuple.tuple(false, true));
    }

    @Test
    void closingSuggestsTheOutcomeOfThePlaceKind() {
        assertThat(FollowUps.outcomeOf(PlaceKind.JOB)).isEqualTo(Outcome.WORK);
        assertThat(FollowUps.outcomeOf(PlaceKind.BBL)).isEqualTo(Outcome.EDUCATION_AND_WORK);
        assertThat(FollowUps.outcomeOf(PlaceKind.TRAINING)).isEqualTo(Outcome.EDUCATION);
        assertThat(FollowUps.outcomeOf(PlaceKind.SUPPORTED_WORK)).isEqualTo(Outcome.SUPPORTED_WORK);
        assertThat(FollowUps.outcomeOf(PlaceKind.DAY_ACTIVITIES)).isEqualTo(Outcome.DAY_ACTIVITIES);
    }
}
