package nl.overstap.trajectory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The trajectory aggregate. It changes phase only through {@link #enterPhase}, which asks the
 * {@link PhaseTransitionPolicy} and returns the {@link PhaseEntered} event to publish.
 */
public final class Trajectory {

    private final UUID id;
    private final UUID youthId;
    private final UUID organisationId;
    private UUID coachId;
    private final UUID programmeId;
    private final LocalDate startDate;
    private Phase phase;
    private Instant phaseEnteredAt;
    private @Nullable Outcome outcome;
    private @Nullable EndReason endReason;
    private @Nullable Instant closedAt;
    private Satisfaction satisfaction;
    private final int version;

    Trajectory(
            UUID id,
            UUID youthId,
            UUID organisationId,
            UUID coachId,
            UUID programmeId,
            LocalDate startDate,
            Phase phase,
            Instant phaseEnteredAt,
            @Nullable Outcome outcome,
            @Nullable EndReason endReason,
            @Nullable Instant closedAt,
            Satisfaction satisfaction,
            int version) {
        this.id = id;
        this.youthId = youthId;
        this.organisationId = organisationId;
        this.coachId = coachId;
        this.programmeId = programmeId;
        this.startDate = startDate;
        this.phase = phase;
        this.phaseEnteredAt = phaseEnteredAt;
        this.outcome = outcome;
        this.endReason = endReason;
        this.closedAt = closedAt;
        this.satisfaction = satisfaction;
        this.version = version;
    }

    /** A new trajectory, in Scout. */
    static Trajectory start(
            UUID youthId, UUID organisationId, UUID coachId, UUID programmeId, LocalDate startDate, Instant now) {
        return new Trajectory(
                UUID.randomUUID(),
                youthId,
                organisationId,
                coachId,
                programmeId,
                startDate,
                Phase.SCOUT,
                now,
                null,
                null,
                null,
                Satisfaction.NOT_ASKED,
                0);
    }

    PhaseEntered started(UUID by, Instant at) {
        return new PhaseEntered(id, youthId, null, Phase.SCOUT, ChangeKind.START, null, by, at);
    }

    /** Moves to another phase if the policy allows it; otherwise throws {@link PhaseTransitionRejected}. */
    PhaseEntered enterPhase(PhaseTransitionPolicy.Request request, UUID by, Instant at) {
        return enterPhase(request, Satisfaction.NOT_ASKED, by, at);
    }

    /**
     * As {@link #enterPhase(PhaseTransitionPolicy.Request, UUID, Instant)}; when this closes the
     * trajectory it also records the youth's satisfaction rating (ignored for other moves).
     */
    PhaseEntered enterPhase(PhaseTransitionPolicy.Request request, Satisfaction rating, UUID by, Instant at) {
        PhaseTransitionPolicy.check(phase, request).ifPresent(rejection -> {
            throw new PhaseTransitionRejected(rejection);
        });
        Phase from = phase;
        ChangeKind kind = PhaseTransitionPolicy.kindOf(from, request.target());
        phase = request.target();
        phaseEnteredAt = at;
        if (kind == ChangeKind.CLOSE) {
            outcome = request.outcome();
            endReason = request.endReason();
            closedAt = at;
            satisfaction = rating;
        }
        return new PhaseEntered(id, youthId, from, phase, kind, outcome, by, at);
    }

    /** Hands the trajectory to another coach of the same organisation. */
    void reassign(UUID newCoachId) {
        if (!phase.isOpen()) {
            throw new PhaseTransitionRejected(PhaseTransitionPolicy.Rejection.ALREADY_CLOSED);
        }
        this.coachId = newCoachId;
    }

    public UUID id() {
        return id;
    }

    public UUID youthId() {
        return youthId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID coachId() {
        return coachId;
    }

    public UUID programmeId() {
        return programmeId;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public Phase phase() {
        return phase;
    }

    public Instant phaseEnteredAt() {
        return phaseEnteredAt;
    }

    public @Nullable Outcome outcome() {
        return outcome;
    }

    public @Nullable EndReason endReason() {
        return endReason;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    /** The rating recorded at closing; {@link Satisfaction#NOT_ASKED} while open or when not asked. */
    public Satisfaction satisfaction() {
        return satisfaction;
    }

    int version() {
        return version;
    }
}
