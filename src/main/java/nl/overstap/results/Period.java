package nl.overstap.results;

import java.time.YearMonth;

/** Ready-made periods of the cut form. */
enum Period {
    LAST_12_MONTHS,
    THIS_YEAR,
    LAST_YEAR,
    ALL;

    /** The first earliest month "all" goes back to. */
    static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    YearMonth from(YearMonth now) {
        return switch (this) {
            case LAST_12_MONTHS -> now.minusMonths(11);
            case THIS_YEAR -> YearMonth.of(now.getYear(), 1);
            case LAST_YEAR -> YearMonth.of(now.getYear() - 1, 1);
            case ALL -> EARLIEST;
        };
    }

    YearMonth to(YearMonth now) {
        return this == LAST_YEAR ? YearMonth.of(now.getYear() - 1, 12) : now;
    }
}
