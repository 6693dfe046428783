package nl.overstap.signal;

/** Where a signal stands: open in a triage queue, or ended with one of the triage outcomes. */
public enum SignalStatus {
    /** In the triage queue of the assigned coaching organisation. */
    OPEN,
    /** Contact made: a trajectory in Scout was started. */
    CONTACT_MADE,
    /** The youth already has a trajectory; the signal is linked to it. */
    LINKED,
    /** Referred to another organisation. */
    REFERRED,
    /** Not reachable after the required outreach attempts (eropaf). */
    NOT_REACHABLE,
    /** The youth declined. */
    DECLINED,
    /** Outside the target group. */
    OUTSIDE_TARGET_GROUP;

    public boolean isOpen() {
        return this == OPEN;
    }
}
