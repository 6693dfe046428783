package nl.overstap.escalation;

import org.jspecify.annotations.Nullable;

/** The coach's escalation as typed: why the action is stuck and what is needed. */
public record EscalationForm(@Nullable String reason) {

    public static EscalationForm empty() {
        return new EscalationForm(null);
    }
}
