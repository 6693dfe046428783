package nl.overstap.youth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    /**
     * Starts with a zero: 0*9 + 1*8 + 2*7 + 3*6 + 4*5 + 5*4 + 6*3 + 7*2 = 112, and 112 - 2 = 110 is
     * divisible by 11.
     */
    private static final String VALID_WITH_LEADING_ZERO = "012345672";

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", VALID_WITH_LEADING_ZERO})
    void acceptsNumbersThatPassTheElfproef(String digits) {
        assertThat(Bsn.isValid(digits)).isTrue();
        assertThat(Bsn.parse(digits)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456781", "123456783", "111222334", "012345670"})
    void rejectsAWrongCheckDigit(String digits) {
        assertThat(Bsn.isValid(digits)).isFalse();
        assertThat(Bsn.parse(digits)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345672", "11122233", "0123456782", "1234567820", ""})
    void rejectsAnythingButNineDigits(String digits) {
        assertThat(Bsn.isValid(digits)).isFalse();
        assertThat(Bsn.parse(digits)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678a", "A23456782", "1234S6782", "-12345678", "+12345678"})
    void rejectsLetters(String input) {
        assertThat(Bsn.isValid(input)).isFalse();
        assertThat(Bsn.parse(input)).isEmpty();
    }

    @Test
    void rejectsAllZeros() {
        assertThat(Bsn.isValid("000000000")).isFalse();
        assertThat(Bsn.parse("000.000.000")).isEmpty();
    }

    @Test
    void keepsALeadingZero() {
        Bsn bsn = Bsn.parse(VALID_WITH_LEADING_ZERO).orElseThrow();

        assertThat(bsn.digits()).isEqualTo("012345672");
        assertThat(bsn.masked()).isEqualTo("*****5672");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123 456 782", "123.456.782", " 1234 56.782 ", "12 34 56 78 2", "123\t456 782"})
    void parseAcceptsSpacesAndDotsBetweenDigits(String input) {
        assertThat(Bsn.parse(input))
                .hasValueSatisfying(bsn -> assertThat(bsn.digits()).isEqualTo("123456782"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123-456-782", "123/456/782", "123,456,782"})
    void parseRejectsOtherSeparators(String input) {
        assertThat(Bsn.parse(input)).isEmpty();
    }

    @Test
    void isValidDoesNotAcceptSeparatorsItself() {
        assertThat(Bsn.isValid("123 456 782")).isFalse();
    }

    @Test
    void showsOnlyTheLastFourDigitsWhenMasked() {
        assertThat(Bsn.parse("123456782").orElseThrow().masked()).isEqualTo("*****6782");
    }

    @Test
    void toStringNeverRevealsTheFullNumber() {
        Bsn bsn = Bsn.parse("123 456 782").orElseThrow();

        assertThat(bsn.toString()).isEqualTo("*****6782").doesNotContain("12345");
        assertThat("BSN " + bsn).doesNotContain("123456782");
        assertThat(String.valueOf(bsn)).doesNotContain("123456782");
    }

    @Test
    void equalsTheSameNumberHowEverItWasTyped() {
        Bsn plain = Bsn.parse("123456782").orElseThrow();
        Bsn dotted = Bsn.parse("123.456.782").orElseThrow();

        assertThat(dotted).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(Bsn.parse("111222333").orElseThrow()).isNotEqualTo(plain);
    }
}
