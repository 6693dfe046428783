package nl.overstap.trajectory;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One open trajectory on the caseload; {@code followUpAttention} only in Borg. */
public record CaseloadRow(
        UUID trajectoryId,
        UUID youthId,
        String name,
        int age,
        String municipality,
        Phase phase,
        long daysInPhase,
        @Nullable Long daysSinceContact,
        boolean contactOverdue,
        int contactThreshold,
        boolean stalled,
        boolean actionOverdue,
        boolean consentBlocksActions,
        @Nullable FollowUpAttention followUpAttention,
        String programme,
        String coach,
        LocalDate startDate) {}
