package nl.overstap.signal;

import org.jspecify.annotations.Nullable;

/** What a reporter types to report a signal, as typed (strings), so nothing is lost on an error. */
public record SignalForm(
        @Nullable String source,
        @Nullable String urgency,
        @Nullable String reason,
        @Nullable String givenNames,
        @Nullable String familyName,
        @Nullable String dateOfBirth,
        @Nullable String municipality,
        @Nullable String postcode,
        @Nullable String houseNumber,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String bsn) {

    static SignalForm withDefaults(SignalSource source) {
        return new SignalForm(
                source.name(), Urgency.NORMAL.name(), null, null, null, null, null, null, null, null, null, null);
    }
}
