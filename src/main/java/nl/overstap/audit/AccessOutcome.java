package nl.overstap.audit;

/** Whether the access was allowed. */
public enum AccessOutcome {
    ALLOWED,
    DENIED
}
