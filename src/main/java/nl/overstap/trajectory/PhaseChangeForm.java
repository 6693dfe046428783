package nl.overstap.trajectory;

import org.jspecify.annotations.Nullable;

/** A phase change as typed: target phase, reason, and for closing the outcome and end reason. */
public record PhaseChangeForm(
        @Nullable String target,
        @Nullable String reason,
        @Nullable String outcome,
        @Nullable String endReason) {}
