package nl.overstap.placement;

/** The kind of place an employer or school offers. */
public enum PlaceKind {
    /** A paid job. */
    JOB,
    /** A BBL learning-working place (leren en werken). */
    BBL,
    /** An internship (stage). */
    INTERNSHIP,
    /** The start of a training. */
    TRAINING,
    /** A work-experience place (werkervaringsplek). */
    WORK_EXPERIENCE,
    /** Supported or sheltered work. */
    SUPPORTED_WORK,
    /** Day activities (dagbesteding). */
    DAY_ACTIVITIES
}
