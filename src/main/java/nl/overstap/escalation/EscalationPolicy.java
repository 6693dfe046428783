package nl.overstap.escalation;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rules of escalation, each named; a refusal is shown as {@code escalation.rejected.<name>}.
 *
 * <ul>
 *   <li>Only an action a partner organisation carries out can be escalated.
 *   <li>Only a stuck action: blocked, or overdue (due before today and not done).
 *   <li>One open escalation per action at a time.
 *   <li>The coordinator decides only on an open escalation; a new deadline lies today or later.
 * </ul>
 */
final class EscalationPolicy {

    /** Why an escalation or decision was refused. */
    enum Rejection {
        /** The action is not carried out by a partner organisation. */
        NOT_A_PARTNER_ACTION,
        /** The action is done. */
        ACTION_DONE,
        /** The action is neither blocked nor overdue. */
        NOT_STUCK,
        /** The action already has an open escalation. */
        ALREADY_ESCALATED,
        /** The escalation has already been decided. */
        ALREADY_DECIDED,
        /** A new deadline before today. */
        DEADLINE_IN_THE_PAST
    }

    private EscalationPolicy() {}

    /**
     * May this action be escalated today?
     *
     * @param ownerType the action's owner type (YOUTH, COACH, NETWORK, PARTNER)
     * @param status the action's status (OPEN, DONE, BLOCKED)
     */
    static Optional<Rejection> mayEscalate(
            String ownerType, String status, LocalDate dueDate, LocalDate today, boolean openEscalation) {
        if (!"PARTNER".equals(ownerType)) {
            return Optional.of(Rejection.NOT_A_PARTNER_ACTION);
        }
        if ("DONE".equals(status)) {
            return Optional.of(Rejection.ACTION_DONE);
        }
        if (!"BLOCKED".equals(status) && !dueDate.isBefore(today)) {
            return Optional.of(Rejection.NOT_STUCK);
        }
        if (openEscalation) {
            return Optional.of(Rejection.ALREADY_ESCALATED);
        }
        return Optional.empty();
    }

    /** May the coordinator decide on an escalation in this status? */
    static Optional<Rejection> mayDecide(EscalationStatus status) {
        return status == EscalationStatus.OPEN ? Optional.empty() : Optional.of(Rejection.ALREADY_DECIDED);
    }

    /** A new deadline: today or later. */
    static Optional<Rejection> checkNewDeadline(LocalDate deadline, LocalDate today) {
        return deadline.isBefore(today) ? Optional.of(Rejection.DEADLINE_IN_THE_PAST) : Optional.empty();
    }

    /** The status after a decision of this kind, or null when the kind is unknown. */
    static @Nullable EscalationStatus after(@Nullable DecisionKind kind) {
        return kind == null ? null : kind.resultingStatus();
    }
}
