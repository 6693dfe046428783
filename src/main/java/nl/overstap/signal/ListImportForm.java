package nl.overstap.signal;

import org.jspecify.annotations.Nullable;

/** The upload form as typed: the list kind, and the name of the chosen file (for errors next to the field). */
record ListImportForm(@Nullable String kind, @Nullable String file) {

    static ListImportForm empty() {
        return new ListImportForm(null, null);
    }
}
