package nl.overstap.assessment;

import org.jspecify.annotations.Nullable;

/**
 * One life domain in one scan.
 *
 * @param score 1 (acute problems) to 5 (fully self-reliant), or null when unknown
 */
public record DomainScore(
        LifeDomain domain,
        @Nullable Integer score,
        @Nullable String goesWell,
        @Nullable String needed,
        @Nullable String explanation) {

    public DomainScore {
        if (score != null && (score < 1 || score > 5)) {
            throw new IllegalArgumentException("score must be 1 to 5: " + score);
        }
    }
}
