package nl.overstap.signal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A coordinator gives a signal an owner: a coaching organisation of the region. */
public record AssignForm(@Nullable UUID ownerId, @Nullable Integer version) {

    static AssignForm empty() {
        return new AssignForm(null, null);
    }
}
