package nl.overstap.shared;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV lines for downloads: semicolon-separated (what Dutch Excel expects),
 * CRLF line ends, a value quoted when it holds a separator, quote or line break. A value that a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets a
 * leading apostrophe (OWASP CSV injection). A plain number such as {@code -0,4} is left as it is, so
 * figures stay numbers in the spreadsheet.
 */
public final class CsvLines {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d{1,15}([.,]\\d{1,15})?");

    private CsvLines() {}

    public static void writeLine(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(quote(neutralise(fields.get(i))));
        }
        out.write("\r\n");
    }

    public static String neutralise(String value) {
        if (value.isEmpty() || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '='
                        || first == '+'
                        || first == '-'
                        || first == '@'
                        || first == '\t'
                        || first == '\r'
                        || first == '\0'
                ? "'" + value
                : value;
    }

    public static String quote(String value) {
        if (value.indexOf(';') < 0
                && value.indexOf('"') < 0
                && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0
                && value.indexOf(',') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
