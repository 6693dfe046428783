package nl.overstap.signal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Linking a signal to a youth who already has a trajectory; {@code linkTerm} finds that youth. */
public record LinkForm(
        @Nullable UUID linkYouthId,
        @Nullable String linkTerm,
        @Nullable Integer version) {

    static LinkForm empty() {
        return new LinkForm(null, null, null);
    }
}
