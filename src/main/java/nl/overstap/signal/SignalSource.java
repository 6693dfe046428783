package nl.overstap.signal;

/** Where a signal came from. */
public enum SignalSource {
    /** RMC/DUO list of early school leavers (voortijdig schoolverlaters). */
    RMC_DUO,
    /** Youth care, a youth turning 18 (18-/18+). */
    YOUTH_CARE_18,
    /** A school or mbo location worried about a student. */
    SCHOOL,
    /** Police or justice. */
    POLICE_JUSTICE,
    /** UWV. */
    UWV,
    /** The municipality. */
    MUNICIPALITY,
    /** A neighbourhood team. */
    NEIGHBOURHOOD_TEAM,
    /** The youth themselves. */
    SELF_REFERRAL,
    /** Anything else, explained in the reason. */
    OTHER
}
