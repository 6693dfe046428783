package nl.overstap.audit;

/** What kind of access a log row records. */
public enum AccessEventType {
    /** A youth or trajectory was created. */
    CREATE,
    /** A youth file or part of it was shown. */
    READ,
    /** A youth was shown as one row of a list (caseload). */
    LIST,
    /** A search over youths was run. */
    SEARCH,
    /** Data of a youth was changed. */
    UPDATE,
    /** A page was printed or exported. */
    EXPORT,
    /** The access log itself was read. */
    LOG_READ,
    /** Someone signed in (or failed to). */
    LOGIN,
    /** Consent or a legal basis was recorded, changed or withdrawn. */
    CONSENT_CHANGE,
    /** Break-the-glass: a file was opened outside the normal scope, with a reason. */
    EMERGENCY
}
