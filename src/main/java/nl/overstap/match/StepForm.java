package nl.overstap.match;

import org.jspecify.annotations.Nullable;

/** Recording the next step (introduction or trial) as typed: the step, when it happened, a note. */
public record StepForm(
        @Nullable String target,
        @Nullable String occurredOn,
        @Nullable String note) {}
