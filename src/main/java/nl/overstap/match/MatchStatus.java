package nl.overstap.match;

import org.jspecify.annotations.Nullable;

/** Where a proposal of a youth for a place stands. */
public enum MatchStatus {
    /** The coach proposed the youth; the employer or school sees an anonymous profile. */
    PROPOSED,
    /** The youth and the employer or school met (kennismaking). */
    INTRODUCTION,
    /** The youth works or learns on trial (proefplaatsing, meeloopdag). */
    TRIAL,
    /** The youth started at the place; the trajectory moved to Borg. */
    STARTED,
    /** The youth, the employer/school or the coach said no, with a reason. */
    DECLINED,
    /** The coach took the proposal back, with a reason. */
    WITHDRAWN;

    /** Still on its way: proposed, introduction or trial. */
    public boolean isOpen() {
        return this == PROPOSED || this == INTRODUCTION || this == TRIAL;
    }

    /** The next step forward, or null when there is none. */
    public @Nullable MatchStatus next() {
        return switch (this) {
            case PROPOSED -> INTRODUCTION;
            case INTRODUCTION -> TRIAL;
            case TRIAL -> STARTED;
            default -> null;
        };
    }
}
