package nl.overstap.network;

import org.jspecify.annotations.Nullable;

/**
 * A key person as typed: strings, so nothing is lost when the form comes back with errors.
 *
 * @param joinsMeetings "yes" or "no"
 */
public record KeyPersonForm(
        @Nullable String name,
        @Nullable String relation,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String joinsMeetings,
        @Nullable String note) {

    /** The empty form for a new key person: takes no part in meetings until the coach says so. */
    public static KeyPersonForm empty() {
        return new KeyPersonForm(null, null, null, null, "no", null);
    }
}
