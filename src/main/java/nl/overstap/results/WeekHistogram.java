package nl.overstap.results;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per whole week (bucket 0 = the first week), from which quantiles are read with linear
 * interpolation inside the bucket: the median of 10 items in bucket 3 is 3.5 weeks.
 */
public final class WeekHistogram {

    private final TreeMap<Integer, Long> counts = new TreeMap<>();
    private long n;

    public void add(int week, long count) {
        if (week < 0 || count < 0) {
            throw new IllegalArgumentException("weeks and counts are not negative");
        }
        counts.merge(week, count, Long::sum);
        n += count;
    }

    public long n() {
        return n;
    }

    /** The q-quantile (0 &lt; q &lt; 1) in weeks; NaN when empty. */
    public double quantile(double q) {
        if (n == 0) {
            return Double.NaN;
        }
        double target = q * n;
        long before = 0;
        for (Map.Entry<Integer, Long> bucket : counts.entrySet()) {
            long count = bucket.getValue();
            if (count > 0 && before + count >= target) {
                return bucket.getKey() + (target - before) / count;
            }
            before += count;
        }
        return counts.lastKey() + 1;
    }
}
