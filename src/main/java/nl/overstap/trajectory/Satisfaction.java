package nl.overstap.trajectory;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The short rating a coach records together with the youth when a trajectory closes: a score from 1
 * to 10 and whether the youth would recommend the coaching. Both are optional: null means the youth
 * was not asked, did not want to answer or could not be reached.
 */
public record Satisfaction(
        @Nullable Integer score, @Nullable Boolean wouldRecommend) {

    /** Nothing recorded. */
    public static final Satisfaction NOT_ASKED = new Satisfaction(null, null);

    public static final int LOWEST = 1;
    public static final int HIGHEST = 10;

    /** The answers to "would you recommend the coaching?" as the form offers them. */
    public enum Recommend {
        /** Yes, the youth would recommend it. */
        YES,
        /** No, the youth would not. */
        NO,
        /** The question was not asked or not answered. */
        NOT_ASKED
    }

    public Satisfaction {
        if (score != null && (score < LOWEST || score > HIGHEST)) {
            throw new IllegalArgumentException("satisfaction score out of range");
        }
    }

    /** The form's answer for {@link #wouldRecommend}. */
    public Recommend recommend() {
        if (wouldRecommend == null) {
            return Recommend.NOT_ASKED;
        }
        return wouldRecommend ? Recommend.YES : Recommend.NO;
    }

    /**
     * Checks what was typed: field name to message code for each field that is wrong; empty when
     * {@link #parse} may be called. An empty score and an empty or "not asked" answer are fine.
     */
    public static Map<String, String> validate(@Nullable String score, @Nullable String recommend) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (score != null && !score.isBlank()) {
            String trimmed = score.trim();
            if (!trimmed.matches("-?\\d{1,9}")) {
                errors.put("satisfactionScore", "research.satisfaction.error.score.format");
            } else {
                int value = Integer.parseInt(trimmed);
                if (value < LOWEST || value > HIGHEST) {
                    errors.put("satisfactionScore", "research.satisfaction.error.score.range");
                }
            }
        }
        if (recommend != null
                && !recommend.isBlank()
                && nl.overstap.shared.Choices.parse(Recommend.class, recommend).isEmpty()) {
            errors.put("wouldRecommend", "research.satisfaction.error.recommend");
        }
        return errors;
    }

    /** What was typed, after {@link #validate} found nothing wrong. */
    public static Satisfaction parse(@Nullable String score, @Nullable String recommend) {
        Integer value = score == null || score.isBlank() ? null : Integer.valueOf(score.trim());
        Recommend answer =
                nl.overstap.shared.Choices.parse(Recommend.class, recommend).orElse(Recommend.NOT_ASKED);
        Boolean would = switch (answer) {
            case YES -> Boolean.TRUE;
            case NO -> Boolean.FALSE;
            case NOT_ASKED -> null;
        };
        return new Satisfaction(value, would);
    }
}
