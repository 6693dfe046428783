package nl.overstap.shared;

/** Statutes that can carry a legal basis for sharing, without consent. */
public enum Statute {
    /** RMC task: registration and coordination of early school leavers (WEB, Leerplichtwet). */
    RMC_EARLY_SCHOOL_LEAVERS,
    /** Leerplichtwet 1969: compulsory education below 18. */
    LEERPLICHTWET,
    /** Jeugdwet: youth care, including 18-/18+ transition. */
    JEUGDWET,
    /** Participatiewet: work and income, municipality. */
    PARTICIPATIEWET,
    /** Wet maatschappelijke ondersteuning 2015. */
    WMO,
    /** Wet gemeentelijke schuldhulpverlening. */
    WGS,
    /** Wet SUWI: UWV's tasks (benefits, Wajong, target-group register). */
    WET_SUWI,
    /** Wet educatie en beroepsonderwijs: mbo schools. */
    WEB
}
