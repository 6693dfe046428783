package nl.overstap.match;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One proposal of a youth for a place: the aggregate that guards the pipeline. Every move goes
 * through {@link #apply}, which asks the {@link PipelinePolicy} and records an event.
 */
final class MatchProposal {

    private final UUID id;
    private final UUID youthId;
    private final UUID trajectoryId;
    private final UUID placeId;
    private final UUID organisationId;
    private MatchStatus status;
    private @Nullable LocalDate startDate;
    private @Nullable MatchActor declinedBy;
    private @Nullable String closeReason;
    private final int version;

    MatchProposal(
            UUID id,
            UUID youthId,
            UUID trajectoryId,
            UUID placeId,
            UUID organisationId,
            MatchStatus status,
            @Nullable LocalDate startDate,
            @Nullable MatchActor declinedBy,
            @Nullable String closeReason,
            int version) {
        this.id = id;
        this.youthId = youthId;
        this.trajectoryId = trajectoryId;
        this.placeId = placeId;
        this.organisationId = organisationId;
        this.status = status;
        this.startDate = startDate;
        this.declinedBy = declinedBy;
        this.closeReason = closeReason;
        this.version = version;
    }

    /** A new proposal and the event that records it. */
    static MatchProposal propose(UUID youthId, UUID trajectoryId, UUID placeId, UUID organisationId) {
        return new MatchProposal(
                UUID.randomUUID(),
                youthId,
                trajectoryId,
                placeId,
                organisationId,
                MatchStatus.PROPOSED,
                null,
                null,
                null,
                0);
    }

    MatchStepRecorded proposed(UUID by, LocalDate on, Instant now) {
        return new MatchStepRecorded(id, youthId, null, MatchStatus.PROPOSED, MatchActor.COACH, on, by, now);
    }

    /** Why this request would be refused now, if it would. */
    Optional<PipelinePolicy.Rejection> check(PipelinePolicy.Request request, LocalDate today) {
        return PipelinePolicy.check(status, request, today);
    }

    /** Moves the proposal; refuses (IllegalStateException) what the policy refuses. */
    MatchStepRecorded apply(PipelinePolicy.Request request, UUID by, LocalDate on, LocalDate today, Instant now) {
        Optional<PipelinePolicy.Rejection> refused = check(request, today);
        if (refused.isPresent()) {
            throw new IllegalStateException("Refused: " + refused.get());
        }
        MatchStatus from = status;
        status = request.target();
        if (status == MatchStatus.STARTED) {
            startDate = request.startDate();
        }
        if (status == MatchStatus.DECLINED) {
            declinedBy = request.declinedBy();
        }
        if (!status.isOpen() && status != MatchStatus.STARTED) {
            closeReason = request.reason() == null ? null : request.reason().strip();
        }
        return new MatchStepRecorded(id, youthId, from, status, request.actor(), on, by, now);
    }

    UUID id() {
        return id;
    }

    UUID youthId() {
        return youthId;
    }

    UUID trajectoryId() {
        return trajectoryId;
    }

    UUID placeId() {
        return placeId;
    }

    UUID organisationId() {
        return organisationId;
    }

    MatchStatus status() {
        return status;
    }

    @Nullable
    LocalDate startDate() {
        return startDate;
    }

    @Nullable
    MatchActor declinedBy() {
        return declinedBy;
    }

    @Nullable
    String closeReason() {
        return closeReason;
    }

    int version() {
        return version;
    }
}
