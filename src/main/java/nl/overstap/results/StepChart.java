package nl.overstap.results;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A survival-style step line: the share still in place at 0, 1, 3, 6 and 12 months, as inline SVG.
 * A mark without a (shown) figure ends the line.
 */
public record StepChart(String label, String path, List<Point> points, List<Tick> ticks) {

    static final int WIDTH = 300;
    static final int HEIGHT = 180;
    static final int LEFT = 40;
    static final int RIGHT = 290;
    static final int TOP = 10;
    static final int BOTTOM = 150;

    /** A mark with its share. */
    public record Point(int x, int y) {}

    /** An axis label. */
    public record Tick(int x, int y, String text) {}

    static int xOf(int months) {
        return LEFT + (RIGHT - LEFT) * months / 12;
    }

    static int yOf(double share) {
        return (int) Math.round(BOTTOM - (BOTTOM - TOP) * share);
    }

    /** Shares per mark (months 1, 3, 6, 12), null where not shown. */
    static StepChart of(String label, int[] months, @Nullable Double[] shares, List<String> monthLabels) {
        StringBuilder path = new StringBuilder("M" + xOf(0) + " " + yOf(1));
        List<Point> points = new ArrayList<>();
        points.add(new Point(xOf(0), yOf(1)));

        for (int i = 0; i < months.length; i++) {
            Double share = shares[i];
            if (share == null) {
                break;
            }
            int x = xOf(months[i]);
            path.append(" H").append(x).append(" V").append(yOf(share));
            points.add(new Point(x, yOf(share)));
        }
        List<Tick> ticks = new ArrayList<>();
        ticks.add(new Tick(4, yOf(1) + 4, "100%"));
        ticks.add(new Tick(4, yOf(0.5) + 4, "50%"));
        ticks.add(new Tick(4, yOf(0) + 4, "0%"));
        ticks.add(new Tick(xOf(0) - 3, BOTTOM + 20, "0"));
        for (int i = 0; i < months.length; i++) {
            ticks.add(new Tick(xOf(months[i]) - 6, BOTTOM + 20, monthLabels.get(i)));
        }
        return new StepChart(label, path.toString(), points, ticks);
    }
}
