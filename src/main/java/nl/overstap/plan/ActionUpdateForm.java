package nl.overstap.plan;

import org.jspecify.annotations.Nullable;

/** A partner's update of an action from the inbox: status, why it is blocked, and the result. */
public record ActionUpdateForm(
        @Nullable String status,
        @Nullable String blockedReason,
        @Nullable String resultNote) {}
