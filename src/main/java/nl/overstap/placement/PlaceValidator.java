package nl.overstap.placement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.overstap.assessment.Sector;
import nl.overstap.shared.Choices;
import nl.overstap.shared.DutchDates;
import nl.overstap.shared.DutchFormats;
import nl.overstap.shared.Municipality;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** Checks a typed place and turns it into values; every problem becomes a Dutch field error. */
final class PlaceValidator {

    static final int MAX_TITLE = 120;
    static final int MAX_DESCRIPTION = 2000;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private PlaceValidator() {}

    /** The checked place; blank optional fields are null. */
    record Values(
            @Nullable UUID organisationId,
            PlaceKind kind,
            Sector sector,
            String title,
            String description,
            @Nullable String postcode,
            Municipality municipality,
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
            int capacity) {}

    /**
     * @param chooseOrganisation the user enters the place on behalf of an organisation they choose
     * @param allowedKinds the kinds this user may offer (a school: training kinds only)
     * @param today null when editing: an existing place may keep a start date in the past
     */
    static @Nullable Values validate(
            PlaceForm form,
            Errors errors,
            boolean chooseOrganisation,
            Set<UUID> organisations,
            Set<PlaceKind> allowedKinds,
            @Nullable LocalDate today) {
        UUID organisation = null;
        if (chooseOrganisation) {
            organisation = uuid(form.organisationId());
            if (organisation == null || !organisations.contains(organisation)) {
                errors.rejectValue("organisationId", "placement.error.organisation.required");
                organisation = null;
            }
        }
        PlaceKind kind = Choices.parse(PlaceKind.class, form.kind()).orElse(null);
        if (kind == null) {
            errors.rejectValue("kind", "placement.error.kind.required");
        } else if (!allowedKinds.contains(kind)) {
            errors.rejectValue("kind", "placement.error.kind.training");
            kind = null;
        }
        Sector sector = Choices.parse(Sector.class, form.sector()).orElse(null);
        if (sector == null) {
            errors.rejectValue("sector", "placement.error.sector.required");
        }
        String title = trimToNull(form.title());
        if (title == null) {
            errors.rejectValue("title", "placement.error.title.required");
        } else if (title.length() > MAX_TITLE) {
            errors.rejectValue("title", "placement.error.title.tooLong");
        }
        String description = trimToNull(form.description());
        if (description == null) {
            errors.rejectValue("description", "placement.error.description.required");
        } else if (description.length() > MAX_DESCRIPTION) {
            errors.rejectValue("description", "placement.error.description.tooLong");
        }
        String postcode = null;
        String typedPostcode = trimToNull(form.postcode());
        if (typedPostcode != null) {
            postcode = normalisePostcode(typedPostcode);
            if (postcode == null) {
                errors.rejectValue("postcode", "placement.error.postcode.format");
            }
        }
        Municipality municipality =
                Choices.parse(Municipality.class, form.municipality()).orElse(null);
        if (municipality == null) {
            errors.rejectValue("municipality", "placement.error.municipality.required");
        }
        Integer hoursMin = hours(form.hoursMin(), "hoursMin", errors);
        Integer hoursMax = hours(form.hoursMax(), "hoursMax", errors);
        if (hoursMin != null && hoursMax != null && hoursMin > hoursMax) {
            errors.rejectValue("hoursMax", "placement.error.hours.order");
        }
        LocalDate startDate = null;
        String typedStart = trimToNull(form.startDate());
        if (typedStart != null) {
            startDate = DutchDates.parse(typedStart).orElse(null);
            if (startDate == null) {
                errors.rejectValue("startDate", "placement.error.startDate.format");
            } else if (today != null && startDate.isBefore(today)) {
                errors.rejectValue("startDate", "placement.error.startDate.past");
            }
        }
        Integer duration = optionalNumber(form.durationMonths(), 1, 60, "durationMonths", errors);
        Boolean startQualification = yesNo(form.requiresStartQualification(), "requiresStartQualification", errors);
        Integer minimumAge = optionalNumber(form.minimumAge(), 15, 30, "minimumAge", errors);
        Boolean licence = yesNo(form.requiresDrivingLicence(), "requiresDrivingLicence", errors);
        DutchLevel dutch = null;
        if (trimToNull(form.dutchLevel()) != null) {
            dutch = Choices.parse(DutchLevel.class, form.dutchLevel()).orElse(null);
            if (dutch == null) {
                errors.rejectValue("dutchLevel", "placement.error.dutchLevel.invalid");
            }
        }
        Boolean vog = yesNo(form.requiresConductCertificate(), "requiresConductCertificate", errors);
        Boolean mentor = yesNo(form.offersWorkplaceMentor(), "offersWorkplaceMentor", errors);
        Boolean jobCoach = yesNo(form.offersJobCoach(), "offersJobCoach", errors);
        Integer capacity = null;
        String typedCapacity = trimToNull(form.capacity());
        if (typedCapacity == null) {
            errors.rejectValue("capacity", "placement.error.capacity.required");
        } else if (!NUMBER.matcher(typedCapacity).matches() || Integer.parseInt(typedCapacity) < 1) {
            errors.rejectValue("capacity", "placement.error.capacity.range");
        } else {
            capacity = Integer.parseInt(typedCapacity);
        }
        if (errors.hasErrors()
                || kind == null
                || sector == null
                || title == null
                || description == null
                || municipality == null
                || hoursMin == null
                || hoursMax == null
                || startQualification == null
                || licence == null
                || vog == null
                || mentor == null
                || jobCoach == null
                || capacity == null) {
            return null;
        }
        return new Values(
                organisation,
                kind,
                sector,
                title,
                description,
                postcode,
                municipality,
                hoursMin,
                hoursMax,
                startDate,
                duration,
                startQualification,
                minimumAge,
                licence,
                dutch,
                vog,
                mentor,
                jobCoach,
                capacity);
    }

