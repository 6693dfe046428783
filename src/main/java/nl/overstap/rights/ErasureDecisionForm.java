package nl.overstap.rights;

import org.jspecify.annotations.Nullable;

/** A coordinator's approval or rejection of an erasure request, as typed: the note that explains it. */
public record ErasureDecisionForm(@Nullable String note) {}
