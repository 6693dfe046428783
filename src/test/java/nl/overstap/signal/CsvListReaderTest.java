package nl.overstap.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvListReaderTest {

    @Test
    void detectsUtf8WithBomAndSemicolons() throws IOException {
        byte[] bytes = ("\uFEFFBSN;Achternaam\r\n123;Öztürk\r\n").getBytes(StandardCharsets.UTF_8);
        CsvListReader.Sniffed sniffed = CsvListReader.sniff(() -> new ByteArrayInputStream(bytes));
        assertThat(sniffed.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(sniffed.bom()).isTrue();
        List<CsvListReader.Record> records = read(bytes);
        assertThat(records.get(0).fields()).containsExactly("BSN", "Achternaam");
        assertThat(records.get(1).fields()).containsExactly("123", "Öztürk");
    }

    @Test
    void readsWindows1252WhenTheBytesAreNotUtf8() throws IOException {
        byte[] bytes = "achternaam,voornamen\nÇelik,Gül\n".getBytes(CsvListReader.WINDOWS_1252);
        CsvListReader.Sniffed sniffed = CsvListReader.sniff(() -> new ByteArrayInputStream(bytes));
        assertThat(sniffed.charset()).isEqualTo(CsvListReader.WINDOWS_1252);
        assertThat(read(bytes).get(1).fields()).containsExactly("Çelik", "Gül");
    }

    @Test
    void choosesTheCommaWhenTheHeaderHasMoreCommasThanSemicolons() throws IOException {
        List<CsvListReader.Record> records = read("a,b;c,d\n1,2;3,4\n".getBytes(StandardCharsets.UTF_8));
        assertThat(records.get(0).fields()).containsExactly("a", "b;c", "d");
        assertThat(records.get(1).fields()).containsExactly("1", "2;3", "4");
    }

    @Test
    void keepsQuotedSeparatorsDoubledQuotesAndLineBreaksAndCountsLines() throws IOException {
        String csv = "a;b\r\n\"x;y\";\"zeg \"\"hoi\"\"\r\nen dag\"\r\n\r\n  spaties  ;\u00A0z\u00A0\n";
        List<CsvListReader.Record> records = read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(records.get(1).fields()).containsExactly("x;y", "zeg \"hoi\"\r\nen dag");
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(2).blank()).isTrue();
        assertThat(records.get(2).line()).isEqualTo(4);
        assertThat(records.get(3).fields()).containsExactly("spaties", "z");
        assertThat(records.get(3).line()).isEqualTo(5);
    }

    @Test
    void anUnterminatedQuoteIsOneUnreadableRecordNotACrash() throws IOException {
        List<CsvListReader.Record> records = read("a;b\n1;\"open\n2;3\n".getBytes(StandardCharsets.UTF_8));
        assertThat(records).hasSize(2);
        assertThat(records.get(1).problem()).isEqualTo("quote");
    }

    static List<CsvListReader.Record> read(byte[] bytes) throws IOException {
        List<CsvListReader.Record> records = new ArrayList<>();
        try (CsvListReader reader =
                CsvListReader.open(new ByteArrayInputStream(bytes), CsvListReader.charsetOf(bytes))) {
            CsvListReader.Record header = reader.header();
            if (header == null) {
                return records;
            }
            records.add(header);
            CsvListReader.Record record;
            while ((record = reader.next()) != null) {
                records.add(record);
            }
        }
        return records;
    }
}
