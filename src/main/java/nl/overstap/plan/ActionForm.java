package nl.overstap.plan;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An action as typed.
 *
 * @param ownerName the network person's name (owner type NETWORK)
 * @param organisationId the partner organisation (owner type PARTNER)
 */
public record ActionForm(
        @Nullable String description,
        @Nullable String ownerType,
        @Nullable String ownerName,
        @Nullable UUID organisationId,
        @Nullable String dueDate,
        @Nullable String status,
        @Nullable String blockedReason,
        @Nullable String resultNote) {

    public static ActionForm empty() {
        return new ActionForm(null, OwnerType.YOUTH.name(), null, null, null, ActionStatus.OPEN.name(), null, null);
    }
}
