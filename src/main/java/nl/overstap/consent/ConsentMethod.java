package nl.overstap.consent;

/** How the youth gave or refused consent. */
public enum ConsentMethod {
    /** Told the coach in person or by phone. */
    VERBAL,
    /** Signed a form. */
    WRITTEN,
    /** Agreed digitally. */
    DIGITAL
}
