package nl.overstap.contact;

/** How the contact took place. */
public enum Channel {
    /** Face to face at an office or school. */
    FACE_TO_FACE,
    /** Home visit. */
    HOME_VISIT,
    /** Phone call. */
    PHONE,
    /** Video call. */
    VIDEO,
    /** Chat or messaging app. */
    CHAT,
    /** E-mail. */
    EMAIL,
    /** Outreach attempt (eropaf): going to find the youth. */
    OUTREACH_ATTEMPT
}
