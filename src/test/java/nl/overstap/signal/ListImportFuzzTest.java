package nl.overstap.signal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.overstap.shared.CsvLines;

/**
 * Fuzzes the list reader and the row validator together, the way an import drives them: for any bytes
 * and both list kinds, no exception escapes and every record of the file ends exactly once as empty,
 * rejected or valid, on strictly increasing lines. For input without quotes the number of records is
 * also checked against a plain count of the lines.
 *
 * <p>In a normal build ({@code test}/{@code verify}) this runs in regression mode over the files in
 * {@code src/test/resources/nl/overstap/signal/ListImportFuzzTestInputs/everyRowIsAccountedForExactlyOnce}.
 * To fuzz: {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=ListImportFuzzTest -Djacoco.skip=true} (new crashing
 * inputs land in that directory and then run in every build).
 */
class ListImportFuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @FuzzTest(maxDuration = "60s")
    void everyRowIsAccountedForExactlyOnce(byte[] input) throws IOException {
        for (ListImportKind kind : ListImportKind.values()) {
            check(kind, input);
        }
    }

    private static void check(ListImportKind kind, byte[] input) throws IOException {
        CsvListReader.Sniffed sniffed = CsvListReader.sniff(() -> new ByteArrayInputStream(input));
        assertThat(sniffed.size()).isEqualTo(input.length);
        if (sniffed.binary()) {
            return; // refused as a whole: nothing is written, so there is nothing to account for
        }
        int records = 0;
        int empty = 0;
        int rejected = 0;
        int valid = 0;
        int lastLine = 0;
        try (CsvListReader reader = CsvListReader.open(new ByteArrayInputStream(input), sniffed.charset())) {
            CsvListReader.Record header = reader.header();
            if (header == null) {
                assertThat(reader.next()).isNull();
                return;
            }
            lastLine = header.line();
            ImportRowValidator.Header columns = ImportRowValidator.header(kind, header.fields());
            ImportRowValidator validator = new ImportRowValidator(kind, columns, TODAY);
            CsvListReader.Record record;
            while ((record = reader.next()) != null) {
                records++;
                assertThat(record.line()).isGreaterThan(lastLine);
                lastLine = record.line();
                ImportRowValidator.Verdict verdict = validator.check(record);
                if (verdict instanceof ImportRowValidator.Empty) {
                    empty++;
                } else if (verdict instanceof ImportRowValidator.Rejected r) {
                    rejected++;
                    assertThat(r.reasons()).isNotEmpty();
                    assertThat(r.line()).isEqualTo(record.line());
                    // what the import writes for a rejected row must always be writable
                    ListImportCopy.escape(new StringBuilder(), ListImportCopy.arrayLiteral(r.raw()));
                    CsvLines.writeLine(new java.io.StringWriter(), r.raw());
                } else if (verdict instanceof ImportRowValidator.Valid v) {
                    valid++;
                    assertThat(v.row().line()).isEqualTo(record.line());
                    assertThat(v.row().nameKey()).isNotNull();
                }
            }
        }
        assertThat(empty + rejected + valid).isEqualTo(records);
        String text = decode(input, sniffed.charset());
        if (text.indexOf('"') < 0) {
            assertThat(records).isEqualTo(plainRecordCount(text));
        }
    }

    /** Records of a file without quotes: its lines after the header, leading empty lines not counted. */
    private static int plainRecordCount(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n|\r|\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0);
        }
        return Math.max(0, lines.size() - 1);
    }

    private static String decode(byte[] input, Charset charset) throws IOException {
        String text = charset.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(input))
                .toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
