package nl.overstap.signal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV lines for the download of rejected rows: semicolon-separated (what Dutch Excel expects),
 * CRLF line ends, a value quoted when it holds a separator, quote or line break. A value that a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets a
 * leading apostrophe (OWASP CSV injection).
 */
final class CsvRejectedRows {

    private CsvRejectedRows() {}

    static void writeLine(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(quote(neutralise(fields.get(i))));
        }
        out.write("\r\n");
    }

    static String neutralise(String value) {
        if (value.isEmpty()) {
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

    static String quote(String value) {
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
