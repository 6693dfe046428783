package nl.overstap.results;

/** The Wilson score interval of a proportion: better than "p ± 1.96·SE" for small n and shares near 0 or 1. */
public record WilsonInterval(double low, double high) {

    /** The normal quantile for 95% confidence. */
    static final double Z95 = 1.959963984540054;

    /** The 95% interval of {@code successes} out of {@code n} (n &gt; 0). */
    public static WilsonInterval of95(long successes, long n) {
        if (n <= 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("need 0 <= successes <= n and n > 0");
        }
        double p = (double) successes / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new WilsonInterval(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
