package nl.overstap.signal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the CSV that Dutch offices really produce, record by record, without holding the file in
 * memory: a first pass over the bytes finds the encoding (UTF-8 with or without BOM; anything that is
 * not valid UTF-8 is Windows-1252, what Excel writes on Dutch Windows) and the SHA-256; the second
 * pass streams records. The separator (semicolon, comma or tab) is the one that occurs most in the
 * header line outside quotes; a tie goes to the semicolon (Dutch Excel). Quoted fields may hold the
 * separator, doubled quotes and line breaks; CRLF, LF and lone CR all end a line; fields are trimmed.
 *
 * <p>Hand-written rather than commons-csv: commons-csv needs the separator and charset up front and
 * throws on an unterminated quote, which would end the import instead of rejecting one row.
 */
final class CsvListReader implements AutoCloseable {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A record longer than this is unreadable (a stray quote swallowed the rest of the file). */
    static final int MAX_RECORD_CHARS = 100_000;

    /** What the first pass found. */
    record Sniffed(Charset charset, boolean bom, String sha256, long size, boolean binary) {

        String encodingName() {
            return charset.equals(StandardCharsets.UTF_8) ? (bom ? "UTF-8 (BOM)" : "UTF-8") : "Windows-1252";
        }
    }

    /**
     * One record of the file.
     *
     * @param line the physical line where it starts (1 is the first line of the file)
     * @param problem why it could not be read (unterminated quote, far too long), or null
     */
    record Record(int line, List<String> fields, @Nullable String problem) {

        boolean blank() {
            return problem == null && fields.stream().allMatch(String::isBlank);
        }
    }

    private final Chars in;
    private char separator;
    private int line = 1;
    private boolean ended;

    private CsvListReader(Reader reader) {
        this.in = new Chars(reader);
    }

