package nl.overstap.rights;

import org.jspecify.annotations.Nullable;

/** A coach's request to erase a youth's data, as typed: why the youth asked for it. */
public record ErasureRequestForm(@Nullable String reason) {}
