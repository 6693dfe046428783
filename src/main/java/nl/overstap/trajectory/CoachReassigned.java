package nl.overstap.trajectory;

import java.time.Instant;
import java.util.UUID;

/** Published when a coordinator hands a trajectory to another coach. */
public record CoachReassigned(UUID trajectoryId, UUID youthId, UUID newCoachId, UUID changedBy, Instant at) {}
