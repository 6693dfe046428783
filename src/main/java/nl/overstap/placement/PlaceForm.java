package nl.overstap.placement;

import org.jspecify.annotations.Nullable;

/**
 * A place as typed: strings, so nothing is lost when the form comes back with errors. Yes/no
 * questions are "yes" or "no"; {@code organisationId} is only asked of coaches and coordinators,
 * who enter a place on an employer's or school's behalf; {@code version} is the version the form
 * was read at (optimistic locking).
 */
public record PlaceForm(
        @Nullable String organisationId,
        @Nullable String kind,
        @Nullable String sector,
        @Nullable String title,
        @Nullable String description,
        @Nullable String postcode,
        @Nullable String municipality,
        @Nullable String hoursMin,
        @Nullable String hoursMax,
        @Nullable String startDate,
        @Nullable String durationMonths,
        @Nullable String requiresStartQualification,
        @Nullable String minimumAge,
        @Nullable String requiresDrivingLicence,
        @Nullable String dutchLevel,
        @Nullable String requiresConductCertificate,
        @Nullable String offersWorkplaceMentor,
        @Nullable String offersJobCoach,
        @Nullable String capacity,
        @Nullable String version) {

    /** The empty form for a new place: no requirements and no support until the user says so. */
    public static PlaceForm empty() {
        return new PlaceForm(
                null, null, null, null, null, null, null, null, null, null, null, "no", null, "no", null, "no", "no",
                "no", "1", null);
    }
}
