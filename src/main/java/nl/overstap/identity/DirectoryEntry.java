package nl.overstap.identity;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An organisation as the partner directory shows it. */
public record DirectoryEntry(
        UUID id,
        String name,
        OrganisationKind kind,
        String region,
        @Nullable String municipality,
        List<String> legalTasks,
        @Nullable String commitments,
        @Nullable UUID contactPersonId,
        @Nullable String contactPerson) {}
