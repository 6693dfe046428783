package nl.overstap.escalation;

/** Where an escalation stands. */
public enum EscalationStatus {
    /** Raised by the coach, waiting for the coordinator. */
    OPEN,
    /** The coordinator set a new deadline and owner. */
    REDIRECTED,
    /** The coordinator took a binding decision on behalf of the partnership. */
    DECIDED,
    /** Put on the agenda of the multidisciplinary meeting (MDO). */
    ON_MDO_AGENDA,
    /** Closed. */
    CLOSED
}
