package nl.overstap.signal;

import org.jspecify.annotations.Nullable;

/** One outreach attempt (eropaf), as typed. */
public record OutreachForm(
        @Nullable String kind,
        @Nullable String attemptedOn,
        @Nullable String reached,
        @Nullable String outreachNote,
        @Nullable Integer version) {

    static OutreachForm empty() {
        return new OutreachForm(null, null, null, null, null);
    }
}
