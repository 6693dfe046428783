package nl.overstap.results;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The cut as it comes from the query string (all optional, all codes, ids or months). Anything that
 * does not parse is ignored, so a bookmarked or edited URL never fails; the region is only honoured
 * for national users and only when it is a known region.
 */
record CutRequest(
        @Nullable String region,
        @Nullable String municipality,
        @Nullable String programme,
        @Nullable String organisation,
        @Nullable String from,
        @Nullable String to,
        @Nullable String period) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]{0,39}");

    static CutRequest none() {
        return new CutRequest(null, null, null, null, null, null, null);
    }

    Cut resolve(String scopeRegion, boolean national, Set<String> knownRegions, YearMonth now) {
        String cutRegion =
                national ? (region != null && knownRegions.contains(region) ? region : Cut.ALL) : scopeRegion;
        Period preset = preset();
        YearMonth first = preset != null ? preset.from(now) : month(from, Period.LAST_12_MONTHS.from(now));
        YearMonth last = preset != null ? preset.to(now) : month(to, now);
        if (first.isAfter(last)) {
            YearMonth swap = first;
            first = last;
            last = swap;
        }
        if (first.isBefore(Period.EARLIEST)) {
            first = Period.EARLIEST;
        }
        return new Cut(
                cutRegion,
                municipality != null && CODE.matcher(municipality).matches() ? municipality : null,
                uuid(programme),
                uuid(organisation),
                first,
                last);
    }

    private @Nullable Period preset() {
        if (period == null || period.isBlank()) {
            return null;
        }
        try {
            return Period.valueOf(period.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static YearMonth month(@Nullable String value, YearMonth fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