    /** The form of a stored place, for editing. */
    static PlaceForm formOf(Place place) {
        return new PlaceForm(
                place.organisationId().toString(),
                place.kind().name(),
                place.sector().name(),
                place.title(),
                place.description(),
                place.postcode(),
                place.municipality().name(),
                Integer.toString(place.hoursMin()),
                Integer.toString(place.hoursMax()),
                place.startDate() == null ? null : place.startDate().format(DUTCH),
                place.durationMonths() == null ? null : place.durationMonths().toString(),
                yesNo(place.requiresStartQualification()),
                place.minimumAge() == null ? null : place.minimumAge().toString(),
                yesNo(place.requiresDrivingLicence()),
                place.dutchLevel() == null ? null : place.dutchLevel().name(),
                yesNo(place.requiresConductCertificate()),
                yesNo(place.offersWorkplaceMentor()),
                yesNo(place.offersJobCoach()),
                Integer.toString(place.capacity()),
                Integer.toString(place.version()));
    }

    /** "1234 AB" for any accepted spelling ("1234ab", "1234 ab"); null when it is no postcode. */
    static @Nullable String normalisePostcode(String input) {
        return DutchFormats.postcode(input).orElse(null);
    }

    private static @Nullable Integer hours(@Nullable String input, String field, Errors errors) {
        String value = trimToNull(input);
        if (value == null) {
            errors.rejectValue(field, "placement.error." + field + ".required");
            return null;
        }
        if (!NUMBER.matcher(value).matches()) {
            errors.rejectValue(field, "placement.error.hours.range");
            return null;
        }
        int hours = Integer.parseInt(value);
        if (hours < 1 || hours > 40) {
            errors.rejectValue(field, "placement.error.hours.range");
            return null;
        }
        return hours;
    }

    private static @Nullable Integer optionalNumber(
            @Nullable String input, int min, int max, String field, Errors errors) {
        String value = trimToNull(input);
        if (value == null) {
            return null;
        }
        if (!NUMBER.matcher(value).matches() || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            errors.rejectValue(field, "placement.error." + field + ".range");
            return null;
        }
        return Integer.parseInt(value);
    }

    private static @Nullable Boolean yesNo(@Nullable String input, String field, Errors errors) {
        if ("yes".equals(input)) {
            return Boolean.TRUE;
        }
        if ("no".equals(input)) {
            return Boolean.FALSE;
        }
        errors.rejectValue(field, "placement.error.yesNo.required");
        return null;
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static @Nullable String trimToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
