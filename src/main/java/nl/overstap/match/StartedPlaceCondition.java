package nl.overstap.match;

import java.util.Optional;
import java.util.UUID;
import nl.overstap.trajectory.Phase;
import nl.overstap.trajectory.PhaseEntryCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Match → Borg needs a start at a place: a proposal of this trajectory that was started since the
 * trajectory (last) entered Match. Refused with {@code NO_STARTED_PLACE} otherwise, so every Borg has
 * a placement to follow up. A place found outside Overstap is entered by the coach on the employer's
 * behalf and goes through the same pipeline.
 */
@Component
class StartedPlaceCondition implements PhaseEntryCondition {

    static final String NO_STARTED_PLACE = "NO_STARTED_PLACE";

    private final JdbcClient jdbc;

    StartedPlaceCondition(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> refuse(UUID trajectoryId, UUID youthId, Phase from, Phase target) {
        if (from != Phase.MATCH || target != Phase.BORG) {
            return Optional.empty();
        }
        boolean started =
                jdbc.sql("""
                        select exists (select 1 from match_proposal m join trajectory t on t.id = m.trajectory_id
                                        where m.trajectory_id = :t and m.status = 'STARTED'
                                          and m.updated_at >= t.phase_entered_at)
                        """).param("t", trajectoryId).query(Boolean.class).single();
        return started ? Optional.empty() : Optional.of(NO_STARTED_PLACE);
    }
}
