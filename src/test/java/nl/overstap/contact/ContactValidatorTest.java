package nl.overstap.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.overstap.contact.ContactValidator.Values;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

class ContactValidatorTest {

    /** Sunday 15 March 2026, 13:00 in Amsterdam (winter time, UTC+1). */
    private static final Instant NOW = Instant.parse("2026-03-15T12:00:00Z");

    private static final ContactForm VALID =
            new ContactForm("15-03-2026", "10:30", "phone", "youth", "", "30", "  Gesprek over stage  ");

    private static Errors errorsFor(ContactForm form) {
        return new BeanPropertyBindingResult(form, "contactForm");
    }

    private static Errors validate(ContactForm form) {
        Errors errors = errorsFor(form);
        ContactValidator.validate(form, NOW, errors);
        return errors;
    }

    /** The codes of the errors on {@code field}, in order. */
    private static String[] codesOn(ContactForm form, String field) {
        return validate(form).getFieldErrors(field).stream()
                .map(FieldError::getCode)
                .toArray(String[]::new);
    }

    private static ContactForm withDate(String date, String time) {
        return new ContactForm(date, time, "phone", "youth", "", "30", null);
    }

    private static ContactForm withChannel(String channel, @Nullable String reached) {
        return new ContactForm("15-03-2026", "10:30", channel, "youth", reached, null, null);
    }

    private static ContactForm withDuration(@Nullable String minutes) {
        return new ContactForm("15-03-2026", "10:30", "phone", "youth", "", minutes, null);
    }

    private static ContactForm withNote(@Nullable String note) {
        return new ContactForm("15-03-2026", "10:30", "phone", "youth", "", null, note);
    }

    private static ContactForm withTime(@Nullable String time) {
        return new ContactForm("15-03-2026", time, "phone", "youth", "", null, null);
    }

    @Test
    void turnsAValidFormIntoValues() {
        Errors errors = errorsFor(VALID);

        Values values = ContactValidator.validate(VALID, NOW, errors);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(values)
                .isEqualTo(new Values(
                        Instant.parse("2026-03-15T09:30:00Z"),
                        Channel.PHONE,
                        Counterpart.YOUTH,
                        null,
                        30,
                        "Gesprek over stage"));
    }

    @Test
    void readsTheTimeInAmsterdamSummerTime() {
        ContactForm form = withDate("15-07-2025", "10:00");

        Values values = ContactValidator.validate(form, NOW, errorsFor(form));

        assertThat(values).isNotNull();
        assertThat(values.occurredAt()).isEqualTo(Instant.parse("2025-07-15T08:00:00Z"));
    }

    @Test
    void acceptsAnIsoDateAndATimeWithADot() {
        ContactForm form = withDate("2026-03-15", "9.05");

        Values values = ContactValidator.validate(form, NOW, errorsFor(form));

        assertThat(values).isNotNull();
        assertThat(values.occurredAt()).isEqualTo(Instant.parse("2026-03-15T08:05:00Z"));
    }

    @Test
    void returnsNoValuesWhenSomethingIsWrong() {
        ContactForm form = withDate("16-03-2026", "10:00");

        assertThat(ContactValidator.validate(form, NOW, errorsFor(form))).isNull();
    }

    @Test
    void refusesAContactInTheFuture() {
        assertThat(codesOn(withDate("16-03-2026", "10:00"), "date")).containsExactly("contact.error.date.future");
        assertThat(codesOn(withDate("15-03-2026", "13:02"), "date")).containsExactly("contact.error.date.future");
    }

    @Test
    void allowsAClockThatRunsAMinuteAhead() {
        assertThat(validate(withDate("15-03-2026", "13:01")).hasErrors()).isFalse();
    }

    @Test
    void refusesAContactMoreThanAYearAgo() {
        assertThat(codesOn(withDate("13-03-2025", "10:00"), "date")).containsExactly("contact.error.date.tooOld");
        assertThat(codesOn(withDate("15-03-2020", "10:00"), "date")).containsExactly("contact.error.date.tooOld");
    }

