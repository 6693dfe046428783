package nl.overstap.plan;

import org.jspecify.annotations.Nullable;

/** A goal as typed: strings, so nothing is lost when the form comes back with errors. */
public record GoalForm(
        @Nullable String domain,
        @Nullable String text,
        @Nullable String targetDate,
        @Nullable String status) {

    public static GoalForm empty() {
        return new GoalForm(null, null, null, GoalStatus.OPEN.name());
    }
}
