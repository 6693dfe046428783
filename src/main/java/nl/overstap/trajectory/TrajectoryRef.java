package nl.overstap.trajectory;

import java.util.UUID;

/** What other modules need to know about a trajectory they act on. */
public record TrajectoryRef(UUID id, UUID youthId, UUID coachId, UUID organisationId, Phase phase) {}
