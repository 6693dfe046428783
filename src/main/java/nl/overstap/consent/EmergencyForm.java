package nl.overstap.consent;

import org.jspecify.annotations.Nullable;

/** Asking for break-the-glass access: who (BSN, or family name and date of birth) and why, as typed. */
public record EmergencyForm(
        @Nullable String bsn,
        @Nullable String familyName,
        @Nullable String dateOfBirth,
        @Nullable String reason) {}
