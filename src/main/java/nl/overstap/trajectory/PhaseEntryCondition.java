package nl.overstap.trajectory;

import java.util.Optional;
import java.util.UUID;

/**
 * A condition another module sets on moving a trajectory forward, e.g. "a completed scan before
 * Match". Modules implement it as a Spring bean; the trajectory module asks all of them on every
 * forward move and knows nothing else about them.
 */
public interface PhaseEntryCondition {

    /**
     * Empty when the move may go ahead; otherwise a reason code, shown as the message
     * {@code phase.rejected.<code>}.
     */
    Optional<String> refuse(UUID trajectoryId, UUID youthId, Phase from, Phase target);
}
