package nl.overstap.trajectory;

/** Why a trajectory was closed. */
public enum EndReason {
    /** The goal was reached and the place is held. */
    GOAL_REACHED,
    /** The youth no longer wants coaching. */
    YOUTH_STOPPED,
    /** The youth could not be reached any more. */
    NOT_REACHABLE,
    /** Handed over to another organisation or programme. */
    REFERRED,
    /** Moved out of the region. */
    MOVED,
    /** Any other reason, explained in the note. */
    OTHER
}
