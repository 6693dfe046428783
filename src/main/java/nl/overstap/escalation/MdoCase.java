package nl.overstap.escalation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An escalation the coordinator put on the agenda of the multidisciplinary meeting (MDO), for the
 * MDO module: the escalated action, the coach's reason and the coordinator's note.
 */
public record MdoCase(
        UUID escalationId,
        UUID youthId,
        UUID actionId,
        String actionDescription,
        String reason,
        @Nullable String coordinatorNote,
        Instant raisedAt,
        Instant putOnAgendaAt) {}
