package nl.overstap.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Dutch working days: Monday to Friday, without the national public holidays (New Year's Day, Easter
 * Monday, King's Day, Ascension Day, Whit Monday, Christmas). Liberation Day is left out: it is a paid
 * day off only in lustrum years by most collective agreements.
 */
public final class WorkingDays {

    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(12, 25), MonthDay.of(12, 26));

    private WorkingDays() {}

    /** The date {@code days} working days after {@code from} (from itself does not count). */
    public static LocalDate plus(LocalDate from, int days) {
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date);
    }

    public static boolean isPublicHoliday(LocalDate date) {
        if (FIXED.contains(MonthDay.from(date)) || date.equals(kingsDay(date.getYear()))) {
            return true;
        }
        LocalDate easter = easterSunday(date.getYear());
        return date.equals(easter.plusDays(1)) || date.equals(easter.plusDays(39)) || date.equals(easter.plusDays(50));
    }

    /** 27 April, or the 26th when the 27th is a Sunday. */
    static LocalDate kingsDay(int year) {
        LocalDate day = LocalDate.of(year, 4, 27);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }

    /** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
