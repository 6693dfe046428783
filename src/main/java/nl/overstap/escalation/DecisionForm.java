package nl.overstap.escalation;

import org.jspecify.annotations.Nullable;

/**
 * The coordinator's decision as typed: the kind, and for a new deadline and owner the date and the
 * organisation; the text is the reason of a binding decision, or a note with the other kinds.
 */
public record DecisionForm(
        @Nullable String kind,
        @Nullable String newDueDate,
        @Nullable String organisationId,
        @Nullable String text) {

    public static DecisionForm empty() {
        return new DecisionForm(null, null, null, null);
    }
}
