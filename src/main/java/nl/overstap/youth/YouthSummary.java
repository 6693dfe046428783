package nl.overstap.youth;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A youth as shown in lists, search results and duplicate warnings. */
public record YouthSummary(
        UUID id,
        String givenNames,
        String familyName,
        @Nullable String preferredName,
        LocalDate dateOfBirth,
        String municipality,
        @Nullable String maskedBsn) {

    public String displayName() {
        return (preferredName != null ? preferredName : givenNames) + " " + familyName;
    }
}
