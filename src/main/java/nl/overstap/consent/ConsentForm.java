package nl.overstap.consent;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Recording consent (or a legal basis) for one partner organisation and one or more categories, as typed. */
public record ConsentForm(
        @Nullable UUID organisationId,
        @Nullable List<String> categories,
        @Nullable String basis,
        @Nullable String decision,
        @Nullable String method,
        @Nullable String givenOn,
        @Nullable String validUntil,
        @Nullable String statute,
        @Nullable String guardianNote) {}
