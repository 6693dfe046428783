package nl.overstap.shared;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;

/**
 * The signed-in person as every module sees it. Kept in the (database-backed) session, so no
 * module needs a query to know who is asking.
 */
public record CurrentUser(UUID id, String username, String displayName, Role role, UUID organisationId, String region)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean is(Role other) {
        return role == other;
    }
}
