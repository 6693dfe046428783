package nl.overstap.assessment;

/** Who took part in a scan. */
public enum Participant {
    /** The youth; always takes part in their own scan. */
    YOUTH,
    /** People from the youth's own network: family, mentor, teacher. */
    NETWORK,
    /** Professionals of partner organisations. */
    PARTNER
}
