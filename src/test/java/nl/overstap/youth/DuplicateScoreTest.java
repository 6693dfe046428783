package nl.overstap.youth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.overstap.youth.DuplicateScore.Birth;
import nl.overstap.youth.DuplicateScore.Features;
import nl.overstap.youth.DuplicateScore.Postcode;
import org.junit.jupiter.api.Test;

class DuplicateScoreTest {

    @Test
    void sameBsnIsTheSamePersonWhateverTheRest() {
        DuplicateScore.Result result = DuplicateScore.of(new Features(true, 0, 0, Birth.OTHER, Postcode.OTHER));
        assertThat(result.score()).isEqualTo(100);
        assertThat(result.reasonKeys()).containsExactly(DuplicateScore.SAME_BSN);
        assertThat(result.suggested()).isTrue();
    }

    @Test
    void sameNamesBirthAndPostcodeWithoutBsnStayBelowOneHundred() {
        DuplicateScore.Result result = DuplicateScore.of(new Features(false, 1, 1, Birth.EXACT, Postcode.SAME));
        assertThat(result.score()).isEqualTo(99);
        assertThat(result.reasonKeys())
                .containsExactly(
                        DuplicateScore.SAME_BIRTH,
                        DuplicateScore.SAME_FAMILY,
                        DuplicateScore.SAME_GIVEN,
                        DuplicateScore.SAME_POSTCODE);
    }

    @Test
    void aTypoInTheFamilyNameWithTheSameBirthDateIsSuggested() {
        // "Janssen" against "Jansen": trigram similarity about 0.7
        DuplicateScore.Result result = DuplicateScore.of(new Features(false, 0.7, 1, Birth.EXACT, Postcode.OTHER));
        assertThat(result.score()).isEqualTo(35 + 21 + 20);
        assertThat(result.reasonKeys())
                .contains(DuplicateScore.ALIKE_FAMILY)
                .doesNotContain(DuplicateScore.SAME_FAMILY);
        assertThat(result.suggested()).isTrue();
    }

    @Test
    void swappedDayAndMonthCountsLessThanTheSameDate() {
        int exact = DuplicateScore.of(new Features(false, 1, 1, Birth.EXACT, Postcode.OTHER))
                .score();
        DuplicateScore.Result swapped = DuplicateScore.of(new Features(false, 1, 1, Birth.SWAPPED, Postcode.OTHER));
        assertThat(swapped.score()).isLessThan(exact).isGreaterThanOrEqualTo(DuplicateScore.MIN_SCORE);
        assertThat(swapped.reasonKeys()).contains(DuplicateScore.SWAPPED_BIRTH);
    }

    @Test
    void siblingsWithTheSameFamilyNameAndPostcodeAreNotSuggested() {
        DuplicateScore.Result result = DuplicateScore.of(new Features(false, 1, 0.1, Birth.OTHER, Postcode.SAME));
        assertThat(result.score()).isEqualTo(30 + 15);
        assertThat(result.suggested()).isFalse();
    }

    @Test
    void sameNamesWithAnotherBirthDateAreSuggestedForReview() {
        assertThat(DuplicateScore.of(new Features(false, 1, 1, Birth.OTHER, Postcode.OTHER))
                        .suggested())
                .isTrue();
    }

    @Test
    void aWeakNameSimilarityCountsForNothing() {
        DuplicateScore.Result result =
                DuplicateScore.of(new Features(false, 0.2, 0.29, Birth.OTHER, Postcode.SAME_PC4));
        assertThat(result.score()).isEqualTo(DuplicateScore.PC4_POINTS);
        assertThat(result.reasonKeys()).containsExactly(DuplicateScore.SAME_PC4);
    }

    @Test
    void birthDatesCompareExactlySwappedOrNot() {
        LocalDate march7 = LocalDate.of(2007, 3, 7);
        assertThat(Birth.of(march7, march7)).isEqualTo(Birth.EXACT);
        assertThat(Birth.of(march7, LocalDate.of(2007, 7, 3))).isEqualTo(Birth.SWAPPED);
        assertThat(Birth.of(march7, LocalDate.of(2006, 7, 3))).isEqualTo(Birth.OTHER);
        assertThat(Birth.of(null, march7)).isEqualTo(Birth.OTHER);
        assertThat(DuplicateScore.swapped(LocalDate.of(2007, 3, 13))).isNull();
        assertThat(DuplicateScore.swapped(LocalDate.of(2007, 5, 5))).isNull();
    }

    @Test
    void postcodesCompareWithoutSpacesAndCase() {
        assertThat(Postcode.of("2511 AB", "2511ab")).isEqualTo(Postcode.SAME);
        assertThat(Postcode.of("2511 AB", "2511 CD")).isEqualTo(Postcode.SAME_PC4);
        assertThat(Postcode.of("2511 AB", "2612 AB")).isEqualTo(Postcode.OTHER);
        assertThat(Postcode.of(null, "2612 AB")).isEqualTo(Postcode.OTHER);
        assertThat(Postcode.of(" ", "2612 AB")).isEqualTo(Postcode.OTHER);
    }
}
