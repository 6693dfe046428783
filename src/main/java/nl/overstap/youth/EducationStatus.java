package nl.overstap.youth;

/** Where the youth stands with education at registration. */
public enum EducationStatus {
    /** Enrolled at a school or training. */
    IN_EDUCATION,
    /** Left school without a start qualification (voortijdig schoolverlater). */
    EARLY_SCHOOL_LEAVER,
    /** Finished a training. */
    COMPLETED,
    /** Not known yet. */
    UNKNOWN
}
