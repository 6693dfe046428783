package nl.overstap.trajectory;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Starting a trajectory: programme, coach (default: me) and start date (default: today), as typed. */
public record StartTrajectoryForm(
        @Nullable UUID programmeId,
        @Nullable UUID coachId,
        @Nullable String startDate) {}
