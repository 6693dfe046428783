package nl.overstap.match;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A proposal moved: proposed, a step forward, declined or withdrawn (published for read models). */
public record MatchStepRecorded(
        UUID matchId,
        UUID youthId,
        @Nullable MatchStatus from,
        MatchStatus to,
        MatchActor actor,
        LocalDate occurredOn,
        UUID recordedBy,
        Instant recordedAt) {}
