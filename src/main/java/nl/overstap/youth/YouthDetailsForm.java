package nl.overstap.youth;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A correction of a youth's details as typed: every correctable field (the BSN is not one of them)
 * plus the reason. Strings, so nothing is lost when the form comes back with errors. An unticked
 * marker arrives as null and means "no".
 */
public record YouthDetailsForm(
        @Nullable String givenNames,
        @Nullable String familyName,
        @Nullable String preferredName,
        @Nullable String dateOfBirth,
        @Nullable String municipality,
        @Nullable String postcode,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String educationStatus,
        @Nullable String startQualification,
        @Nullable Boolean youthCareHistory,
        @Nullable Boolean mildIntellectualDisability,
        @Nullable Boolean nonIntellectualDisability,
        @Nullable Boolean multiProblem,
        @Nullable Boolean justiceContact,
        @Nullable String reason) {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT);

    /** The form filled with the stored values (as kept in the history), without a reason. */
    static YouthDetailsForm of(Map<YouthCorrectionField, @Nullable String> stored) {
        String birth = stored.get(YouthCorrectionField.DATE_OF_BIRTH);
        return new YouthDetailsForm(
                stored.get(YouthCorrectionField.GIVEN_NAMES),
                stored.get(YouthCorrectionField.FAMILY_NAME),
                stored.get(YouthCorrectionField.PREFERRED_NAME),
                birth == null ? null : LocalDate.parse(birth).format(DUTCH_DATE),
                stored.get(YouthCorrectionField.MUNICIPALITY),
                stored.get(YouthCorrectionField.POSTCODE),
                stored.get(YouthCorrectionField.PHONE),
                stored.get(YouthCorrectionField.EMAIL),
                stored.get(YouthCorrectionField.EDUCATION_STATUS),
                stored.get(YouthCorrectionField.START_QUALIFICATION),
                Boolean.valueOf(stored.get(YouthCorrectionField.YOUTH_CARE_HISTORY)),
                Boolean.valueOf(stored.get(YouthCorrectionField.MILD_INTELLECTUAL_DISABILITY)),
                Boolean.valueOf(stored.get(YouthCorrectionField.NON_INTELLECTUAL_DISABILITY)),
                Boolean.valueOf(stored.get(YouthCorrectionField.MULTI_PROBLEM)),
                Boolean.valueOf(stored.get(YouthCorrectionField.JUSTICE_CONTACT)),
                null);
    }
}
