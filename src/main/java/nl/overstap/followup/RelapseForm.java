package nl.overstap.followup;

import org.jspecify.annotations.Nullable;

/** Back to Match after the place ended or is at risk, as typed: the reason. */
public record RelapseForm(@Nullable String reason) {}
