package nl.overstap.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.overstap.assessment.Sector;
import nl.overstap.shared.Municipality;
import org.jspecify.annotations.Nullable;

/**
 * A place as stored, with the names of its organisation and of who entered it.
 *
 * @param onBehalf true when the account that entered the place belongs to another organisation
 *     (a coach or coordinator who entered it for the employer or school)
 */
public record Place(
        UUID id,
        UUID organisationId,
        String organisationName,
        String region,
        PlaceKind kind,
        Sector sector,
        String title,
        String description,
        @Nullable String postcode,
        Municipality municipality,
        @Nullable Double latitude,
        @Nullable Double longitude,
        int hoursMin,
        int hoursMax,
        @Nullable LocalDate startDate,
        @Nullable Integer durationMonths,
        boolean requiresStartQualification,
        @Nullable Integer minimumAge,
        boolean requiresDrivingLicence,
        @Nullable DutchLevel dutchLevel,
        boolean requiresConductCertificate,
        boolean offersWorkplaceMentor,
        boolean offersJobCoach,
        int capacity,
        boolean open,
        String createdByName,
        boolean onBehalf,
        @Nullable String updatedByName,
        Instant updatedAt,
        int version) {

    /** Kinds a school (a partner of an education organisation) offers. */
    public static boolean isTrainingKind(PlaceKind kind) {
        return kind == PlaceKind.TRAINING || kind == PlaceKind.BBL || kind == PlaceKind.INTERNSHIP;
    }
}
