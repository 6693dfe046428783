package nl.overstap.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.overstap.consent.Grant;
import nl.overstap.identity.AccountSummary;
import nl.overstap.shared.DataCategory;
import nl.overstap.trajectory.Phase;
import org.jspecify.annotations.Nullable;

/** Everything the youth file page shows. */
public record YouthFile(
        UUID youthId,
        @Nullable String displayName,
        @Nullable String givenNames,
        @Nullable String familyName,
        @Nullable Integer age,
        @Nullable LocalDate dateOfBirth,
        @Nullable String municipality,
        @Nullable String postcode,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String maskedBsn,
        @Nullable String educationStatus,
        @Nullable String startQualification,
        List<String> markers,
        @Nullable CurrentTrajectory trajectory,
        List<TimelineEntry> timeline,
        boolean hasMoreTimeline,
        int timelinePage,
        Actions actions,
        List<AccountSummary> reassignableCoaches,
        Grant grant,
        ScanAndPlan scanAndPlan) {

    /** The scan and plan at a glance (shown only for the categories the viewer may see). */
    public record ScanAndPlan(
            @Nullable LocalDate lastScan,
            int scans,
            @Nullable LocalDate planAgreedOn,
            int openGoals,
            int openActions,
            int overdueActions) {}

    /** May the viewer see any part of the scan? */
    public boolean showsScan() {
        return grant.allows(DataCategory.SCAN_WORK_INCOME)
                || grant.allows(DataCategory.SCAN_HOUSING)
                || grant.allows(DataCategory.SCAN_HEALTH)
                || grant.allows(DataCategory.SCAN_JUSTICE)
                || grant.allows(DataCategory.SCAN_SOCIAL);
    }

    /** For templates: may the viewer see this category (e.g. {@code file.shows('CONTACT_DETAILS')})? */
    public boolean shows(String category) {
        return grant.allows(DataCategory.valueOf(category));
    }

    /** The youth's newest trajectory. */
    public record CurrentTrajectory(
            UUID id,
            Phase phase,
            long daysInPhase,
            String programme,
            UUID coachId,
            String coach,
            LocalDate startDate,
            @Nullable String outcome,
            @Nullable String endReason,
            @Nullable Integer satisfactionScore,
            @Nullable Boolean wouldRecommend) {

        public boolean isOpen() {
            return phase.isOpen();
        }

        /** For the stepper: has this open phase been passed? */
        public boolean passed(Phase step) {
            return phase == Phase.CLOSED || step.ordinal() < phase.ordinal();
        }
    }

    /** What the viewer may do here; the page shows exactly these buttons. */
    public record Actions(
            boolean startTrajectory,
            boolean logContact,
            @Nullable Phase forward,
            boolean relapse,
            boolean close,
            boolean reassign,
            boolean whoLooked) {}
}
