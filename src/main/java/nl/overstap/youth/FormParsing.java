package nl.overstap.youth;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Lenient parsing of what people type in Dutch forms. */
final class FormParsing {

    private static final Pattern POSTCODE = Pattern.compile("([1-9]\\d{3})\\s?([A-Za-z]{2})");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d{10,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private FormParsing() {}

    /** Accepts dd-mm-jjjj (also with / or .) and jjjj-mm-dd. */
    static Optional<LocalDate> date(@Nullable String input) {
        return nl.overstap.shared.DutchDates.parse(input);
    }

    /** Normalises to {@code 1234 AB}. */
    static Optional<String> postcode(@Nullable String input) {
        if (input == null) {
            return Optional.empty();
        }
        Matcher matcher = POSTCODE.matcher(input.trim());
        return matcher.matches()
                ? Optional.of(matcher.group(1) + " " + matcher.group(2).toUpperCase(Locale.ROOT))
                : Optional.empty();
    }

    /** 10 to 15 digits, optionally after a +; spaces, dashes and brackets between them are fine. */
    static boolean phone(String input) {
        return PHONE.matcher(input.replaceAll("[\\s()\\-]", "")).matches();
    }

    static boolean email(String input) {
        return input.length() <= 200 && EMAIL.matcher(input.trim()).matches();
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
