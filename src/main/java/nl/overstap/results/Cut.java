package nl.overstap.results;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One cut of the figures: a region ('*' = all, for national users), optionally one municipality,
 * programme and coaching organisation, and a period of whole months. Only codes, ids and months:
 * never personal data, so a cut may sit in a URL.
 */
public record Cut(
        String region,
        @Nullable String municipality,
        @Nullable UUID programme,
        @Nullable UUID organisation,
        YearMonth from,
        YearMonth to) {

    /** How a cell table spells "all". */
    static final String ALL = "*";

    String municipalityKey() {
        return municipality == null ? ALL : municipality;
    }

    String programmeKey() {
        return programme == null ? ALL : programme.toString();
    }

    String organisationKey() {
        return organisation == null ? ALL : organisation.toString();
    }

    LocalDate firstDay() {
        return from.atDay(1);
    }

    LocalDate lastMonth() {
        return to.atDay(1);
    }
}
