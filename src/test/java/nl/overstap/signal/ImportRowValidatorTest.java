package nl.overstap.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.overstap.shared.Municipality;
import org.junit.jupiter.api.Test;

class ImportRowValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<String> HEADER = List.of(ListFiles.RMC_HEADER.split(";"));

    private final ImportRowValidator validator = new ImportRowValidator(
            ListImportKind.EARLY_SCHOOL_LEAVERS,
            ImportRowValidator.header(ListImportKind.EARLY_SCHOOL_LEAVERS, HEADER),
            TODAY);

    @Test
    void matchesHeadersWithoutCaseSpacesAndWithSynonyms() {
        ImportRowValidator.Header header = ImportRowValidator.header(
                ListImportKind.EARLY_SCHOOL_LEAVERS,
                List.of(" GESLACHTSNAAM", "Voornaam", "Geb. datum", "woongemeente", "Uitschrijfdatum", "School/BRIN"));
        assertThat(header.usable()).isTrue();
        assertThat(header.index()).containsKeys(ListImportColumn.FAMILY_NAME, ListImportColumn.SCHOOL_OR_BRIN);
    }

    @Test
    void namesTheMissingRequiredColumns() {
        ImportRowValidator.Header header =
                ImportRowValidator.header(ListImportKind.YOUTH_CARE_18, List.of("BSN", "Achternaam", "Voornamen"));
        assertThat(header.missing())
                .containsExactly(
                        ListImportColumn.DATE_OF_BIRTH, ListImportColumn.MUNICIPALITY, ListImportColumn.CARE_ENDS_ON);
    }

    @Test
    void restoresTheLeadingZeroThatExcelDropped() {
        String bsn = ListFiles.bsnWithLeadingZero(1234567);
        assertThat(bsn).startsWith("0");
        ImportRow row = valid(row(bsn.substring(1), "Öztürk", "Ayşe", "15-3-2007", "'s-Gravenhage"));
        assertThat(row.bsn()).isNotNull();
        assertThat(row.municipality()).isEqualTo(Municipality.DEN_HAAG);
        assertThat(row.dateOfBirth()).isEqualTo(LocalDate.of(2007, 3, 15));
    }

    @Test
    void givesADutchReasonPerField() {
        ImportRowValidator.Verdict verdict =
                validator.check(record(row("123456789", "", "Jan", "31-02-2007", "Amsterdam")));
        assertThat(verdict).isInstanceOf(ImportRowValidator.Rejected.class);
        assertThat(((ImportRowValidator.Rejected) verdict).reasons())
                .extracting(ImportRowValidator.Reason::key)
                .containsExactly("bsn.checkDigit", "required", "date", "municipality.unknown");
    }

    @Test
    void rejectsAnAgeOutside16To27OnTheSignalDate() {
        ImportRowValidator.Verdict verdict = validator.check(record(row("", "Jansen", "Piet", "01-01-1990", "Delft")));
        assertThat(((ImportRowValidator.Rejected) verdict).reasons())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.key()).isEqualTo("age");
                    assertThat(r.args()).containsExactly("36");
                });
    }

    @Test
    void recognisesExcelsScientificNotation() {
        ImportRowValidator.Verdict verdict =
                validator.check(record(row("1,23457E+08", "Jansen", "Piet", "2008-01-01", "Delft")));
        assertThat(((ImportRowValidator.Rejected) verdict).reasons())
                .extracting(ImportRowValidator.Reason::key)
                .containsExactly("bsn.excel");
    }

    @Test
    void anEmptyLineIsCountedNotRejected() {
        assertThat(validator.check(new CsvListReader.Record(3, List.of("", " ", ""), null)))
                .isInstanceOf(ImportRowValidator.Empty.class);
    }

    @Test
    void theSamePersonWithoutBsnIsNameAndBirthDateRegardlessOfCaseAndAccents() {
        assertThat(ImportRow.nameKey("de Vries", "Jan", LocalDate.of(2007, 1, 1)))
                .isEqualTo(ImportRow.nameKey("De-Vriës", "j.", LocalDate.of(2007, 1, 1)))
                .isNotEqualTo(ImportRow.nameKey("de Vries", "Jan", LocalDate.of(2007, 1, 2)));
    }

    @Test
    void normalisingPlainAndAccentedTextAgrees() {
        assertThat(ImportMunicipalities.normalise("'s-Gravenhage 2"))
                .isEqualTo("sgravenhage2")
                .isEqualTo(ImportMunicipalities.normalise("'s-Gravenhâge 2"));
        assertThat(ImportMunicipalities.normalise("Çelik-Öztürk")).isEqualTo("celikozturk");
    }

    private ImportRow valid(String line) {
        ImportRowValidator.Verdict verdict = validator.check(record(line));
        assertThat(verdict).isInstanceOf(ImportRowValidator.Valid.class);
        return ((ImportRowValidator.Valid) verdict).row();
    }

    private static CsvListReader.Record record(String line) {
        return new CsvListReader.Record(2, List.of(line.split(";", -1)), null);
    }

    private static String row(String bsn, String family, String given, String birth, String municipality) {
        return String.join(
                ";", bsn, family, "", given, birth, "2511AB", "1", municipality, "", "", "", "01-11-2026", "");
    }
}
