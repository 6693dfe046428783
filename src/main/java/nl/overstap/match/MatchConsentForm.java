package nl.overstap.match;

import org.jspecify.annotations.Nullable;

/** The youth's consent to share name and contact details with the employer, as typed: how and when given. */
public record MatchConsentForm(
        @Nullable String method, @Nullable String givenOn) {}
