package nl.overstap.signal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Closing a signal without a trajectory: referred (to {@code referredTo}), not reachable, declined or
 * outside the target group, with a note (the reason).
 */
public record OutcomeForm(
        @Nullable String outcome,
        @Nullable UUID referredTo,
        @Nullable String outcomeNote,
        @Nullable Integer version) {

    static OutcomeForm empty() {
        return new OutcomeForm(null, null, null, null);
    }
}
