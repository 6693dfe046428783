package nl.overstap.rights;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.overstap.consent.Grant;
import org.jspecify.annotations.Nullable;

/**
 * What the rights page of one youth shows: export links, the erasure requests and legal hold, and
 * which actions this user may take.
 */
public record RightsPage(
        UUID youthId,
        String displayName,
        Grant grant,
        boolean coach,
        boolean coordinator,
        boolean legalHold,
        @Nullable String legalHoldReason,
        @Nullable Instant anonymisedAt,
        List<Request> requests,
        List<HoldChange> holdChanges) {

    /** One erasure request with its decision, if any. */
    public record Request(
            UUID id,
            UUID youthId,
            String youthName,
            String organisation,
            String reason,
            UUID requestedById,
            String requestedBy,
            Instant requestedAt,
            String status,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String decisionNote,
            boolean legalHold) {

        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    /** One setting or lifting of legal hold. */
    public record HoldChange(boolean hold, String reason, String changedBy, Instant changedAt) {}

    public boolean anonymised() {
        return anonymisedAt != null;
    }

    public @Nullable Request openRequest() {
        return requests.stream().filter(Request::open).findFirst().orElse(null);
    }

    /** A coach may ask for erasure when the youth is not anonymised and no request is open. */
    public boolean mayRequest() {
        return coach && !anonymised() && openRequest() == null;
    }
}
