package nl.overstap.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads dates the way people type them in Dutch forms: dd-mm-jjjj (also with / or .) or jjjj-mm-dd. */
public final class DutchDates {

    private static final Pattern DUTCH = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private DutchDates() {}

    /** The date, or empty for blank input and impossible dates such as 31-02-2007. */
    public static Optional<LocalDate> parse(@Nullable String input) {
        if (input == null) {
            return Optional.empty();
        }
        String value = input.strip();
        try {
            Matcher dutch = DUTCH.matcher(value);
            if (dutch.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(dutch.group(3)),
                        Integer.parseInt(dutch.group(2)),
                        Integer.parseInt(dutch.group(1))));
            }
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(iso.group(1)),
                        Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
