package nl.overstap.research;

import org.jspecify.annotations.Nullable;

/** The period of a research export as typed: first and last start month, as {@code jjjj-mm}. */
record ResearchExportForm(@Nullable String from, @Nullable String to) {}
