package nl.overstap.youth;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The merge confirmation as posted: the other record's id and which record survives ({@code this}
 * for the record in the URL, {@code other} for the other one).
 */
public record MergeForm(@Nullable String other, @Nullable String keep) {

    Optional<UUID> otherId() {
        try {
            return other == null ? Optional.empty() : Optional.of(UUID.fromString(other.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Empty unless {@code keep} is exactly one of the two choices. */
    Optional<Boolean> keepThis() {
        if ("this".equals(keep)) {
            return Optional.of(true);
        }
        return "other".equals(keep) ? Optional.of(false) : Optional.empty();
    }
}
