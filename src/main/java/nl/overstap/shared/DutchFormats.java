package nl.overstap.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Lenient checks of Dutch contact details as people type them in forms and lists: postcode,
 * phone number and e-mail address. One place, so a youth, a signal, a list row and a place accept
 * the same input.
 */
public final class DutchFormats {

    private static final Pattern POSTCODE = Pattern.compile("([1-9]\\d{3})\\s?([A-Za-z]{2})");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d{10,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_EMAIL = 200;

    private DutchFormats() {}

    /** The postcode as {@code 1234 AB}, or empty when it is not a Dutch postcode. */
    public static Optional<String> postcode(@Nullable String input) {
        if (input == null) {
            return Optional.empty();
        }
        Matcher matcher = POSTCODE.matcher(input.strip());
        return matcher.matches()
                ? Optional.of(matcher.group(1) + " " + matcher.group(2).toUpperCase(Locale.ROOT))
                : Optional.empty();
    }

    /** 10 to 15 digits, optionally after a +; spaces, dashes and brackets between them are fine. */
    public static boolean isPhone(String input) {
        return PHONE.matcher(input.replaceAll("[\\s()\\-]", "")).matches();
    }

    /** Something@domain.tld, at most 200 characters. */
    public static boolean isEmail(String input) {
        String value = input.strip();
        return value.length() <= MAX_EMAIL && EMAIL.matcher(value).matches();
    }
}
