package nl.overstap.shared;

/** What a signed-in person may do in Overstap. */
public enum Role {
    /** Jongerencoach: keeps a caseload, logs contacts, moves trajectories through the phases. */
    COACH,
    /** Projectleider/regisseur: reads every trajectory in the region and reassigns coaches. */
    COORDINATOR,
    /** Professional at a partner organisation: sees youth data only within consent (later). */
    PARTNER,
    /** Employer offering places: sees anonymous candidates only (later). */
    EMPLOYER,
    /** Policy officer or researcher: aggregated figures only, never a person. */
    ANALYST,
    /** Functional administrator: accounts and organisations; never a youth file. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
