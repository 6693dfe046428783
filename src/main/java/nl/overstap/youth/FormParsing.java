package nl.overstap.youth;

import java.time.LocalDate;
import java.util.Optional;
import nl.overstap.shared.DutchFormats;
import org.jspecify.annotations.Nullable;

/** Lenient parsing of what people type in Dutch forms. */
final class FormParsing {

    private FormParsing() {}

    /** Accepts dd-mm-jjjj (also with / or .) and jjjj-mm-dd. */
    static Optional<LocalDate> date(@Nullable String input) {
        return nl.overstap.shared.DutchDates.parse(input);
    }

    /** Normalises to {@code 1234 AB}. */
    static Optional<String> postcode(@Nullable String input) {
        return DutchFormats.postcode(input);
    }

    /** 10 to 15 digits, optionally after a +; spaces, dashes and brackets between them are fine. */
    static boolean phone(String input) {
        return DutchFormats.isPhone(input);
    }

    static boolean email(String input) {
        return DutchFormats.isEmail(input);
    }

    static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    static @Nullable String trimToNull(@Nullable String value) {
        return isBlank(value) ? null : value.trim();
    }

    static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, @Nullable String value) {
        return nl.overstap.shared.Choices.parse(type, value);
    }
}
