package nl.overstap.placement;

import nl.overstap.shared.Choices;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** Reads a search form into criteria and weights; blank fields take their defaults. */
final class MatchSearchValidator {

    private MatchSearchValidator() {}

    record Search(MatchingPolicy.Criteria criteria, MatchingPolicy.Weights weights, boolean more) {}

    static @Nullable Search validate(MatchSearchForm form, Errors errors) {
        Integer hours = number(form.hours(), 1, 40, null, "hours", errors);
        Integer minutes =
                number(form.minutes(), 10, 120, MatchingPolicy.Criteria.DEFAULT_MAX_TRAVEL, "minutes", errors);
        MatchingPolicy.Known licence =
                Choices.parse(MatchingPolicy.Known.class, form.licence()).orElse(MatchingPolicy.Known.UNKNOWN);
        MatchingPolicy.Known conduct =
                Choices.parse(MatchingPolicy.Known.class, form.conduct()).orElse(MatchingPolicy.Known.UNKNOWN);
        DutchLevel dutch = Choices.parse(DutchLevel.class, form.dutch()).orElse(null);
        MatchingPolicy.Weights d = MatchingPolicy.Weights.DEFAULT;
        Integer ws = number(form.weightSector(), 0, 5, d.sector(), "weightSector", errors);
        Integer wd = number(form.weightDistance(), 0, 5, d.distance(), "weightDistance", errors);
        Integer wh = number(form.weightHours(), 0, 5, d.hours(), "weightHours", errors);
        Integer wu = number(form.weightSupport(), 0, 5, d.support(), "weightSupport", errors);
        if (errors.hasErrors() || minutes == null || ws == null || wd == null || wh == null || wu == null) {
            return null;
        }
        return new Search(
                new MatchingPolicy.Criteria(hours, minutes, licence, dutch, conduct),
                new MatchingPolicy.Weights(ws, wd, wh, wu),
                "yes".equals(form.more()));
    }

    private static @Nullable Integer number(
            @Nullable String input, int min, int max, @Nullable Integer fallback, String field, Errors errors) {
        if (input == null || input.isBlank()) {
            return fallback;
        }
        String value = input.strip();
        if (!value.matches("\\d{1,3}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            errors.rejectValue(field, "placement.search.error." + field);
            return null;
        }
        return Integer.parseInt(value);
    }
}
