package nl.overstap.network;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A stored key person of one youth. */
public record KeyPerson(
        UUID id,
        UUID youthId,
        String name,
        Relation relation,
        @Nullable String phone,
        @Nullable String email,
        boolean joinsMeetings,
        @Nullable String note,
        Instant createdAt,
        @Nullable Instant updatedAt) {}
