package nl.overstap.youth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.overstap.youth.AgePolicy.Verdict;
import org.junit.jupiter.api.Test;

class AgePolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private static Verdict bornOn(LocalDate dateOfBirth) {
        return AgePolicy.atRegistration(dateOfBirth, TODAY);
    }

    @Test
    void allowsAYouthOnTheirSixteenthBirthday() {
        assertThat(bornOn(TODAY.minusYears(16))).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void refusesAYouthTheDayBeforeTheirSixteenthBirthday() {
        assertThat(bornOn(TODAY.minusYears(16).plusDays(1))).isEqualTo(Verdict.TOO_YOUNG);
    }

    @Test
    void allowsATwentySevenYearOldUpToTheDayBeforeTheirTwentyEighthBirthday() {
        LocalDate dateOfBirth = TODAY.minusYears(28).plusDays(1);

        assertThat(AgePolicy.ageOn(dateOfBirth, TODAY)).isEqualTo(27);
        assertThat(bornOn(dateOfBirth)).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void refusesAYouthOnTheirTwentyEighthBirthday() {
        assertThat(bornOn(TODAY.minusYears(28))).isEqualTo(Verdict.TOO_OLD);
    }

    @Test
    void refusesAnyoneOlder() {
        assertThat(bornOn(LocalDate.of(1960, 1, 1))).isEqualTo(Verdict.TOO_OLD);
    }

    @Test
    void refusesADateOfBirthInTheFuture() {
        assertThat(bornOn(TODAY.plusDays(1))).isEqualTo(Verdict.IN_FUTURE);
        assertThat(bornOn(TODAY.plusYears(20))).isEqualTo(Verdict.IN_FUTURE);
    }

    @Test
    void callsABabyBornTodayTooYoungRatherThanInTheFuture() {
        assertThat(bornOn(TODAY)).isEqualTo(Verdict.TOO_YOUNG);
    }

    @Test
    void leapDayChildTurnsSixteenOnTheLeapDay() {
        LocalDate dateOfBirth = LocalDate.of(2008, 2, 29);

        assertThat(AgePolicy.atRegistration(dateOfBirth, LocalDate.of(2024, 2, 28)))
                .isEqualTo(Verdict.TOO_YOUNG);
        assertThat(AgePolicy.atRegistration(dateOfBirth, LocalDate.of(2024, 2, 29)))
                .isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void leapDayChildTurnsTwentyEightOnTheLeapDay() {
        LocalDate dateOfBirth = LocalDate.of(1996, 2, 29);

        assertThat(AgePolicy.atRegistration(dateOfBirth, LocalDate.of(2024, 2, 28)))
                .isEqualTo(Verdict.ALLOWED);
        assertThat(AgePolicy.atRegistration(dateOfBirth, LocalDate.of(2024, 2, 29)))
                .isEqualTo(Verdict.TOO_OLD);
    }

    @Test
    void leapDayChildHasABirthdayOnTheFirstOfMarchInOtherYears() {
        LocalDate dateOfBirth = LocalDate.of(2008, 2, 29);

        assertThat(AgePolicy.ageOn(dateOfBirth, LocalDate.of(2025, 2, 28))).isEqualTo(16);
        assertThat(AgePolicy.ageOn(dateOfBirth, LocalDate.of(2025, 3, 1))).isEqualTo(17);
    }
}
