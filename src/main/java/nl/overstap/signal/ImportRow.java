package nl.overstap.signal;

import java.time.LocalDate;
import nl.overstap.shared.Municipality;
import nl.overstap.youth.Bsn;
import org.jspecify.annotations.Nullable;

/**
 * A list row that passed validation, with its values parsed and normalised.
 *
 * @param line the line in the file where the row starts
 * @param familyName the family name with its infix in front ("de Vries"), as shown
 * @param eventDate when the youth left school (RMC/DUO) or when youth care ends (18-/18+)
 * @param reporter who reported it: the care provider on a youth-care list, otherwise null
 */
record ImportRow(
        int line,
        @Nullable Bsn bsn,
        String familyName,
        String givenNames,
        LocalDate dateOfBirth,
        @Nullable String postcode,
        @Nullable String houseNumber,
        Municipality municipality,
        @Nullable String school,
        @Nullable String brin,
        @Nullable String course,
        LocalDate eventDate,
        @Nullable String reporter,
        @Nullable String reason,
        Urgency urgency) {

    /**
     * The key for "the same person" without a BSN: the family name with its infix, without accents,
     * case, spaces and punctuation ("de Vries" = "De-Vries" = "DEVRIES"), the first letter of the given
     * names and the date of birth.
     */
    String nameKey() {
        return nameKey(familyName, givenNames, dateOfBirth);
    }

    static String nameKey(String familyName, String givenNames, LocalDate dateOfBirth) {
        String given = ImportMunicipalities.normalise(givenNames);
        return ImportMunicipalities.normalise(familyName) + "|" + (given.isEmpty() ? "" : given.substring(0, 1)) + "|"
                + dateOfBirth;
    }
}
