package nl.overstap.results;

import java.util.List;

/**
 * Horizontal bars, one per row of a table, drawn as inline SVG: a label line above each bar, so it
 * reads on a 320 px phone. Hidden (suppressed) values get no bar, only their text.
 */
public record BarChart(String label, List<Bar> bars, int height) {

    static final int WIDTH = 300;
    static final int ROW = 34;

    /** One bar: its label, the value as shown, and where it is drawn. */
    public record Bar(String label, String value, int labelY, int barY, int barWidth) {}

    static BarChart of(String label, List<String> labels, List<String> shown, List<Long> values, List<Boolean> hidden) {
        long max = 1;
        for (int i = 0; i < values.size(); i++) {
            if (!hidden.get(i)) {
                max = Math.max(max, values.get(i));
            }
        }
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int width = hidden.get(i) ? 0 : (int) Math.round(220.0 * values.get(i) / max);
            bars.add(new Bar(labels.get(i), shown.get(i), i * ROW + 12, i * ROW + 16, width));
        }
        return new BarChart(label, bars, Math.max(ROW, labels.size() * ROW));
    }
}
