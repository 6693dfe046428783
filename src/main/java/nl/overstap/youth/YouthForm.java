package nl.overstap.youth;

import org.jspecify.annotations.Nullable;

/**
 * Everything a coach types to register a youth, as typed: strings, so nothing is lost when the
 * form comes back with errors.
 */
public record YouthForm(
        @Nullable String givenNames,
        @Nullable String familyName,
        @Nullable String preferredName,
        @Nullable String dateOfBirth,
        @Nullable String municipality,
        @Nullable String postcode,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String bsn,
        @Nullable String educationStatus,
        @Nullable String startQualification,
        @Nullable Boolean youthCareHistory,
        @Nullable Boolean mildIntellectualDisability,
        @Nullable Boolean nonIntellectualDisability,
        @Nullable Boolean multiProblem,
        @Nullable Boolean justiceContact,
        @Nullable Boolean confirmDuplicate) {

    public static YouthForm empty() {
        return new YouthForm(
                null, null, null, null, null, null, null, null, null, null, "UNKNOWN", null, null, null, null, null,
                null);
    }

    static boolean isTrue(@Nullable Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