    @Test
    void allowsAContactAlmostAYearAgo() {
        assertThat(validate(withDate("16-03-2025", "10:00")).hasErrors()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"15/03/2026", "15.03.2026", "2026-03-15"})
    void acceptsTheDateFormatsOfTheOtherForms(String date) {
        assertThat(validate(withDate(date, "10:00")).hasErrors()).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"31-02-2026", "15 maart 2026", "2026-13-01", "15-03-26"})
    void refusesABadDate(@Nullable String date) {
        assertThat(codesOn(new ContactForm(date, "10:30", "phone", "youth", "", null, null), "date"))
                .containsExactly("contact.error.date.format");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"25:00", "10:60", "1030", "10:5", "half elf", "10:30:15"})
    void refusesABadTimeFormat(@Nullable String time) {
        assertThat(codesOn(withTime(time), "time")).containsExactly("contact.error.time.format");
    }

    @Test
    void refusesAnOutreachAttemptWithoutReached() {
        assertThat(codesOn(withChannel("outreach_attempt", ""), "reached"))
                .containsExactly("contact.error.reached.required");
        assertThat(codesOn(withChannel("OUTREACH_ATTEMPT", null), "reached"))
                .containsExactly("contact.error.reached.required");
    }

    @Test
    void recordsWhetherAnOutreachAttemptReachedTheYouth() {
        ContactForm reached = withChannel("OUTREACH_ATTEMPT", "yes");
        ContactForm notReached = withChannel("OUTREACH_ATTEMPT", "no");

        assertThat(ContactValidator.validate(reached, NOW, errorsFor(reached)).reached())
                .isTrue();
        assertThat(ContactValidator.validate(notReached, NOW, errorsFor(notReached))
                        .reached())
                .isFalse();
    }

    @Test
    void doesNotAskReachedForOtherChannels() {
        assertThat(validate(withChannel("HOME_VISIT", "")).hasErrors()).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"fax", "PHONE_CALL"})
    void requiresAKnownChannel(@Nullable String channel) {
        assertThat(codesOn(withChannel(channel, ""), "channel")).containsExactly("contact.error.channel.required");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"mother", "PARENT"})
    void requiresAKnownCounterpart(@Nullable String counterpart) {
        ContactForm form = new ContactForm("15-03-2026", "10:30", "phone", counterpart, "", null, null);

        assertThat(codesOn(form, "counterpart")).containsExactly("contact.error.counterpart.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1441", "999999999999", "half uur", "1.5"})
    void refusesADurationOutsideZeroToOneDay(String minutes) {
        assertThat(codesOn(withDuration(minutes), "durationMinutes")).containsExactly("contact.error.duration.range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1440", " 45 "})
    void acceptsADurationFromZeroToOneDay(String minutes) {
        ContactForm form = withDuration(minutes);

        Values values = ContactValidator.validate(form, NOW, errorsFor(form));

        assertThat(values).isNotNull();
        assertThat(values.durationMinutes()).isEqualTo(Integer.valueOf(minutes.trim()));
    }

    @Test
    void leavesTheDurationOutWhenBlank() {
        ContactForm form = withDuration("  ");

        assertThat(ContactValidator.validate(form, NOW, errorsFor(form)).durationMinutes())
                .isNull();
    }

    @Test
    void refusesANoteLongerThanTheMaximum() {
        assertThat(codesOn(withNote("x".repeat(ContactValidator.MAX_NOTE + 1)), "note"))
                .containsExactly("contact.error.note.tooLong");
    }

    @Test
    void acceptsANoteOfTheMaximumLengthPlusSurroundingSpace() {
        ContactForm form = withNote("  " + "x".repeat(ContactValidator.MAX_NOTE) + "\n");

        Values values = ContactValidator.validate(form, NOW, errorsFor(form));

        assertThat(values).isNotNull();
        assertThat(values.note()).hasSize(ContactValidator.MAX_NOTE);
    }

    @Test
    void leavesABlankNoteOut() {
        ContactForm form = withNote(" \n ");

        assertThat(ContactValidator.validate(form, NOW, errorsFor(form)).note()).isNull();
    }

    @Test
    void reportsEveryProblemAtOnce() {
        ContactForm form = new ContactForm("", "", "", "", "", "-5", "x".repeat(ContactValidator.MAX_NOTE + 1));

        Errors errors = validate(form);

        assertThat(errors.getFieldErrors())
                .extracting(FieldError::getField)
                .containsExactly("date", "time", "channel", "counterpart", "durationMinutes", "note");
    }

    @Test
    void formOfShowsTheValuesAsTyped() {
        Values values = new Values(
                Instant.parse("2025-07-15T08:05:00Z"), Channel.HOME_VISIT, Counterpart.NETWORK, true, 45, "Bij oma");

        assertThat(ContactValidator.formOf(values))
                .isEqualTo(new ContactForm("15-07-2025", "10:05", "HOME_VISIT", "NETWORK", "yes", "45", "Bij oma"));
    }

    @Test
    void formOfLeavesUnknownValuesEmpty() {
        Values values = new Values(NOW, Channel.PHONE, Counterpart.YOUTH, null, null, null);

        assertThat(ContactValidator.formOf(values))
                .isEqualTo(new ContactForm("15-03-2026", "13:00", "PHONE", "YOUTH", "", "", null));
    }

    @Test
    void formOfRoundTripsThroughValidation() {
        for (Values original : new Values[] {
            new Values(Instant.parse("2026-03-15T09:30:00Z"), Channel.PHONE, Counterpart.YOUTH, null, 30, "Gesprek"),
            new Values(
                    Instant.parse("2025-07-15T08:05:00Z"),
                    Channel.OUTREACH_ATTEMPT,
                    Counterpart.YOUTH,
                    false,
                    null,
                    null),
            new Values(Instant.parse("2026-01-02T23:59:00Z"), Channel.EMAIL, Counterpart.PARTNER, true, 0, "Mail")
        }) {
            ContactForm form = ContactValidator.formOf(original);
            Errors errors = errorsFor(form);

            assertThat(ContactValidator.validate(form, NOW, errors)).isEqualTo(original);
            assertThat(errors.hasErrors()).isFalse();
        }
    }
}
