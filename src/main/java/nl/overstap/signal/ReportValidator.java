package nl.overstap.signal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.overstap.shared.Choices;
import nl.overstap.shared.DutchDates;
import nl.overstap.shared.DutchFormats;
import nl.overstap.shared.Municipality;
import nl.overstap.youth.AgePolicy;
import nl.overstap.youth.Bsn;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * Positive validation of a reported signal, with a Dutch message per field. Only the source, urgency,
 * reason, family name and municipality are required: the rest of the youth's details as far as known.
 */
final class ReportValidator {

    static final int MAX_REASON = 2000;
    static final int MAX_NAME = 100;
    private static final Pattern HOUSE_NUMBER = Pattern.compile("[1-9]\\d{0,4}(\\s?[A-Za-z]{1,2}|\\s?-\\s?\\w{1,4})?");

    private ReportValidator() {}

    /** The report as checked values; present only when there were no errors. */
    record Report(
            SignalSource source,
            Urgency urgency,
            String reason,
            @Nullable String givenNames,
            String familyName,
            @Nullable LocalDate dateOfBirth,
            Municipality municipality,
            @Nullable String postcode,
            @Nullable String houseNumber,
            @Nullable String phone,
            @Nullable String email,
            @Nullable Bsn bsn) {}

    static Optional<Report> validate(SignalForm form, LocalDate today, Errors errors) {
        Optional<SignalSource> source = Choices.parse(SignalSource.class, form.source());
        if (source.isEmpty()) {
            errors.rejectValue("source", "signal.error.source.required");
        }
        Optional<Urgency> urgency = Choices.parse(Urgency.class, form.urgency());
        if (urgency.isEmpty()) {
            errors.rejectValue("urgency", "signal.error.urgency.required");
        }
        if (blank(form.reason())) {
            errors.rejectValue("reason", "signal.error.reason.required");
        } else if (form.reason().strip().length() > MAX_REASON) {
            errors.rejectValue("reason", "signal.error.reason.tooLong");
        }
        if (!blank(form.givenNames()) && form.givenNames().strip().length() > MAX_NAME) {
            errors.rejectValue("givenNames", "signal.error.name.tooLong");
        }
        if (blank(form.familyName())) {
            errors.rejectValue("familyName", "signal.error.familyName.required");
        } else if (form.familyName().strip().length() > MAX_NAME) {
            errors.rejectValue("familyName", "signal.error.name.tooLong");
        }
        Optional<LocalDate> birth = DutchDates.parse(form.dateOfBirth());
        if (!blank(form.dateOfBirth())) {
            if (birth.isEmpty()) {
                errors.rejectValue("dateOfBirth", "signal.error.dateOfBirth.format");
            } else {
                switch (AgePolicy.atRegistration(birth.get(), today)) {
                    case IN_FUTURE -> errors.rejectValue("dateOfBirth", "signal.error.dateOfBirth.future");
                    case TOO_YOUNG, TOO_OLD -> errors.rejectValue("dateOfBirth", "signal.error.dateOfBirth.age");
                    case ALLOWED -> {}
                }
            }
        }
        Optional<Municipality> municipality = Choices.parse(Municipality.class, form.municipality());
        if (municipality.isEmpty()) {
            errors.rejectValue("municipality", "signal.error.municipality.required");
        }
        Optional<String> postcode = postcode(form.postcode());
        if (!blank(form.postcode()) && postcode.isEmpty()) {
            errors.rejectValue("postcode", "signal.error.postcode.format");
        }
        if (!blank(form.houseNumber())
                && !HOUSE_NUMBER.matcher(form.houseNumber().strip()).matches()) {
            errors.rejectValue("houseNumber", "signal.error.houseNumber.format");
        }
        if (!blank(form.phone()) && !DutchFormats.isPhone(form.phone())) {
            errors.rejectValue("phone", "signal.error.phone.format");
        }
        if (!blank(form.email()) && !DutchFormats.isEmail(form.email())) {
            errors.rejectValue("email", "signal.error.email.format");
        }
        Optional<Bsn> bsn = blank(form.bsn()) ? Optional.empty() : Bsn.parse(form.bsn());
        if (!blank(form.bsn()) && bsn.isEmpty()) {
            errors.rejectValue("bsn", "signal.error.bsn.invalid");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Report(
                source.orElseThrow(),
                urgency.orElseThrow(),
                form.reason().strip(),
                trim(form.givenNames()),
                form.familyName().strip(),
                birth.orElse(null),
                municipality.orElseThrow(),
                postcode.orElse(null),
                trim(form.houseNumber()),
                trim(form.phone()),
                trim(form.email()),
                bsn.orElse(null)));
    }

    static Optional<String> postcode(@Nullable String input) {
        return DutchFormats.postcode(input);
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    static @Nullable String trim(@Nullable String value) {
        return blank(value) ? null : value.strip();
    }
}
