package nl.overstap.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import nl.overstap.trajectory.PhaseTransitionPolicy.Rejection;
import nl.overstap.trajectory.PhaseTransitionPolicy.Request;
import org.junit.jupiter.api.Test;

class TrajectoryTest {

    private static final UUID YOUTH = UUID.randomUUID();
    private static final UUID ORGANISATION = UUID.randomUUID();
    private static final UUID COACH = UUID.randomUUID();
    private static final UUID OTHER_COACH = UUID.randomUUID();
    private static final UUID PROGRAMME = UUID.randomUUID();
    private static final LocalDate START_DATE = LocalDate.of(2026, 3, 2);
    private static final Instant STARTED_AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant LATER = STARTED_AT.plus(Duration.ofDays(14));

    private static Trajectory started() {
        return Trajectory.start(YOUTH, ORGANISATION, COACH, PROGRAMME, START_DATE, STARTED_AT);
    }

    /** Walks the real transitions, one step forward at a time, up to {@code phase}. */
    private static Trajectory inPhase(Phase phase) {
        Trajectory trajectory = started();
        Instant at = STARTED_AT;
        while (trajectory.phase() != phase) {
            at = at.plus(Duration.ofDays(7));
            trajectory.enterPhase(
                    Request.forward(Objects.requireNonNull(trajectory.phase().next())), COACH, at);
        }
        return trajectory;
    }

    private static Trajectory closed() {
        Trajectory trajectory = inPhase(Phase.BORG);
        trajectory.enterPhase(
                new Request(Phase.CLOSED, "Vast contract", Outcome.WORK, EndReason.GOAL_REACHED), COACH, LATER);
        return trajectory;
    }

    @Test
    void startsInScoutWithoutOutcome() {
        Trajectory trajectory = started();

        assertThat(trajectory.phase()).isEqualTo(Phase.SCOUT);
        assertThat(trajectory.phaseEnteredAt()).isEqualTo(STARTED_AT);
        assertThat(trajectory.youthId()).isEqualTo(YOUTH);
        assertThat(trajectory.organisationId()).isEqualTo(ORGANISATION);
        assertThat(trajectory.coachId()).isEqualTo(COACH);
        assertThat(trajectory.programmeId()).isEqualTo(PROGRAMME);
        assertThat(trajectory.startDate()).isEqualTo(START_DATE);
        assertThat(trajectory.outcome()).isNull();
        assertThat(trajectory.endReason()).isNull();
        assertThat(trajectory.closedAt()).isNull();
        assertThat(trajectory.version()).isZero();
    }

    @Test
    void givesEveryStartedTrajectoryItsOwnId() {
        assertThat(started().id()).isNotEqualTo(started().id());
    }

    @Test
    void recordsTheStartAsAnEventWithoutFromPhase() {
        Trajectory trajectory = started();

        PhaseEntered event = trajectory.started(COACH, STARTED_AT);

        assertThat(event)
                .isEqualTo(new PhaseEntered(
                        trajectory.id(), YOUTH, null, Phase.SCOUT, ChangeKind.START, null, COACH, STARTED_AT));
    }

    @Test
    void entersTheNextPhaseAndReturnsTheEvent() {
        Trajectory trajectory = started();

        PhaseEntered event = trajectory.enterPhase(Request.forward(Phase.SCAN), COACH, LATER);

        assertThat(event)
                .isEqualTo(new PhaseEntered(
                        trajectory.id(), YOUTH, Phase.SCOUT, Phase.SCAN, ChangeKind.FORWARD, null, COACH, LATER));
        assertThat(trajectory.phase()).isEqualTo(Phase.SCAN);
        assertThat(trajectory.phaseEnteredAt()).isEqualTo(LATER);
    }

    @Test
    void recordsAMoveBackAsRelapse() {
        Trajectory trajectory = inPhase(Phase.MATCH);

        PhaseEntered event = trajectory.enterPhase(new Request(Phase.SCAN, "Stage gestopt", null, null), COACH, LATER);

        assertThat(event.from()).isEqualTo(Phase.MATCH);
        assertThat(event.to()).isEqualTo(Phase.SCAN);
        assertThat(event.kind()).isEqualTo(ChangeKind.RELAPSE);
        assertThat(trajectory.phase()).isEqualTo(Phase.SCAN);
        assertThat(trajectory.closedAt()).isNull();
    }

