package nl.overstap.trajectory;

/** How a trajectory ended (uitstroom). */
public enum Outcome {
    /** Started (or returned to) education. */
    EDUCATION,
    /** Started paid work. */
    WORK,
    /** Learning and working combined, e.g. BBL. */
    EDUCATION_AND_WORK,
    /** Supported or sheltered work. */
    SUPPORTED_WORK,
    /** Day activities. */
    DAY_ACTIVITIES,
    /** No placement. */
    NONE
}
