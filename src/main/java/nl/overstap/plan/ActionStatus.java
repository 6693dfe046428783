package nl.overstap.plan;

/** Where an action stands. */
public enum ActionStatus {
    /** Still to be done. */
    OPEN,
    /** Done; the result note says how it went. */
    DONE,
    /** Stuck; the blocked reason says why. */
    BLOCKED
}
