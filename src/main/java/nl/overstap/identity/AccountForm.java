package nl.overstap.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What an administrator types to create an account. */
record AccountForm(
        @Nullable String username,
        @Nullable String displayName,
        @Nullable String role,
        @Nullable UUID organisationId,
        @Nullable String password) {

    static AccountForm empty() {
        return new AccountForm(null, null, null, null, null);
    }
}
