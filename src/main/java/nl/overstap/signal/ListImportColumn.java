package nl.overstap.signal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A column of an imported list: its Dutch name as documented in {@code docs/signal-import-formats.md}
 * and the synonyms offices use. Header names are compared without case, spaces and punctuation.
 */
enum ListImportColumn {
    BSN("bsn", false, "burgerservicenummer", "bsnnummer", "sofinummer"),
    FAMILY_NAME("achternaam", true, "geslachtsnaam", "familienaam", "naam"),
    INFIX("tussenvoegsel", false, "tussenvoegsels", "voorvoegsel", "voorvoegsels"),
    GIVEN_NAMES("voornamen", true, "voornaam", "roepnaam"),
    DATE_OF_BIRTH("geboortedatum", true, "gebdatum", "geboortedat", "datumgeboorte"),
    POSTCODE("postcode", false, "pc"),
    HOUSE_NUMBER("huisnummer", false, "huisnr", "nummer", "huisnummertoevoeging"),
    MUNICIPALITY("gemeente", true, "woongemeente", "gemeentenaam"),
    SCHOOL("school", false, "schoolnaam", "instelling", "onderwijsinstelling"),
    BRIN("brin", false, "brinnummer", "brincode"),
    /** One combined column "school/BRIN": a BRIN code goes to BRIN, anything else to school. */
    SCHOOL_OR_BRIN("school/brin", false, "schoolbrin", "brinschool"),
    COURSE("opleiding", false, "opleidingsnaam", "crebo", "opleidingcrebo"),
    DEREGISTERED_ON(
            "datum uitschrijving",
            true,
            "uitschrijfdatum",
            "datumuitschrijving",
            "uitschrijvingsdatum",
            "datumuitstroom"),
    CARE_PROVIDER("zorgaanbieder", false, "aanbieder", "jeugdhulpaanbieder", "instellingjeugdhulp"),
    CARE_ENDS_ON("einddatum zorg", true, "einddatum", "eindezorg", "einddatumjeugdhulp", "datumeindezorg"),
    REASON("reden", false, "redenuitschrijving", "redenuitval", "toelichting", "zorgvraag");

    private final String dutchName;
    private final boolean required;
    private final List<String> keys;

    ListImportColumn(String dutchName, boolean required, String... synonyms) {
        this.dutchName = dutchName;
        this.required = required;
        this.keys = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(dutchName), java.util.Arrays.stream(synonyms))
                .map(ListImportColumn::key)
                .toList();
    }

    /** The Dutch column name, as in the documentation and in reasons. */
    String dutchName() {
        return dutchName;
    }

    boolean required() {
        return required;
    }

    boolean matches(String headerKey) {
        return keys.contains(headerKey);
    }

    /** A header name compared without case, spaces and punctuation: "Datum uitschrijving " = "datumuitschrijving". */
    static String key(String header) {
        return Keys.NOT_LETTER_OR_DIGIT.matcher(header.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** Holder: enum constants are built before the enum's own static fields. */
    private static final class Keys {
        static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    }
}
