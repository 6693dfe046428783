package nl.overstap.signal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.overstap.youth.DuplicateCandidates;
import org.jspecify.annotations.Nullable;

/** What the signal pages show. */
public final class SignalViews {

    private SignalViews() {}

    /** One signal in the triage queue or the monitor list. */
    public record Row(
            UUID id,
            LocalDate signalledOn,
            SignalSource source,
            Urgency urgency,
            SignalStatus status,
            String displayName,
            @Nullable String municipality,
            @Nullable String ownerName,
            LocalDate firstContactDue,
            int attempts,
            boolean overdue,
            long ageDays) {

        public boolean unowned() {
            return ownerName == null;
        }
    }

    /** A page of rows and whether there is a next one. */
    public record RowPage(List<Row> rows, int page, boolean hasNext, long total) {}

    /** One outreach attempt. */
    public record Attempt(
            OutreachKind kind,
            LocalDate attemptedOn,
            boolean reached,
            @Nullable String note,
            String byName) {}

    /** Everything the signal page shows. */
    public record Page(
            UUID id,
            SignalSource source,
            Urgency urgency,
            SignalStatus status,
            LocalDate signalledOn,
            @Nullable String reason,
            @Nullable String reportingOrganisationName,
            @Nullable String reporterName,
            @Nullable String givenNames,
            @Nullable String familyName,
            @Nullable LocalDate dateOfBirth,
            @Nullable String municipality,
            @Nullable String postcode,
            @Nullable String houseNumber,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String maskedBsn,
            @Nullable String school,
            @Nullable String course,
            @Nullable LocalDate deregisteredOn,
            @Nullable UUID ownerId,
            @Nullable String ownerName,
            LocalDate firstContactDue,
            boolean overdue,
            @Nullable UUID youthId,
            @Nullable UUID trajectoryId,
            @Nullable String referredToName,
            @Nullable String outcomeNote,
            @Nullable Instant closedAt,
            int version,
            List<Attempt> attempts,
            int attemptsRequired,
            List<DuplicateCandidates.Candidate> candidates) {

        public String displayName() {
            return SignalViews.displayName(givenNames, familyName);
        }

        public boolean open() {
            return status.isOpen();
        }

        public boolean mayCloseNotReachable() {
            return attempts.size() >= attemptsRequired;
        }
    }

    /** What the reporter sees of a signal they reported: never the file. */
    public record Receipt(
            UUID id,
            LocalDate signalledOn,
            Instant receivedAt,
            @Nullable String handledBy,
            boolean open) {}

    /** A choice of organisation (owner, referral). */
    public record OrganisationOption(UUID id, String name) {}

    static String displayName(@Nullable String given, @Nullable String family) {
        String name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
        return name.isEmpty() ? "?" : name;
    }
}
