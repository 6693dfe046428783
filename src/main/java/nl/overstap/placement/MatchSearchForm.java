package nl.overstap.placement;

import org.jspecify.annotations.Nullable;

/**
 * The criteria and weights of one search for places, as typed. Hours and minutes and the weights
 * may travel as query parameters (they say nothing about the youth on their own); driving licence,
 * Dutch level and the certificate-of-conduct question only in a POST body.
 *
 * @param licence "YES", "NO" or "UNKNOWN"
 * @param conduct whether a certificate of conduct (VOG) is expected to be a problem: "YES", "NO", "UNKNOWN"
 */
public record MatchSearchForm(
        @Nullable String hours,
        @Nullable String minutes,
        @Nullable String licence,
        @Nullable String dutch,
        @Nullable String conduct,
        @Nullable String weightSector,
        @Nullable String weightDistance,
        @Nullable String weightHours,
        @Nullable String weightSupport,
        @Nullable String more) {

    /** The form with defaults: nothing known, 45 minutes, the default weights. */
    public static MatchSearchForm defaults() {
        MatchingPolicy.Weights w = MatchingPolicy.Weights.DEFAULT;
        return new MatchSearchForm(
                null,
                Integer.toString(MatchingPolicy.Criteria.DEFAULT_MAX_TRAVEL),
                "UNKNOWN",
                null,
                "UNKNOWN",
                Integer.toString(w.sector()),
                Integer.toString(w.distance()),
                Integer.toString(w.hours()),
                Integer.toString(w.support()),
                null);
    }

    /** Only what may be in a URL: hours, minutes, weights and paging; the rest is unknown. */
    public MatchSearchForm withoutSensitive() {
        return new MatchSearchForm(
                hours,
                minutes,
                "UNKNOWN",
                null,
                "UNKNOWN",
                weightSector,
                weightDistance,
                weightHours,
                weightSupport,
                more);
    }
}
