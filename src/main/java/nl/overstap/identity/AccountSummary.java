package nl.overstap.identity;

import java.util.UUID;
import nl.overstap.shared.Role;

/** An account as other modules and the admin pages see it: never its password hash. */
public record AccountSummary(
        UUID id,
        String username,
        String displayName,
        Role role,
        UUID organisationId,
        String organisationName,
        boolean enabled) {}
