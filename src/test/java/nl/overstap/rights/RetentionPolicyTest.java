package nl.overstap.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.overstap.shared.DataCategory;
import org.junit.jupiter.api.Test;

/** The retention cut-off is the start of the same day, the given number of years ago, in Dutch time. */
class RetentionPolicyTest {

    @Test
    void cutoffIsTheStartOfTheDayInTheNetherlandsYearsAgo() {
        RetentionPolicy policy = new RetentionPolicy(DataCategory.BSN, 1);

        assertThat(policy.cutoff(LocalDate.of(2026, 11, 23))).isEqualTo(Instant.parse("2025-11-22T23:00:00Z"));
    }

    @Test
    void summerTimeIsTakenIntoAccount() {
        RetentionPolicy policy = new RetentionPolicy(DataCategory.BASIC, 5);

        assertThat(policy.cutoff(LocalDate.of(2026, 7, 1))).isEqualTo(Instant.parse("2021-06-30T22:00:00Z"));
    }

    @Test
    void aLeapDayFallsBackToTheLastDayOfFebruary() {
        RetentionPolicy policy = new RetentionPolicy(DataCategory.CONTACT_NOTES, 2);

        assertThat(policy.cutoff(LocalDate.of(2028, 2, 29))).isEqualTo(Instant.parse("2026-02-27T23:00:00Z"));
    }
}
