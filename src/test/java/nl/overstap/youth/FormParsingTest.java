package nl.overstap.youth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FormParsingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "23-11-2007 | 2007-11-23",
                "3-1-2007   | 2007-01-03",
                "03-01-2007 | 2007-01-03",
                "23/11/2007 | 2007-11-23",
                "3/1/2007   | 2007-01-03",
                "23.11.2007 | 2007-11-23",
                "2007-11-23 | 2007-11-23",
                "2007-1-3   | 2007-01-03",
                "29-02-2008 | 2008-02-29"
            })
    void readsDutchAndIsoDates(String input, LocalDate expected) {
        assertThat(FormParsing.date(input)).contains(expected);
    }

    @Test
    void ignoresSurroundingSpaceInADate() {
        assertThat(FormParsing.date("  23-11-2007 ")).contains(LocalDate.of(2007, 11, 23));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31-02-2007", "29-02-2007", "31-04-2007", "00-01-2007", "12-13-2007", "2007-02-30"})
    void rejectsImpossibleDates(String input) {
        assertThat(FormParsing.date(input)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"23-11-07", "23112007", "23 11 2007", "gisteren", "11-23", "2007/11/23"})
    void rejectsWhatIsNotADate(@Nullable String input) {
        assertThat(FormParsing.date(input)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"2511ab | 2511 AB", "2511 AB | 2511 AB", "2511 aB | 2511 AB", "' 9999zz ' | 9999 ZZ"})
    void normalisesPostcodes(String input, String expected) {
        assertThat(FormParsing.postcode(input)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {"0123 AB", "12345", "2511", "2511 A", "2511 ABC", "251 AB", "AB 2511", "2511  AB", "2511-AB"})
    void rejectsInvalidPostcodes(@Nullable String input) {
        assertThat(FormParsing.postcode(input)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0612345678", "06-12345678", "+31 6 12345678", "(070) 123 45 67", "+31612345678"})
    void acceptsPhoneNumbers(String input) {
        assertThat(FormParsing.phone(input)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "061234567", "06 1234 abcd", "bel me maar", "+31 6 1234 5678 9012 3456"})
    void rejectsWhatIsNotAPhoneNumber(String input) {
        assertThat(FormParsing.phone(input)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jan@example.nl", "j.de.vries+overstap@mail.example.com", " jan@example.nl "})
    void acceptsEmailAddresses(String input) {
        assertThat(FormParsing.email(input)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jan", "jan@example", "@example.nl", "jan@@example.nl", "jan de vries@example.nl", ""})
    void rejectsWhatIsNotAnEmailAddress(String input) {
        assertThat(FormParsing.email(input)).isFalse();
    }

    @Test
    void rejectsAnEmailAddressLongerThanTwoHundredCharacters() {
        String local = "a".repeat(189);
        assertThat(FormParsing.email(local + "@example.nl")).isTrue(); // 200 characters
        assertThat(FormParsing.email(local + "a@example.nl")).isFalse(); // 201 characters
    }

    @Test
    void readsAnEnumValueCaseInsensitively() {
        assertThat(FormParsing.enumValue(EducationStatus.class, " early_school_leaver "))
                .contains(EducationStatus.EARLY_SCHOOL_LEAVER);
    }

    @Test
    void readsAnEnumValueIndependentOfTheDefaultLocale() {
        Locale original = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            assertThat(FormParsing.enumValue(EducationStatus.class, "in_education"))
                    .contains(EducationStatus.IN_EDUCATION);
        } finally {
            Locale.setDefault(original);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "DROPPED_OUT", "IN EDUCATION"})
    void givesNoEnumValueForBlankOrUnknownInput(@Nullable String input) {
        assertThat(FormParsing.enumValue(EducationStatus.class, input)).isEmpty();
    }

    @Test
    void trimsToNull() {
        assertThat(FormParsing.trimToNull("  Jan ")).isEqualTo("Jan");
        assertThat(FormParsing.trimToNull("   ")).isNull();
        assertThat(FormParsing.trimToNull(null)).isNull();
    }
}
