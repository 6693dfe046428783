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
        String legalBasis,
        boolean emergency,
        @org.jspecify.annotations.Nullable String justification) {

    /** The basis in words for people: "task", "consent" or "statute:…" parts without record ids. */
    public String basisKind() {
        if (legalBasis.contains("emergency")) {
            return "emergency";
        }
        if (legalBasis.contains("statute:")) {
            return "statute";
        }
        if (legalBasis.startsWith("research:")) {
            return "research";
        }
        if (legalBasis.contains("consent:")) {
            return "consent";
        }
        return legalBasis.startsWith("task:") || legalBasis.contains("=task:") ? "task" : "other";
    }
}
