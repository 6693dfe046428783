package nl.overstap.trajectory;

/** Why the follow-up of a started place (in Borg) makes a trajectory count as stuck. */
public enum FollowUpAttention {
    /** The place ended (no other place is running): back to Match or close. */
    PLACE_ENDED,
    /** The latest check-in of the youth or the employer voiced a concern. */
    CONCERN,
    /** A check-in is unanswered longer than the set days after its due date. */
    MISSED_CHECK_IN
}