    /** First pass: encoding, BOM, size and SHA-256 of the bytes. */
    static Sniffed sniff(ListImportSource source) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean validUtf8 = true;
        boolean bom = false;
        long size = 0;
        boolean binary = false;
        byte[] buffer = new byte[64 * 1024];
        ByteBuffer pending = ByteBuffer.allocate(buffer.length + 8);
        CharBuffer chars = CharBuffer.allocate(buffer.length + 8);
        try (InputStream stream = source.open()) {
            int read;
            while ((read = stream.read(buffer)) > 0) {
                sha.update(buffer, 0, read);
                if (size == 0
                        && read >= 3
                        && (buffer[0] & 0xFF) == 0xEF
                        && (buffer[1] & 0xFF) == 0xBB
                        && (buffer[2] & 0xFF) == 0xBF) {
                    bom = true;
                }
                if (size == 0 && read >= 2 && buffer[0] == 'P' && buffer[1] == 'K') {
                    binary = true; // a zip: an .xlsx or .ods workbook, not a CSV
                }
                if (size < 8192) {
                    for (int i = 0; i < Math.min(read, 8192); i++) {
                        binary |= buffer[i] == 0;
                    }
                }
                size += read;
                if (validUtf8) {
                    pending.put(buffer, 0, read).flip();
                    chars.clear();
                    validUtf8 = !utf8.decode(pending, chars, false).isError();
                    pending.compact();
                }
            }
        }
        if (validUtf8) {
            pending.flip();
            chars.clear();
            validUtf8 = !utf8.decode(pending, chars, true).isError()
                    && !utf8.flush(chars).isError()
                    && !pending.hasRemaining();
        }
        return new Sniffed(
                validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252,
                bom,
                HexFormat.of().formatHex(sha.digest()),
                size,
                binary);
    }

    /** Decodes a whole small input the way {@link #sniff} would; for tests and the fuzz test. */
    static Charset charsetOf(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    /** Second pass: a reader over the decoded text, without the BOM. */
    static CsvListReader open(InputStream stream, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CsvListReader reader = new CsvListReader(new InputStreamReader(stream, decoder));
        int first = reader.in.read();
        if (first != '\uFEFF' && first != -1) {
            reader.in.unread(first);
        }
        return reader;
    }

    /**
     * Reads the header record and chooses the separator from it. Empty lines before the header are
     * skipped (and counted in the line numbers). Null when the file holds no header at all.
     */
    @Nullable
    Record header() throws IOException {
        StringBuilder firstLine = new StringBuilder();
        int c;
        // skip leading empty lines
        while ((c = in.read()) == '\r' || c == '\n') {
            if (c == '\r') {
                int next = in.read();
                if (next != '\n' && next != -1) {
                    in.unread(next);
                }
            }
            line++;
        }
        if (c == -1) {
            ended = true;
            return null;
        }
        in.unread(c);
        // look at the header line only to count separators outside quotes
        separator = ';';
        Record header = nextRecordCapturing(firstLine);
        separator = chooseSeparator(firstLine);
        if (separator != ';' && header != null) {
            header = new Record(header.line(), split(firstLine.toString()), header.problem());
        }
        return header;
    }

    char separator() {
        return separator;
    }

    /** The next record, or null at the end of the file. */
    @Nullable
    Record next() throws IOException {
        return nextRecordCapturing(null);
    }

    private static char chooseSeparator(CharSequence headerLine) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char ch = headerLine.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (ch) {
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    default -> {}
                }
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    /** Splits the captured header text again with the chosen separator. */
    private List<String> split(String text) throws IOException {
        CsvListReader again = new CsvListReader(new java.io.StringReader(text));
        again.separator = separator;
        Record record = again.next();
        return record == null ? List.of() : record.fields();
    }

    @Nullable
    private Record nextRecordCapturing(@Nullable StringBuilder capture) throws IOException {
        if (ended) {
            return null;
        }
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        boolean any = false;
        int length = 0;
        String problem = null;
        while (true) {
            int c = in.read();
            if (c == -1) {
                ended = true;
                if (!any) {
                    return null;
                }
                if (quoted) {
                    problem = "quote";
                }
                fields.add(clean(field, wasQuoted));
                return new Record(startLine, List.copyOf(fields), problem);
            }
            any = true;
            if (capture != null) {
                capture.append((char) c);
            }
            if (++length > MAX_RECORD_CHARS && problem == null) {
                problem = "length";
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int next = in.read();
                    if (next == '"') {
                        append(field, '"', problem);
                        if (capture != null) {
                            capture.append('"');
                        }
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.unread(next);
                        }
                    }
                } else {
                    if (ch == '\n' || (ch == '\r' && !peekIs('\n'))) {
                        line++;
                    }
                    append(field, ch, problem);
                }
                continue;
            }
            if (ch == '"' && field.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (ch == separator) {
                fields.add(clean(field, wasQuoted));
                field.setLength(0);
                wasQuoted = false;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r') {
                    int next = in.read();
                    if (next != '\n' && next != -1) {
                        in.unread(next);
                    }
                }
                line++;
                fields.add(clean(field, wasQuoted));
                return new Record(startLine, List.copyOf(fields), problem);
            } else {
                append(field, ch, problem);
            }
        }
    }

    private boolean peekIs(char expected) throws IOException {
        int next = in.read();
        if (next != -1) {
            in.unread(next);
        }
        return next == expected;
    }

    /** Stops growing a field once the record is known to be unreadable, so memory stays bounded. */
    private static void append(StringBuilder field, char ch, @Nullable String problem) {
        if (problem == null) {
            field.append(ch);
        }
    }

    /** Trims spaces (also no-break spaces) around a field; inside quotes, text after the closing quote is kept. */
    private static String clean(StringBuilder field, boolean wasQuoted) {
        return field.toString().replace('\u00A0', ' ').strip();
    }

    @Override
    public void close() throws IOException {
        in.reader.close();
    }

    /** A buffered character source with one character of push-back, without the locking of PushbackReader. */
    private static final class Chars {

        private static final int NONE = -2;

        private final Reader reader;
        private final char[] buffer = new char[64 * 1024];
        private int position;
        private int length;
        private int pushed = NONE;

        Chars(Reader reader) {
            this.reader = reader;
        }

        int read() throws IOException {
            if (pushed != NONE) {
                int c = pushed;
                pushed = NONE;
                return c;
            }
            if (position == length) {
                int read = reader.read(buffer, 0, buffer.length);
                position = 0;
                length = Math.max(read, 0);
                if (read <= 0) {
                    return -1;
                }
            }
            return buffer[position++];
        }

        void unread(int c) {
            pushed = c;
        }
    }
}
