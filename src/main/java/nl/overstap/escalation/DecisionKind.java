package nl.overstap.escalation;

/** What the coordinator decided on an escalation. */
public enum DecisionKind {
    /** A new deadline and owner organisation for the action. */
    NEW_DEADLINE_OWNER,
    /** A binding decision on behalf of the partnership, with its reason. */
    BINDING_DECISION,
    /** The case goes on the agenda of the multidisciplinary meeting. */
    MDO;

    /** The status the escalation gets with this decision. */
    EscalationStatus resultingStatus() {
        return switch (this) {
            case NEW_DEADLINE_OWNER -> EscalationStatus.REDIRECTED;
            case BINDING_DECISION -> EscalationStatus.DECIDED;
            case MDO -> EscalationStatus.ON_MDO_AGENDA;
        };
    }
}
