package nl.overstap.match;

import java.time.LocalDate;
import nl.overstap.youth.AgePolicy;

/** The age an employer sees instead of a date of birth. */
public enum AgeBand {
    /** 16 or 17 (under 18: leerplicht and youth wages). */
    AGE_16_17,
    /** 18 to 20. */
    AGE_18_20,
    /** 21 to 23. */
    AGE_21_23,
    /** 24 to 27 (and older, should a youth pass 27 during the trajectory). */
    AGE_24_27;

    static AgeBand of(LocalDate dateOfBirth, LocalDate today) {
        int age = AgePolicy.ageOn(dateOfBirth, today);
        if (age <= 17) {
            return AGE_16_17;
        }
        if (age <= 20) {
            return AGE_18_20;
        }
        return age <= 23 ? AGE_21_23 : AGE_24_27;
    }
}
