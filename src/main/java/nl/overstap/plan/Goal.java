package nl.overstap.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A goal in the youth's own words, with its actions.
 *
 * @param domain one of the life-domain codes of {@link PlanRules#DOMAINS}
 */
public record Goal(
        UUID id,
        UUID youthId,
        String domain,
        String text,
        LocalDate targetDate,
        GoalStatus status,
        List<Action> actions) {

    public Goal {
        actions = List.copyOf(actions);
    }
}
