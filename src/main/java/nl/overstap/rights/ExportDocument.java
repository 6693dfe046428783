package nl.overstap.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything Overstap stores about one youth, as the youth receives it (AVG access and
 * portability). Names of professionals instead of their account ids; the BSN only masked.
 */
public record ExportDocument(
        Instant exportedAt,
        Youth youth,
        List<Trajectory> trajectories,
        List<Contact> contacts,
        List<Consent> consentRecords,
        List<KeyPerson> keyPersons,
        List<Scan> scans,
        Plan plan,
        List<EmergencyAccess> emergencyAccesses,
        List<Correction> corrections,
        List<ErasureRequest> erasureRequests,
        List<LegalHoldChange> legalHoldChanges,
        List<EscalationRecord> escalations,
        List<MeetingCase> meetingCases,
        List<Signal> signals,
        List<MatchProposal> matchProposals,
        List<Placement> placements,
        List<AccessLogRow> accessLog) {

    /** The youth's own details; {@code bsnMasked} shows only the last four digits. */
    public record Youth(
            UUID id,
            String organisation,
            String givenNames,
            String familyName,
            @Nullable String preferredName,
            LocalDate dateOfBirth,
            String municipality,
            @Nullable String postcode,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String bsnMasked,
            String educationStatus,
            String startQualification,
            boolean youthCareHistory,
            boolean mildIntellectualDisability,
            boolean nonIntellectualDisability,
            boolean multiProblem,
            boolean justiceContact,
            Instant registeredAt,
            String registeredBy,
            boolean legalHold,
            @Nullable String legalHoldReason,
            @Nullable Instant anonymisedAt) {}

    public record Trajectory(
            UUID id,
            String organisation,
            String programme,
            String coach,
            LocalDate startDate,
            String phase,
            Instant phaseEnteredAt,
            @Nullable Instant lastContactAt,
            @Nullable String outcome,
            @Nullable String endReason,
            @Nullable Instant closedAt,
            @Nullable Integer satisfactionScore,
            @Nullable Boolean wouldRecommend,
            List<PhaseChange> phaseHistory) {}

    public record PhaseChange(
            @Nullable String fromPhase,
            String toPhase,
            String kind,
            @Nullable String reason,
            Instant changedAt,
            String changedBy) {}

    public record Contact(
            UUID id,
            UUID trajectoryId,
            Instant occurredAt,
            String channel,
            String counterpart,
            @Nullable Boolean reached,
            @Nullable Integer durationMinutes,
            @Nullable String note,
            @Nullable UUID correctsId,
            String author,
            Instant createdAt,
            @Nullable Instant updatedAt) {}

    public record Consent(
            String organisation,
            String dataCategory,
            int version,
            boolean current,
            String basis,
            String decision,
            @Nullable String statute,
            LocalDate givenOn,
            @Nullable String givenHow,
            @Nullable LocalDate validUntil,
            @Nullable String guardianNote,
            @Nullable Instant withdrawnAt,
            String recordedBy,
            Instant recordedAt) {}

    public record KeyPerson(
            String name,
            String relation,
            @Nullable String phone,
            @Nullable String email,
            boolean joinsMeetings,
            @Nullable String note,
            String createdBy,
            Instant createdAt,
            @Nullable Instant updatedAt) {}

    /** One life-domain scan, with its scores in the order of the form. */
    public record Scan(
            LocalDate scanDate,
            @Nullable String talents,
            List<String> interests,
            @Nullable String wishes,
            List<String> participants,
            String recordedBy,
            Instant recordedAt,
            List<ScanScore> scores) {}

    /** The score on one life domain; {@code score} is null when it was unknown. */
    public record ScanScore(
            String domain,
            @Nullable Integer score,
            @Nullable String goesWell,
            @Nullable String needed,
            @Nullable String explanation) {}

    /** The perspective plan: when it was agreed with the youth (null: not yet) and its goals. */
    public record Plan(@Nullable LocalDate agreedOn, List<Goal> goals) {}

    public record Goal(
            String domain,
            String text,
            LocalDate targetDate,
            String status,
            Instant createdAt,
            @Nullable Instant updatedAt,
            List<Action> actions) {}

    /** One action of a goal; {@code ownerOrganisation} only for a partner, {@code ownerName} for the network. */
    public record Action(
            String description,
            String ownerType,
            @Nullable String ownerOrganisation,
            @Nullable String ownerName,
            LocalDate dueDate,
            String status,
            @Nullable String blockedReason,
            @Nullable String resultNote,
            Instant createdAt,
            @Nullable Instant updatedAt) {}

    public record EmergencyAccess(
            String account,
            String organisation,
            String reason,
            Instant startedAt,
            Instant expiresAt,
            @Nullable String reviewedBy,
            @Nullable Instant reviewedAt,
            @Nullable String reviewNote) {}

    public record Correction(
            String field,
            @Nullable String oldValue,
            @Nullable String newValue,
            String reason,
            String changedBy,
            Instant changedAt) {}

    public record ErasureRequest(
            String reason,
            String requestedBy,
            Instant requestedAt,
            String status,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String decisionNote) {}

    public record LegalHoldChange(boolean hold, String reason, String changedBy, Instant changedAt) {}

    /** An escalation of one of the youth's plan actions, with its steps (the ladder). */
    public record EscalationRecord(
            Instant raisedAt,
            String action,
            String reason,
            String status,
            @Nullable String decision,
            List<String> steps) {}

    /** A case about the youth on an MDO agenda, with the decisions taken. */
    public record MeetingCase(LocalDate meetingDate, String question, List<String> decisions) {}

    /** A signal (aanmelding) linked to the youth, with every attempt to reach them (outreach). */
    public record Signal(
            LocalDate signalledOn,
            String source,
            String urgency,
            @Nullable String reason,
            @Nullable String reportingOrganisation,
            @Nullable String reporterName,
            String status,
            @Nullable String outcomeNote,
            @Nullable Instant closedAt,
            List<OutreachAttempt> outreachAttempts) {}

    public record OutreachAttempt(
            LocalDate attemptedOn,
            String kind,
            boolean reached,
            @Nullable String note,
            String recordedBy) {}

    /** A proposal of the youth for a place (job, internship, training), with every step of it. */
    public record MatchProposal(
            String place,
            String placeKind,
            String organisation,
            String status,
            @Nullable Integer hoursAvailable,
            @Nullable String note,
            @Nullable LocalDate startDate,
            @Nullable String declinedBy,
            @Nullable String closeReason,
            String proposedBy,
            Instant proposedAt,
            Instant updatedAt,
            List<MatchStep> steps) {}

    public record MatchStep(
            @Nullable String fromStatus,
            String toStatus,
            String actor,
            LocalDate occurredOn,
            @Nullable String note,
            String recordedBy) {}

    /** A started place and its follow-up: held at 6 and 12 months, and the check-ins. */
    public record Placement(
            String place,
            String placeKind,
            String organisation,
            LocalDate startedOn,
            @Nullable LocalDate endedOn,
            @Nullable String endReason,
            @Nullable Boolean held6Months,
            @Nullable Boolean held12Months,
            List<CheckIn> checkIns) {}

    /** One check-in; the answers are null while it is not answered. */
    public record CheckIn(
            String party,
            String period,
            LocalDate dueOn,
            @Nullable Instant answeredAt,
            @Nullable String answeredBy,
            @Nullable Boolean stillThere,
            @Nullable Boolean goingWell,
            @Nullable Boolean concern,
            @Nullable String note) {}

    /** One row of "who looked": when, who, in which role and organisation, what, on which basis. */
    public record AccessLogRow(
            Instant occurredAt,
            String eventType,
            String outcome,
            String who,
            String role,
            String organisation,
            List<String> dataCategories,
            String legalBasis,
            boolean emergency,
            @Nullable String justification) {}
}
