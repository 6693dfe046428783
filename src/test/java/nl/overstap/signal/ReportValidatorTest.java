package nl.overstap.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.springframework.validation.MapBindingResult;

/** The report form's positive validation: one Dutch message key per field. */
class ReportValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static SignalForm form(String dateOfBirth, String bsn, String postcode) {
        return new SignalForm(
                "SCHOOL",
                "NORMAL",
                "Zorg",
                "Sanne",
                "de Vries",
                dateOfBirth,
                "DELFT",
                postcode,
                "12A",
                null,
                null,
                bsn);
    }

    static MapBindingResult errors() {
        return new MapBindingResult(new HashMap<>(), "signalForm");
    }

    @Test
    void acceptsTheMinimumAndNormalisesThePostcode() {
        var errors = errors();
        var report = ReportValidator.validate(
                new SignalForm("SCHOOL", "HIGH", " Zorg ", null, "Bakker", null, "DELFT", null, null, null, null, null),
                TODAY,
                errors);
        assertThat(errors.hasErrors()).isFalse();
        assertThat(report.orElseThrow().postcode()).isNull();
        assertThat(ReportValidator.validate(form("14-03-2007", "", "2611ab"), TODAY, errors())
                        .orElseThrow()
                        .postcode())
                .isEqualTo("2611 AB");
    }

    @Test
    void rejectsImpossibleDatesAgesOutsideTheTargetGroupAndBadBsn() {
        var errors = errors();
        assertThat(ReportValidator.validate(form("31-02-2007", "123456789", "26111"), TODAY, errors))
                .isEmpty();
        assertThat(errors.getFieldError("dateOfBirth").getCode()).isEqualTo("signal.error.dateOfBirth.format");
        assertThat(errors.getFieldError("bsn").getCode()).isEqualTo("signal.error.bsn.invalid");
        assertThat(errors.getFieldError("postcode").getCode()).isEqualTo("signal.error.postcode.format");

        var young = errors();
        ReportValidator.validate(form("24-11-2010", "", ""), TODAY, young);
        assertThat(young.getFieldError("dateOfBirth").getCode()).isEqualTo("signal.error.dateOfBirth.age");
        var old = errors();
        ReportValidator.validate(form("23-11-1998", "", ""), TODAY, old);
        assertThat(old.getFieldError("dateOfBirth").getCode()).isEqualTo("signal.error.dateOfBirth.age");
        var exactly27 = errors();
        ReportValidator.validate(form("24-11-1998", "", ""), TODAY, exactly27);
        assertThat(exactly27.hasErrors()).isFalse();
    }

    @Test
    void keepsTheBsnLeadingZero() {
        var errors = errors();
        var report = ReportValidator.validate(form("", "012.345.672", ""), TODAY, errors);
        assertThat(errors.hasErrors()).as(errors.toString()).isFalse();
        assertThat(report.orElseThrow().bsn().masked()).isEqualTo("*****5672");
    }

    @Test
    void requiresSourceUrgencyReasonFamilyNameAndMunicipality() {
        var errors = errors();
        ReportValidator.validate(
                new SignalForm(null, "", " ", "Sanne", "", null, "NOWHERE", null, null, "12", "geen-mail", null),
                TODAY,
                errors);
        assertThat(errors.getFieldErrors().stream().map(e -> e.getField()))
                .containsExactlyInAnyOrder(
                        "source", "urgency", "reason", "familyName", "municipality", "phone", "email");
    }
}
