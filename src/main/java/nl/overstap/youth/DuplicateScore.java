package nl.overstap.youth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How alike two youth records are, from 0 to 100, with the reasons (message keys). The same BSN is
 * the same person: 100. Otherwise points for the family name (up to 30), the given names (up to 20),
 * the date of birth (35 exact, 25 with day and month swapped) and the postcode (15 the same, 8 the
 * same four digits), at most 99. Name similarity is the trigram similarity of the folded names
 * (0 to 1), computed by the database.
 */
final class DuplicateScore {

    /** Below this score a record is not suggested: a shared family name and postcode (siblings) is not enough. */
    static final int MIN_SCORE = 50;

    static final int FAMILY_POINTS = 30;
    static final int GIVEN_POINTS = 20;
    static final int BIRTH_EXACT_POINTS = 35;
    static final int BIRTH_SWAPPED_POINTS = 25;
    static final int POSTCODE_POINTS = 15;
    static final int PC4_POINTS = 8;

    /** Below this similarity a name counts for nothing. */
    static final double NAME_FLOOR = 0.3;
    /** From this similarity on a name "looks like" the other. */
    static final double NAME_ALIKE = 0.45;
    /** From this similarity on the folded names are the same (trigram similarity 1, allowing rounding). */
    static final double NAME_SAME = 0.999;

    static final String PREFIX = "youth.duplicate.reason.";
    static final String SAME_BSN = PREFIX + "sameBsn";
    static final String SAME_FAMILY = PREFIX + "sameFamilyName";
    static final String ALIKE_FAMILY = PREFIX + "familyNameAlike";
    static final String SAME_GIVEN = PREFIX + "sameGivenName";
    static final String ALIKE_GIVEN = PREFIX + "givenNameAlike";
    static final String SAME_BIRTH = PREFIX + "sameDateOfBirth";
    static final String SWAPPED_BIRTH = PREFIX + "dayMonthSwapped";
    static final String SAME_POSTCODE = PREFIX + "samePostcode";
    static final String SAME_PC4 = PREFIX + "samePostcodeArea";

    private DuplicateScore() {}

    /** How the two dates of birth compare. */
    enum Birth {
        /** The same date. */
        EXACT,
        /** Day and month swapped (07-03 against 03-07 of the same year). */
        SWAPPED,
        /** Different, or one is unknown. */
        OTHER;

        static Birth of(@Nullable LocalDate a, @Nullable LocalDate b) {
            if (a == null || b == null) {
                return OTHER;
            }
            if (a.equals(b)) {
                return EXACT;
            }
            LocalDate swapped = swapped(a);
            return swapped != null && swapped.equals(b) ? SWAPPED : OTHER;
        }
    }

    /** How the two postcodes compare. */
    enum Postcode {
        /** The same full postcode (spaces and case ignored). */
        SAME,
        /** The same four digits, other letters. */
        SAME_PC4,
        /** Different, or one is unknown. */
        OTHER;

        static Postcode of(@Nullable String a, @Nullable String b) {
            String x = normalise(a);
            String y = normalise(b);
            if (x == null || y == null || x.length() < 4 || y.length() < 4) {
                return OTHER;
            }
            if (x.equals(y)) {
                return SAME;
            }
            return x.substring(0, 4).equals(y.substring(0, 4)) ? SAME_PC4 : OTHER;
        }
    }

    /** What was compared; similarities from 0 to 1 (0 when a name is unknown). */
    record Features(boolean sameBsn, double familySimilarity, double givenSimilarity, Birth birth, Postcode postcode) {}

    /** A score and its reasons, strongest first. */
    record Result(int score, List<String> reasonKeys) {

        boolean suggested() {
            return score >= MIN_SCORE;
        }
    }

    static Result of(Features f) {
        List<String> reasons = new ArrayList<>();
        int points = 0;
        if (f.sameBsn()) {
            reasons.add(SAME_BSN);
        }
        if (f.birth() == Birth.EXACT) {
            points += BIRTH_EXACT_POINTS;
            reasons.add(SAME_BIRTH);
        } else if (f.birth() == Birth.SWAPPED) {
            points += BIRTH_SWAPPED_POINTS;
            reasons.add(SWAPPED_BIRTH);
        }
        points += namePoints(f.familySimilarity(), FAMILY_POINTS, SAME_FAMILY, ALIKE_FAMILY, reasons);
        points += namePoints(f.givenSimilarity(), GIVEN_POINTS, SAME_GIVEN, ALIKE_GIVEN, reasons);
        if (f.postcode() == Postcode.SAME) {
            points += POSTCODE_POINTS;
            reasons.add(SAME_POSTCODE);
        } else if (f.postcode() == Postcode.SAME_PC4) {
            points += PC4_POINTS;
            reasons.add(SAME_PC4);
        }
        int score = f.sameBsn() ? 100 : Math.min(99, points);
        return new Result(score, List.copyOf(reasons));
    }

    private static int namePoints(double similarity, int max, String same, String alike, List<String> reasons) {
        if (similarity < NAME_FLOOR) {
            return 0;
        }
        if (similarity >= NAME_SAME) {
            reasons.add(same);
            return max;
        }
        if (similarity >= NAME_ALIKE) {
            reasons.add(alike);
        }
        return (int) Math.round(max * similarity);
    }

    /** The date with day and month swapped, when that is another valid date; else null. */
    static @Nullable LocalDate swapped(LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        if (day > 12 || day == month) {
            return null;
        }
        return LocalDate.of(date.getYear(), day, month);
    }

    static @Nullable String normalise(@Nullable String postcode) {
        if (postcode == null) {
            return null;
        }
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.isEmpty() ? null : compact;
    }
}
