package nl.overstap.research;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntensityTest {

    @Test
    void countsAtLeastOneMonthSoAShortTrajectoryIsNotInflated() {
        assertThat(Intensity.perMonth(3, 7)).isEqualTo("3,0");
        assertThat(Intensity.perMonth(0, 0)).isEqualTo("0,0");
    }

    @Test
    void dividesByTheMonthsOfTheTrajectoryWithOneDecimalComma() {
        assertThat(Intensity.perMonth(10, 365)).isEqualTo("0,8");
        assertThat(Intensity.perMonth(25, 183)).isEqualTo("4,2");
    }
}
