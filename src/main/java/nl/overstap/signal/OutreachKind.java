package nl.overstap.signal;

/** How a professional tried to reach a youth who was not reached yet (eropaf). */
public enum OutreachKind {
    /** Visiting the home address. */
    HOME_VISIT,
    /** Calling or texting the phone number. */
    PHONE,
    /** A letter to the home address. */
    LETTER,
    /** A message through social media. */
    SOCIAL_MEDIA,
    /** An e-mail. */
    EMAIL,
    /** Another way, described in the note. */
    OTHER
}
