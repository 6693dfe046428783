package nl.overstap.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WeekHistogramTest {

    @Test
    void theMedianInterpolatesInsideItsWeek() {
        WeekHistogram histogram = new WeekHistogram();
        histogram.add(3, 10);

        assertThat(histogram.quantile(0.5)).isCloseTo(3.5, within(1e-9));
        assertThat(histogram.n()).isEqualTo(10);
    }

    @Test
    void quartilesFallInTheWeeksThatHoldThem() {
        WeekHistogram histogram = new WeekHistogram();
        histogram.add(1, 25);
        histogram.add(4, 50);
        histogram.add(10, 25);

        assertThat(histogram.quantile(0.25)).isCloseTo(2.0, within(1e-9));
        assertThat(histogram.quantile(0.5)).isCloseTo(4.5, within(1e-9));
        assertThat(histogram.quantile(0.75)).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void anEmptyHistogramHasNoMedian() {
        assertThat(new WeekHistogram().quantile(0.5)).isNaN();
    }
}
