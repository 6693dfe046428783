package nl.overstap.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    @Test
    void thePilotsSeventySixOfNinetySixGivesSeventyToEightySixPercent() {
        WilsonInterval interval = WilsonInterval.of95(76, 96);

        assertThat(interval.low()).isCloseTo(0.7000, within(0.0005));
        assertThat(interval.high()).isCloseTo(0.8609, within(0.0005));
    }

    @Test
    void staysWithinZeroAndOneAtTheEdges() {
        WilsonInterval none = WilsonInterval.of95(0, 10);
        WilsonInterval all = WilsonInterval.of95(10, 10);

        assertThat(none.low()).isZero();
        assertThat(none.high()).isCloseTo(0.2775, within(0.0005));
        assertThat(all.high()).isCloseTo(1.0, within(1e-9));
        assertThat(all.low()).isCloseTo(0.7225, within(0.0005));
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> WilsonInterval.of95(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of95(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
