package nl.overstap.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator types to create an account. {@code researchAccess} is the research-partner
 * flag: only an analyst may have it.
 */
record AccountForm(
        @Nullable String username,
        @Nullable String displayName,
        @Nullable String role,
        @Nullable UUID organisationId,
        @Nullable String password,
        @Nullable Boolean researchAccess) {

    static AccountForm empty() {
        return new AccountForm(null, null, null, null, null, null);
    }

    boolean wantsResearchAccess() {
        return Boolean.TRUE.equals(researchAccess);
    }
}
