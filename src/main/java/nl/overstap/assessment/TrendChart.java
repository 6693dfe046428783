package nl.overstap.assessment;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The trend of one domain over all scans (oldest first), drawn as a small server-side SVG line
 * chart: x is the scan in order, y the score 1 (bottom) to 5 (top). Unknown scores get no point.
 * {@code summary} is the same numbers in words for the chart's text alternative.
 */
public record TrendChart(LifeDomain domain, List<Point> points, String polyline, String summary) {

    static final int WIDTH = 240;
    static final int HEIGHT = 80;
    static final int LEFT = 24;
    static final int RIGHT = 12;
    static final int TOP = 10;
    static final int BOTTOM = 70;

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** A known score at its place in the chart. */
    public record Point(int x, int y, int score, String date) {}

    /** Y of a score: 1 at the bottom line, 5 at the top line. */
    static int y(int score) {
        return BOTTOM - (score - 1) * (BOTTOM - TOP) / 4;
    }

    static TrendChart of(LifeDomain domain, List<Scan> oldestFirst) {
        List<Point> points = new ArrayList<>();
        int n = oldestFirst.size();
        for (int i = 0; i < n; i++) {
            Scan scan = oldestFirst.get(i);
            int x = n == 1 ? (LEFT + WIDTH - RIGHT) / 2 : LEFT + i * (WIDTH - RIGHT - LEFT) / (n - 1);
            int index = i;
            scan.score(domain)
                    .ifPresent(score -> points.add(new Point(
                            x,
                            y(score),
                            score,
                            oldestFirst.get(index).scanDate().format(DUTCH))));
        }
        String polyline = points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
        String summary = points.stream().map(p -> p.date() + ": " + p.score()).collect(Collectors.joining(", "));
        return new TrendChart(domain, List.copyOf(points), polyline, summary);
    }
}
