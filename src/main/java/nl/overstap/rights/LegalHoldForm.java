package nl.overstap.rights;

import org.jspecify.annotations.Nullable;

/**
 * Setting ({@code hold = "true"}) or lifting ({@code "false"}) legal hold, as typed, with the
 * reason.
 */
public record LegalHoldForm(@Nullable String hold, @Nullable String holdReason) {}
