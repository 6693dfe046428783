package nl.overstap.trajectory;

import org.jspecify.annotations.Nullable;

/**
 * A phase change as typed: target phase, reason, and for closing the outcome, the end reason and the
 * optional satisfaction rating asked together with the youth (score 1-10 and would-recommend).
 */
public record PhaseChangeForm(
        @Nullable String target,
        @Nullable String reason,
        @Nullable String outcome,
        @Nullable String endReason,
        @Nullable String satisfactionScore,
        @Nullable String wouldRecommend) {}
