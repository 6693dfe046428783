package nl.overstap.youth;

/** Why two youth records cannot be merged (or a merge cannot be undone) safely; each has a Dutch message. */
public enum MergeRefusal {
    /** Both ids are the same record. */
    SAME_YOUTH,
    /** One of the two was already merged into another record. */
    ALREADY_MERGED,
    /** Both have a BSN and they differ: two people, never one. */
    DIFFERENT_BSN,
    /** One of the two was anonymised (erasure or retention): nothing left to merge. */
    ANONYMISED,
    /** Both have an open trajectory: close one first (one open trajectory per youth). */
    BOTH_OPEN_TRAJECTORIES,
    /** The record that disappears has an open trajectory of another organisation than the surviving record's. */
    OPEN_TRAJECTORY_OTHER_ORGANISATION,
    /** Both have consent records for the same organisation and data category: the current one is ambiguous. */
    CONSENT_CONFLICT,
    /** An erasure request is open for one of the two. */
    ERASURE_REQUESTED,
    /** The record that disappears is on legal hold and the surviving one is not. */
    LEGAL_HOLD,
    /** Moving the rows of a table would break one of its rules (a unique constraint, or no primary key). */
    UNSAFE_TABLE,
    /** The undo came more than a day after the merge. */
    UNDO_TOO_LATE,
    /** There is no merge into this record that can be undone. */
    NOTHING_TO_UNDO,
    /** The surviving record has itself been merged away since: undo that merge first. */
    SURVIVOR_MERGED_SINCE;

    public String messageKey() {
        return "youth.merge.refused." + name();
    }
}
