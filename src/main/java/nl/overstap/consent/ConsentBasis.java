package nl.overstap.consent;

/** What a consent record rests on. */
public enum ConsentBasis {
    /** The youth's own permission (16+ consent themselves). */
    CONSENT,
    /** A statute; consent is then not needed and does not count. */
    LEGAL_BASIS
}
