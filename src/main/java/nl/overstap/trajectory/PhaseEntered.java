package nl.overstap.trajectory;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Published whenever a trajectory enters a phase (including its start and its closing). */
public record PhaseEntered(
        UUID trajectoryId,
        UUID youthId,
        @Nullable Phase from,
        Phase to,
        ChangeKind kind,
        @Nullable Outcome outcome,
        UUID changedBy,
        Instant at) {}
