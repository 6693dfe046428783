package nl.overstap.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One action of a goal.
 *
 * @param ownerLabel the owner's name as shown: the organisation, the contact person, the network
 *     person or the coach; null for the youth
 * @param ownerOrganisationName set for a partner organisation
 */
public record Action(
        UUID id,
        UUID goalId,
        UUID youthId,
        String description,
        OwnerType ownerType,
        @Nullable UUID ownerOrganisationId,
        @Nullable String ownerOrganisationName,
        @Nullable String ownerPersonName,
        @Nullable String ownerName,
        LocalDate dueDate,
        ActionStatus status,
        @Nullable String blockedReason,
        @Nullable String resultNote) {

    /** Still open or blocked and past its due date. */
    public boolean overdue(LocalDate today) {
        return status != ActionStatus.DONE && dueDate.isBefore(today);
    }
}
