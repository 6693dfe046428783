package nl.overstap.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One escalation of a partner action with its ladder of steps (oldest first).
 *
 * @param organisationName the organisation that owns the action now
 * @param newOwnerName the organisation the coordinator gave the action to, if so decided
 */
public record Escalation(
        UUID id,
        UUID actionId,
        UUID youthId,
        String youthName,
        String actionDescription,
        @Nullable String organisationName,
        LocalDate dueDate,
        String actionStatus,
        String reason,
        String raisedByName,
        Instant raisedAt,
        EscalationStatus status,
        @Nullable DecisionKind decisionKind,
        @Nullable String decisionText,
        @Nullable LocalDate newDueDate,
        @Nullable String newOwnerName,
        @Nullable String decidedByName,
        List<Step> steps) {

    /** One step of the ladder: raised, decided (in one of three ways), closed. */
    public record Step(
            Instant at,
            String byName,
            String kind,
            @Nullable String text) {}

    public boolean isOpen() {
        return status == EscalationStatus.OPEN;
    }
}
