package nl.overstap.plan;

/** Where a goal stands. */
public enum GoalStatus {
    /** Written down, nobody is working on it yet. */
    OPEN,
    /** The youth and others are working on it. */
    IN_PROGRESS,
    /** The youth reached the goal. */
    ACHIEVED,
    /** The youth and coach decided to let the goal go. */
    LET_GO
}
