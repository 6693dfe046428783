package nl.overstap.match;

import org.jspecify.annotations.Nullable;

/** The coach confirms a start at the place, as typed: the start date and the explicit confirmation. */
public record StartForm(
        @Nullable String startDate, @Nullable Boolean confirmed) {}
