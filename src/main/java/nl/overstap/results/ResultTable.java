package nl.overstap.results;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One table of a dashboard section exactly as shown (after suppression): the page renders it and the
 * CSV export writes it, so both always agree.
 */
public record ResultTable(
        String id,
        String title,
        String caption,
        List<String> columns,
        List<Row> rows,
        @Nullable Row total,
        @Nullable BarChart bars,
        @Nullable StepChart steps) {

    /** A labelled row of shown values. */
    public record Row(String label, List<Shown> values) {}

    /** A value as shown ("12", "&lt;5", "x", "34%"), with a drill-down link for coordinators. */
    public record Shown(String text, @Nullable String href) {

        static Shown of(String text) {
            return new Shown(text, null);
        }
    }

    boolean empty() {
        return rows.isEmpty();
    }
}
