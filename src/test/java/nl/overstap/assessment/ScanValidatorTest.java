package nl.overstap.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class ScanValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Test
    void acceptsACompleteScanWithUnknownScores() {
        ScanForm form = complete("15-06-2026");
        form.getScores().get(12).setScore("UNKNOWN");
        form.setInterests(List.of("ICT", "green"));
        form.setTalents("  Goed met computers ");
        Errors errors = errors(form);

        ScanValidator.Values values = ScanValidator.validate(form, errors, TODAY);

        assertThat(errors.getAllErrors()).isEmpty();
        assertThat(values).isNotNull();
        assertThat(values.scores()).hasSize(13);
        assertThat(values.scores().get(0).domain()).isEqualTo(LifeDomain.FINANCES);
        assertThat(values.scores().get(0).score()).isEqualTo(3);
        assertThat(values.scores().get(12).score()).isNull();
        assertThat(values.interests()).containsExactly(Sector.ICT, Sector.GREEN);
        assertThat(values.talents()).isEqualTo("Goed met computers");
    }

    @Test
    void refusesAScanDateInTheFutureOrMoreThanAYearBack() {
        assertThat(fieldErrorCode(complete("16-06-2026"), "scanDate")).isEqualTo("scan.error.scanDate.future");
        assertThat(fieldErrorCode(complete("14-06-2025"), "scanDate")).isEqualTo("scan.error.scanDate.tooOld");
        assertThat(fieldErrorCode(complete("15-06-2025"), "scanDate")).isNull();
        assertThat(fieldErrorCode(complete("31-02-2026"), "scanDate")).isEqualTo("scan.error.scanDate.format");
        assertThat(fieldErrorCode(complete(" "), "scanDate")).isEqualTo("scan.error.scanDate.required");
    }

    @Test
    void everyDomainNeedsAScoreOrUnknown() {
        ScanForm form = complete("01-06-2026");
        form.getScores().get(1).setScore(null);
        form.getScores().get(2).setScore("7");

        assertThat(fieldErrorCode(form, "scores[1].score")).isEqualTo("scan.error.score.required");
        assertThat(fieldErrorCode(form, "scores[2].score")).isEqualTo("scan.error.score.required");
        assertThat(fieldErrorCode(form, "scores[0].score")).isNull();
    }

    @Test
    void theYouthTakesPartInTheirOwnScan() {
        ScanForm form = complete("01-06-2026");
        form.setParticipants(List.of("NETWORK"));
        assertThat(fieldErrorCode(form, "participants")).isEqualTo("scan.error.participants.youth");

        form.setParticipants(List.of("YOUTH", "NOBODY"));
        assertThat(fieldErrorCode(form, "participants")).isEqualTo("scan.error.participants.unknown");
    }

    @Test
    void refusesUnknownSectorsAndTooLongTexts() {
        ScanForm form = complete("01-06-2026");
        form.setInterests(List.of("ASTRONAUT"));
        form.getScores().get(0).setNeeded("x".repeat(ScanValidator.MAX_DOMAIN_TEXT + 1));
        form.setWishes("y".repeat(ScanValidator.MAX_TEXT + 1));

        assertThat(fieldErrorCode(form, "interests")).isEqualTo("scan.error.interests.unknown");
        assertThat(fieldErrorCode(form, "scores[0].needed")).isEqualTo("scan.error.text.tooLong");
        assertThat(fieldErrorCode(form, "wishes")).isEqualTo("scan.error.text.tooLong");
    }

    @Test
    void aShortFormIsCompletedToThirteenDomains() {
        ScanForm form = new ScanForm();
        form.setScanDate("01-06-2026");
        form.setParticipants(List.of("YOUTH"));
        Errors errors = errors(form);

        assertThat(ScanValidator.validate(form, errors, TODAY)).isNull();
        assertThat(form.getScores()).hasSize(13);
        assertThat(errors.getFieldErrorCount()).isEqualTo(13);
    }

    private static String fieldErrorCode(ScanForm form, String field) {
        Errors errors = errors(form);
        ScanValidator.validate(form, errors, TODAY);
        return errors.getFieldError(field) == null
                ? null
                : errors.getFieldError(field).getCode();
    }

    static ScanForm complete(String date) {
        ScanForm form = ScanForm.empty(date);
        for (ScanForm.Entry entry : form.getScores()) {
            entry.setScore("3");
        }
        return form;
    }

    private static Errors errors(ScanForm form) {
        return new BeanPropertyBindingResult(form, "scanForm");
    }
}
