package nl.overstap.shared;

/**
 * Categories of a youth's data. The access log records which were touched; consent (later) is
 * given per category.
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
    /** Citizen service number (only ever masked on screen). */
    BSN
}