    @Test
    void refusesSkippingAPhaseAndLeavesTheTrajectoryUnchanged() {
        Trajectory trajectory = started();

        assertThatThrownBy(() -> trajectory.enterPhase(Request.forward(Phase.MATCH), COACH, LATER))
                .isInstanceOfSatisfying(
                        PhaseTransitionRejected.class,
                        rejected -> assertThat(rejected.rejection()).isEqualTo(Rejection.SKIPS_A_PHASE));

        assertThat(trajectory.phase()).isEqualTo(Phase.SCOUT);
        assertThat(trajectory.phaseEnteredAt()).isEqualTo(STARTED_AT);
    }

    @Test
    void refusesClosingWithoutOutcomeAndLeavesTheTrajectoryOpen() {
        Trajectory trajectory = inPhase(Phase.BORG);
        Instant enteredBorg = trajectory.phaseEnteredAt();

        assertThatThrownBy(() -> trajectory.enterPhase(
                        new Request(Phase.CLOSED, "Klaar", null, EndReason.GOAL_REACHED), COACH, LATER))
                .isInstanceOfSatisfying(
                        PhaseTransitionRejected.class,
                        rejected -> assertThat(rejected.rejection()).isEqualTo(Rejection.CLOSE_WITHOUT_OUTCOME));

        assertThat(trajectory.phase()).isEqualTo(Phase.BORG);
        assertThat(trajectory.phaseEnteredAt()).isEqualTo(enteredBorg);
        assertThat(trajectory.outcome()).isNull();
        assertThat(trajectory.endReason()).isNull();
        assertThat(trajectory.closedAt()).isNull();
    }

    @Test
    void closingRecordsOutcomeEndReasonAndClosedAt() {
        Trajectory trajectory = inPhase(Phase.BORG);

        PhaseEntered event = trajectory.enterPhase(
                new Request(Phase.CLOSED, "Vast contract", Outcome.WORK, EndReason.GOAL_REACHED), COACH, LATER);

        assertThat(event)
                .isEqualTo(new PhaseEntered(
                        trajectory.id(),
                        YOUTH,
                        Phase.BORG,
                        Phase.CLOSED,
                        ChangeKind.CLOSE,
                        Outcome.WORK,
                        COACH,
                        LATER));
        assertThat(trajectory.phase()).isEqualTo(Phase.CLOSED);
        assertThat(trajectory.outcome()).isEqualTo(Outcome.WORK);
        assertThat(trajectory.endReason()).isEqualTo(EndReason.GOAL_REACHED);
        assertThat(trajectory.closedAt()).isEqualTo(LATER);
    }

    @Test
    void closedTrajectoryRefusesEveryMoveAndKeepsItsOutcome() {
        Trajectory trajectory = closed();

        assertThatThrownBy(() -> trajectory.enterPhase(
                        new Request(Phase.SCOUT, "Toch weer opgepakt", null, null), COACH, LATER.plusSeconds(60)))
                .isInstanceOfSatisfying(
                        PhaseTransitionRejected.class,
                        rejected -> assertThat(rejected.rejection()).isEqualTo(Rejection.ALREADY_CLOSED));

        assertThat(trajectory.phase()).isEqualTo(Phase.CLOSED);
        assertThat(trajectory.outcome()).isEqualTo(Outcome.WORK);
        assertThat(trajectory.closedAt()).isEqualTo(LATER);
    }

    @Test
    void reassignsAnOpenTrajectoryToAnotherCoach() {
        Trajectory trajectory = inPhase(Phase.SCAN);

        trajectory.reassign(OTHER_COACH);

        assertThat(trajectory.coachId()).isEqualTo(OTHER_COACH);
        assertThat(trajectory.phase()).isEqualTo(Phase.SCAN);
    }

    @Test
    void refusesReassigningAClosedTrajectory() {
        Trajectory trajectory = closed();

        assertThatThrownBy(() -> trajectory.reassign(OTHER_COACH))
                .isInstanceOfSatisfying(
                        PhaseTransitionRejected.class,
                        rejected -> assertThat(rejected.rejection()).isEqualTo(Rejection.ALREADY_CLOSED));

        assertThat(trajectory.coachId()).isEqualTo(COACH);
    }
}
