package nl.overstap.audit;

import java.time.Instant;
import java.util.List;

/** One line of "who looked at this file", as a coordinator sees it. */
public record AccessLogEntry(
        Instant occurredAt,
        String eventType,
        String outcome,
        String who,
        String role,
        String organisation,
        List<String> categories,
        String legalBasis) {}
