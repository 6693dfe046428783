package nl.overstap.followup;

/** With whom a check-in is held. */
public enum CheckInParty {
    /** The youth, with the coach (the coach records it). */
    YOUTH,
    /** The employer or school (answers the short form itself). */
    EMPLOYER
}
