package nl.overstap.youth;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.overstap.shared.DataCategory;
import org.jspecify.annotations.Nullable;

/**
 * The details of a youth a coach can correct, each with its column in {@code youth} (also the name
 * in the correction history) and its data category. The BSN is deliberately not one of them.
 * Values travel as text: dates ISO ({@code 2007-03-07}), choices by enum name, markers
 * {@code true}/{@code false}.
 */
public enum YouthCorrectionField {
    /** Given names (voornamen). */
    GIVEN_NAMES("given_names", DataCategory.BASIC, null, false),
    /** Family name, with prefix (tussenvoegsel). */
    FAMILY_NAME("family_name", DataCategory.BASIC, null, false),
    /** The name the youth uses (roepnaam); optional. */
    PREFERRED_NAME("preferred_name", DataCategory.BASIC, null, false),
    /** Date of birth. */
    DATE_OF_BIRTH("date_of_birth", DataCategory.BASIC, null, true),
    /** Municipality of residence. */
    MUNICIPALITY("municipality", DataCategory.BASIC, "municipality", false),
    /** Dutch postcode, normalised to {@code 1234 AB}; optional. */
    POSTCODE("postcode", DataCategory.CONTACT_DETAILS, null, false),
    /** Phone number; optional. */
    PHONE("phone", DataCategory.CONTACT_DETAILS, null, false),
    /** E-mail address; optional. */
    EMAIL("email", DataCategory.CONTACT_DETAILS, null, false),
    /** Where the youth stands with education. */
    EDUCATION_STATUS("education_status", DataCategory.SITUATION, "educationStatus", false),
    /** Whether the youth has a start qualification. */
    START_QUALIFICATION("start_qualification", DataCategory.SITUATION, "startQualification", false),
    /** Marker: history in youth care. */
    YOUTH_CARE_HISTORY("youth_care_history", DataCategory.SITUATION, "details.marker", false),
    /** Marker: mild intellectual disability (LVB). */
    MILD_INTELLECTUAL_DISABILITY("mild_intellectual_disability", DataCategory.SITUATION, "details.marker", false),
    /** Marker: another, non-intellectual disability. */
    NON_INTELLECTUAL_DISABILITY("non_intellectual_disability", DataCategory.SITUATION, "details.marker", false),
    /** Marker: multiple problems at once. */
    MULTI_PROBLEM("multi_problem", DataCategory.SITUATION, "details.marker", false),
    /** Marker: contact with the justice system. */
    JUSTICE_CONTACT("justice_contact", DataCategory.SITUATION, "details.marker", false);

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT);

    private final String column;
    private final DataCategory category;
    private final @Nullable String messagePrefix;
    private final boolean date;

    YouthCorrectionField(String column, DataCategory category, @Nullable String messagePrefix, boolean date) {
        this.column = column;
        this.category = category;
        this.messagePrefix = messagePrefix;
        this.date = date;
    }

    /** The column in {@code youth}, and the field name stored in {@code youth_change}. */
    public String column() {
        return column;
    }

    public DataCategory category() {
        return category;
    }

    /** How a stored value is shown: either a message key (choices, markers, none) or plain text. */
    public record Shown(@Nullable String key, @Nullable String text) {}

    public Shown shown(@Nullable String value) {
        if (value == null) {
            return new Shown("value.none", null);
        }
        if (messagePrefix != null) {
            return new Shown(messagePrefix + "." + value, null);
        }
        return new Shown(null, date ? LocalDate.parse(value).format(DUTCH_DATE) : value);
    }

    static YouthCorrectionField ofColumn(String column) {
        for (YouthCorrectionField field : values()) {
            if (field.column.equals(column)) {
                return field;
            }
        }
        throw new IllegalArgumentException("not a correctable field");
    }
}
