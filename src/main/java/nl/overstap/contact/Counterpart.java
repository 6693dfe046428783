package nl.overstap.contact;

/** With whom the contact was. */
public enum Counterpart {
    /** The youth. */
    YOUTH,
    /** Someone of the youth's own network (family, mentor). */
    NETWORK,
    /** A professional of a partner organisation. */
    PARTNER
}
