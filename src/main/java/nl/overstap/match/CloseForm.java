package nl.overstap.match;

import org.jspecify.annotations.Nullable;

/**
 * Ending a proposal without a start, as typed: {@code how} is one of {@code DECLINED_BY_YOUTH},
 * {@code DECLINED_BY_EMPLOYER}, {@code DECLINED_BY_COACH} or {@code WITHDRAWN}; always with a reason.
 */
public record CloseForm(@Nullable String how, @Nullable String reason) {}
