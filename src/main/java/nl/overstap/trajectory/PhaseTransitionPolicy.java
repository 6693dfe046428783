package nl.overstap.trajectory;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rules for moving a trajectory between phases, each named and each with its own reason for
 * refusing. Forward is one step at a time; going back (relapse) and closing need a reason; closing
 * needs an outcome and an end reason; a closed trajectory does not move.
 */
public final class PhaseTransitionPolicy {

    private PhaseTransitionPolicy() {}

    /** Why a transition was refused; each maps to a Dutch message {@code phase.rejected.<code>}. */
    public enum Rejection {
        /** The trajectory is closed. */
        ALREADY_CLOSED,
        /** The target is the current phase. */
        SAME_PHASE,
        /** A forward move skipped a phase. */
        SKIPS_A_PHASE,
        /** A relapse without a reason. */
        RELAPSE_WITHOUT_REASON,
        /** Closing without an outcome. */
        CLOSE_WITHOUT_OUTCOME,
        /** Closing without an end reason. */
        CLOSE_WITHOUT_END_REASON,
        /** Closing without an explanation. */
        CLOSE_WITHOUT_REASON
    }

    /** A requested move. */
    public record Request(
            Phase target,
            @Nullable String reason,
            @Nullable Outcome outcome,
            @Nullable EndReason endReason) {

        public static Request forward(Phase target) {
            return new Request(target, null, null, null);
        }

        boolean hasReason() {
            return reason != null && !reason.isBlank();
        }
    }

    /** The kind of change this request is from {@code current}, or a rejection. */
    public static Optional<Rejection> check(Phase current, Request request) {
        if (!current.isOpen()) {
            return Optional.of(Rejection.ALREADY_CLOSED);
        }
        Phase target = request.target();
        if (target == current) {
            return Optional.of(Rejection.SAME_PHASE);
        }
        if (target == Phase.CLOSED) {
            if (request.outcome() == null) {
                return Optional.of(Rejection.CLOSE_WITHOUT_OUTCOME);
            }
            if (request.endReason() == null) {
                return Optional.of(Rejection.CLOSE_WITHOUT_END_REASON);
            }
            return request.hasReason() ? Optional.empty() : Optional.of(Rejection.CLOSE_WITHOUT_REASON);
        }
        if (target.ordinal() < current.ordinal()) {
            return request.hasReason() ? Optional.empty() : Optional.of(Rejection.RELAPSE_WITHOUT_REASON);
        }
        return target == current.next() ? Optional.empty() : Optional.of(Rejection.SKIPS_A_PHASE);
    }

    /** The kind of an allowed change. */
    public static ChangeKind kindOf(Phase current, Phase target) {
        if (target == Phase.CLOSED) {
            return ChangeKind.CLOSE;
        }
        return target.ordinal() < current.ordinal() ? ChangeKind.RELAPSE : ChangeKind.FORWARD;
    }
}
