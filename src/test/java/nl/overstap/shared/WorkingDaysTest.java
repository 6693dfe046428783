package nl.overstap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dutch working days: weekends and the national holidays do not count towards a deadline. */
class WorkingDaysTest {

    @Test
    void skipsTheWeekend() {
        // Friday 20 November 2026 + 1 working day = Monday 23 November.
        assertThat(WorkingDays.plus(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(WorkingDays.plus(LocalDate.of(2026, 11, 23), 5)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void skipsEasterMonday() {
        // Easter 2026 is 5 April. Good Friday is a working day; Easter Monday 6 April is not.
        assertThat(WorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 3))).isTrue();
        assertThat(WorkingDays.isPublicHoliday(LocalDate.of(2026, 4, 6))).isTrue();
        assertThat(WorkingDays.plus(LocalDate.of(2026, 4, 2), 2)).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(WorkingDays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    }

    @Test
    void kingsDayMovesToSaturdayWhenThe27thIsASunday() {
        // 27 April 2025 was a Sunday: King's Day was Saturday 26 April.
        assertThat(WorkingDays.kingsDay(2025)).isEqualTo(LocalDate.of(2025, 4, 26));
        // 27 April 2031 is a Sunday too; 2026 is a Monday and stays.
        assertThat(WorkingDays.kingsDay(2031)).isEqualTo(LocalDate.of(2031, 4, 26));
        assertThat(WorkingDays.kingsDay(2026)).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
        // Friday 24 April 2026 + 1 working day: Monday the 27th is King's Day, so Tuesday the 28th.
        assertThat(WorkingDays.plus(LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    void skipsChristmasAndNewYear() {
        // Thursday 24 December 2026 + 1: Christmas (Fri), Boxing Day (Sat), Sunday → Monday 28 December.
        assertThat(WorkingDays.plus(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
        // Wednesday 31 December 2025 + 1: New Year's Day → Friday 2 January 2026.
        assertThat(WorkingDays.plus(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 2));
    }

    @Test
    void skipsAscensionAndWhitMonday() {
        // 2026: Ascension 14 May, Whit Monday 25 May.
        assertThat(WorkingDays.isPublicHoliday(LocalDate.of(2026, 5, 14))).isTrue();
        assertThat(WorkingDays.isPublicHoliday(LocalDate.of(2026, 5, 25))).isTrue();
        assertThat(WorkingDays.isPublicHoliday(LocalDate.of(2026, 5, 5))).isFalse();
    }
}
