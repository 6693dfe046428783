package nl.overstap.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An organisation in the regional partnership. */
public record Organisation(
        UUID id,
        String name,
        OrganisationKind kind,
        String region,
        @Nullable String municipality) {}
