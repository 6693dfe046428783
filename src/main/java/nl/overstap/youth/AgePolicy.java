package nl.overstap.youth;

import java.time.LocalDate;
import java.time.Period;

/** The target group: young people aged 16 up to and including 27 when they are registered. */
public final class AgePolicy {

    public static final int MINIMUM_AGE = 16;
    public static final int MAXIMUM_AGE = 27;

    private AgePolicy() {}

    public static int ageOn(LocalDate dateOfBirth, LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    /** The verdict on a date of birth at registration on {@code today}. */
    public static Verdict atRegistration(LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth.isAfter(today)) {
            return Verdict.IN_FUTURE;
        }
        int age = ageOn(dateOfBirth, today);
        if (age < MINIMUM_AGE) {
            return Verdict.TOO_YOUNG;
        }
        if (age > MAXIMUM_AGE) {
            return Verdict.TOO_OLD;
        }
        return Verdict.ALLOWED;
    }

    /** Outcome of the age rule, each with its own message. */
    public enum Verdict {
        /** Between 16 and 27. */
        ALLOWED,
        /** Not yet 16. */
        TOO_YOUNG,
        /** 28 or older. */
        TOO_OLD,
        /** Born after today: a typing error. */
        IN_FUTURE
    }
}
