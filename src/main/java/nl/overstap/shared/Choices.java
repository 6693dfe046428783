package nl.overstap.shared;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads a choice a form sent (a radio or select value) as one of an enum's constants. */
public final class Choices {

    private Choices() {}

    /** The constant named by {@code value} (case and surrounding spaces ignored), or empty. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
