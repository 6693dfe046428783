package nl.overstap.followup;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * When check-ins fall after a start: a list of ISO periods from the start date, e.g. {@code
 * P1W,P1M,P3M,P6M,P12M} (week 1, months 1, 3, 6 and 12), and after how many days an unanswered
 * check-in counts as missed.
 */
record CheckInSchedule(List<Period> periods, List<String> keys, int missedAfterDays) {

    static final String DEFAULT = "P1W,P1M,P3M,P6M,P12M";

    CheckInSchedule {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("A follow-up schedule needs at least one period");
        }
        if (missedAfterDays < 0) {
            throw new IllegalArgumentException("missedAfterDays must not be negative");
        }
        if (keys.size() != periods.size()) {
            throw new IllegalArgumentException("One key per period");
        }
        periods = List.copyOf(periods);
        keys = List.copyOf(keys);
    }

    /** Parses a comma-separated list of positive ISO-8601 periods, in increasing order, without repeats. */
    static CheckInSchedule parse(String text, int missedAfterDays) {
        List<Period> periods = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        LocalDate reference = LocalDate.of(2000, 1, 1);
        LocalDate previous = reference;
        for (String part : text.split(",")) {
            String trimmed = part.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            Period period;
            try {
                period = Period.parse(trimmed);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Not an ISO period in the follow-up schedule: " + trimmed, e);
            }
            LocalDate at = reference.plus(period);
            if (!at.isAfter(previous)) {
                throw new IllegalArgumentException("Follow-up periods must be positive and increasing: " + trimmed);
            }
            previous = at;
            periods.add(period);
            keys.add(trimmed.toUpperCase(java.util.Locale.ROOT));
        }
        return new CheckInSchedule(periods, keys, missedAfterDays);
    }

    /** One check-in moment: its period as configured (the key, e.g. P1W) and its due date. */
    record Moment(String period, LocalDate dueOn) {}

    List<Moment> from(LocalDate start) {
        List<Moment> moments = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            moments.add(new Moment(keys.get(i), start.plus(periods.get(i))));
        }
        return List.copyOf(moments);
    }

    /** Unanswered and more than {@code missedAfterDays} past its due date. */
    boolean missed(LocalDate dueOn, boolean answered, LocalDate today) {
        return !answered && today.isAfter(dueOn.plusDays(missedAfterDays));
    }
}
