package nl.overstap.plan;

import java.util.Optional;
import java.util.UUID;
import nl.overstap.trajectory.Phase;
import nl.overstap.trajectory.PhaseEntryCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Scan → Match needs a plan agreed with the youth: a recorded agreement and at least one goal.
 * Refused with {@code PLAN_NOT_AGREED} otherwise; other moves are not this condition's business.
 */
@Component
class AgreedPlanCondition implements PhaseEntryCondition {

    static final String PLAN_NOT_AGREED = "PLAN_NOT_AGREED";

    private final JdbcClient jdbc;

    AgreedPlanCondition(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> refuse(UUID trajectoryId, UUID youthId, Phase from, Phase target) {
        if (from != Phase.SCAN || target != Phase.MATCH) {
            return Optional.empty();
        }
        boolean agreed =
                jdbc.sql("""
                        select exists (select 1 from plan_agreement where youth_id = :youth)
                               and exists (select 1 from plan_goal where youth_id = :youth)
                        """).param("youth", youthId).query(Boolean.class).single();
        return agreed ? Optional.empty() : Optional.of(PLAN_NOT_AGREED);
    }
}
