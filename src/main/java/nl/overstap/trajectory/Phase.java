package nl.overstap.trajectory;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The phases of Rode loper coaching, in order, then closed. */
public enum Phase {
    /** Find and reach the youth, agree to start. */
    SCOUT,
    /** Take stock of talents, wishes and all life domains. */
    SCAN,
    /** Remove barriers and guide to a school or work place. */
    MATCH,
    /** Keep the place: check in, prevent relapse. */
    BORG,
    /** The trajectory has ended with an outcome. */
    CLOSED;

    /** The four open phases, in order (for the stepper). */
    public static final List<Phase> OPEN = List.of(SCOUT, SCAN, MATCH, BORG);

    public boolean isOpen() {
        return this != CLOSED;
    }

    /** The next open phase, or null after Borg. */
    public @Nullable Phase next() {
        return switch (this) {
            case SCOUT -> SCAN;
            case SCAN -> MATCH;
            case MATCH -> BORG;
            case BORG, CLOSED -> null;
        };
    }
}
