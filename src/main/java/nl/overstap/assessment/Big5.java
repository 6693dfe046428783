package nl.overstap.assessment;

/** The VNG/NJi "Big 5" for youths of 16–27: a summary view over the 13 life domains. */
public enum Big5 {
    /** Wonen: a place to live. */
    HOUSING,
    /** Inkomen: money to live on. */
    INCOME,
    /** Welzijn: health, safety and getting by day to day. */
    WELL_BEING,
    /** School en werk: education, work and how the days are spent. */
    SCHOOL_WORK,
    /** Steun van een vertrouwde volwassene: people around the youth. */
    SUPPORT
}
