package nl.overstap.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SatisfactionTest {

    @Test
    void acceptsAScoreFromOneToTenAndAnAnswer() {
        assertThat(Satisfaction.validate("1", "YES")).isEmpty();
        assertThat(Satisfaction.validate(" 10 ", "no")).isEmpty();
        assertThat(Satisfaction.parse("8", "YES")).isEqualTo(new Satisfaction(8, true));
        assertThat(Satisfaction.parse("3", "NO")).isEqualTo(new Satisfaction(3, false));
    }

    @Test
    void treatsEmptyAndNotAskedAsNotAsked() {
        assertThat(Satisfaction.validate(null, null)).isEmpty();
        assertThat(Satisfaction.validate("", "NOT_ASKED")).isEmpty();
        assertThat(Satisfaction.parse(" ", "NOT_ASKED")).isEqualTo(Satisfaction.NOT_ASKED);
        assertThat(Satisfaction.parse(null, null).recommend()).isEqualTo(Satisfaction.Recommend.NOT_ASKED);
    }

    @Test
    void refusesAScoreOutsideOneToTen() {
        assertThat(Satisfaction.validate("0", null))
                .containsEntry("satisfactionScore", "research.satisfaction.error.score.range");
        assertThat(Satisfaction.validate("11", null))
                .containsEntry("satisfactionScore", "research.satisfaction.error.score.range");
        assertThat(Satisfaction.validate("-3", null))
                .containsEntry("satisfactionScore", "research.satisfaction.error.score.range");
    }

    @Test
    void refusesAScoreThatIsNotAWholeNumber() {
        assertThat(Satisfaction.validate("7,5", null))
                .containsEntry("satisfactionScore", "research.satisfaction.error.score.format");
        assertThat(Satisfaction.validate("acht", null))
                .containsEntry("satisfactionScore", "research.satisfaction.error.score.format");
        assertThat(Satisfaction.validate("99999999999", null))
                .containsEntry("satisfactionScore", "research.satisfaction.error.score.format");
    }

    @Test
    void refusesAnUnknownAnswer() {
        assertThat(Satisfaction.validate("7", "MAYBE"))
                .containsOnlyKeys("wouldRecommend")
                .containsEntry("wouldRecommend", "research.satisfaction.error.recommend");
    }

    @Test
    void cannotHoldAScoreOutOfRange() {
        assertThatThrownBy(() -> new Satisfaction(11, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
