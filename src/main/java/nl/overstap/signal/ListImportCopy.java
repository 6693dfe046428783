package nl.overstap.signal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Buffers rows in PostgreSQL's COPY text format and sends them in blocks over the connection of the
 * current transaction: one round trip per block instead of one per row, and still rolled back with
 * everything else. The statements are fixed; values are escaped, never interpreted.
 */
final class ListImportCopy {

    static final int BLOCK_ROWS = 5_000;

    private final ListImportCopier copier;
    private final String statement;
    private final StringBuilder buffer = new StringBuilder(1 << 20);
    private int rows;
    private boolean first = true;

    ListImportCopy(ListImportCopier copier, String statement) {
        this.copier = copier;
        this.statement = statement;
    }

    ListImportCopy value(@Nullable Object value) {
        if (!first) {
            buffer.append('\t');
        }
        first = false;
        if (value == null) {
            buffer.append("\\N");
        } else if (value instanceof List<?> list) {
            escape(buffer, arrayLiteral(list));
        } else {
            escape(
                    buffer,
                    value instanceof LocalDate || value instanceof UUID ? value.toString() : String.valueOf(value));
        }
        return this;
    }

    void endRow() {
        buffer.append('\n');
        first = true;
        rows++;
    }

    /** A block is ready: the caller flushes (signals before the rows that refer to them). */
    boolean full() {
        return rows >= BLOCK_ROWS || buffer.length() > 8 << 20;
    }

    /** Hands the buffered rows to the copier (written in order, in the background). */
    void flush() {
        if (rows == 0) {
            return;
        }
        copier.send(statement, buffer.toString());
        buffer.setLength(0);
        rows = 0;
    }

    /** COPY text format: backslash, tab, newline and carriage return escaped; NUL cannot be stored and is dropped. */
    static void escape(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> {}
                default -> out.append(c);
            }
        }
    }

    /** A PostgreSQL array literal of text: every element quoted, quotes and backslashes escaped. */
    static String arrayLiteral(List<?> elements) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"');
            String element = String.valueOf(elements.get(i));
            for (int j = 0; j < element.length(); j++) {
                char c = element.charAt(j);
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }
}
