package nl.overstap.trajectory;

/** What kind of entry the phase history holds. */
public enum ChangeKind {
    /** The trajectory started in Scout. */
    START,
    /** One step forward. */
    FORWARD,
    /** Back to an earlier phase (relapse), with a reason. */
    RELAPSE,
    /** Closed with an outcome and a reason. */
    CLOSE,
    /** Another coach took over. */
    REASSIGN
}
