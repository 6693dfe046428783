package nl.overstap.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import nl.overstap.trajectory.PhaseTransitionPolicy.Rejection;
import nl.overstap.trajectory.PhaseTransitionPolicy.Request;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhaseTransitionPolicyTest {

    private static Optional<Rejection> check(Phase current, Request request) {
        return PhaseTransitionPolicy.check(current, request);
    }

    private static Request relapse(Phase target, @Nullable String reason) {
        return new Request(target, reason, null, null);
    }

    private static Request close(@Nullable Outcome outcome, @Nullable EndReason endReason, @Nullable String reason) {
        return new Request(Phase.CLOSED, reason, outcome, endReason);
    }

    @ParameterizedTest
    @CsvSource({"SCOUT, SCAN", "SCAN, MATCH", "MATCH, BORG"})
    void allowsOneStepForwardWithoutReason(Phase current, Phase next) {
        assertThat(check(current, Request.forward(next))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"SCOUT, MATCH", "SCOUT, BORG", "SCAN, BORG"})
    void refusesSkippingAPhase(Phase current, Phase target) {
        assertThat(check(current, Request.forward(target))).contains(Rejection.SKIPS_A_PHASE);
    }

    @Test
    void refusesSkippingAPhaseEvenWithAReason() {
        assertThat(check(Phase.SCOUT, new Request(Phase.MATCH, "Gaat snel", null, null)))
                .contains(Rejection.SKIPS_A_PHASE);
    }

    @ParameterizedTest
    @EnumSource(value = Phase.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void refusesMovingToTheSamePhase(Phase phase) {
        assertThat(check(phase, new Request(phase, "Nog een keer", null, null))).contains(Rejection.SAME_PHASE);
    }

    @ParameterizedTest
    @CsvSource({"SCAN, SCOUT", "MATCH, SCAN", "BORG, MATCH", "BORG, SCOUT"})
    void allowsRelapseToAnyEarlierPhaseWithReason(Phase current, Phase earlier) {
        assertThat(check(current, relapse(earlier, "Uitgevallen op stageplek"))).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void rejectsRelapseWithoutReason(@Nullable String reason) {
        assertThat(check(Phase.MATCH, relapse(Phase.SCAN, reason))).contains(Rejection.RELAPSE_WITHOUT_REASON);
    }

    @ParameterizedTest
    @EnumSource(value = Phase.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void allowsClosingFromEveryOpenPhaseWithOutcomeEndReasonAndReason(Phase phase) {
        assertThat(check(phase, close(Outcome.WORK, EndReason.GOAL_REACHED, "Vast contract")))
                .isEmpty();
    }

    @Test
    void rejectsCloseWithoutOutcome() {
        assertThat(check(Phase.BORG, close(null, EndReason.GOAL_REACHED, "Vast contract")))
                .contains(Rejection.CLOSE_WITHOUT_OUTCOME);
    }

    @Test
    void rejectsCloseWithoutEndReason() {
        assertThat(check(Phase.BORG, close(Outcome.WORK, null, "Vast contract")))
                .contains(Rejection.CLOSE_WITHOUT_END_REASON);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void rejectsCloseWithoutReason(@Nullable String reason) {
        assertThat(check(Phase.BORG, close(Outcome.WORK, EndReason.GOAL_REACHED, reason)))
                .contains(Rejection.CLOSE_WITHOUT_REASON);
    }

    @Test
    void namesTheMissingOutcomeFirstWhenEverythingIsMissing() {
        assertThat(check(Phase.SCAN, close(null, null, null))).contains(Rejection.CLOSE_WITHOUT_OUTCOME);
    }

    @ParameterizedTest
    @EnumSource(Phase.class)
    void neverMovesAClosedTrajectory(Phase target) {
        Request complete = new Request(target, "Toch weer opgepakt", Outcome.EDUCATION, EndReason.OTHER);
        assertThat(check(Phase.CLOSED, complete)).contains(Rejection.ALREADY_CLOSED);
    }

    @Test
    void callsAForwardMoveForward() {
        assertThat(PhaseTransitionPolicy.kindOf(Phase.SCOUT, Phase.SCAN)).isEqualTo(ChangeKind.FORWARD);
    }

    @Test
    void callsAMoveBackARelapse() {
        assertThat(PhaseTransitionPolicy.kindOf(Phase.BORG, Phase.SCOUT)).isEqualTo(ChangeKind.RELAPSE);
    }

    @ParameterizedTest
    @EnumSource(value = Phase.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void callsAMoveToClosedACloseFromEveryPhase(Phase phase) {
        assertThat(PhaseTransitionPolicy.kindOf(phase, Phase.CLOSED)).isEqualTo(ChangeKind.CLOSE);
    }
}
