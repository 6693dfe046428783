package nl.overstap.shared;

/**
 * Categories of a youth's data. The access log records which were touched; consent is given per
 * partner organisation and category; the covenant says which categories may be shared at all.
 */
public enum DataCategory {
    /** Name, date of birth, municipality. */
    BASIC,
    /** Postcode, phone, e-mail. */
    CONTACT_DETAILS,
    /** Education status, start qualification and target-group markers. */
    SITUATION,
    /** Trajectory, programme, phase and phase history. */
    TRAJECTORY,
    /** Contact moments and their notes. */
    CONTACT_NOTES,
    /** The youth's own network: family, mentor, teacher and others. */
    NETWORK,
    /** Life-domain scan: work, education and income. */
    SCAN_WORK_INCOME,
    /** Life-domain scan: housing. */
    SCAN_HOUSING,
    /** Life-domain scan: health and addiction. */
    SCAN_HEALTH,
    /** Life-domain scan: justice. */
    SCAN_JUSTICE,
    /** Life-domain scan: social network and participation. */
    SCAN_SOCIAL,
    /** Plan, goals and actions. */
    PLAN,
    /** Citizen service number (only ever masked on screen; shared only on a statute). */
    BSN
}
