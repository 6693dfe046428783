package nl.overstap.signal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Published when a signal ends with an outcome (for read models such as insights and follow-up). */
public record SignalClosed(
        UUID signalId,
        String region,
        SignalStatus outcome,
        @Nullable UUID organisationId,
        @Nullable UUID youthId,
        UUID closedBy,
        Instant closedAt) {}
