package nl.overstap.contact;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** Checks a typed contact and turns it into values; every problem becomes a field error. */
final class ContactValidator {

    static final ZoneId ZONE = nl.overstap.shared.DutchTime.ZONE;
    static final int MAX_NOTE = 2000;

    private ContactValidator() {}

    /** The parsed contact. */
    record Values(
            Instant occurredAt,
            Channel channel,
            Counterpart counterpart,
            @Nullable Boolean reached,
            @Nullable Integer durationMinutes,
            @Nullable String note) {}

    static @Nullable Values validate(ContactForm form, Instant now, Errors errors) {
        LocalDate date = parseDate(form.date());
        if (date == null) {
            errors.rejectValue("date", "contact.error.date.format");
        }
        LocalTime time = parseTime(form.time());
        if (time == null) {
            errors.rejectValue("time", "contact.error.time.format");
        }
        Instant occurredAt = null;
        if (date != null && time != null) {
            occurredAt = date.atTime(time).atZone(ZONE).toInstant();
            if (!occurredAt.isAfter(now) && occurredAt.isAfter(now.minusSeconds(60))) {
                occurredAt = now; // "now" typed to the minute: keep the real moment so the timeline order is right
            }
            if (occurredAt.isAfter(now.plusSeconds(60))) {
                errors.rejectValue("date", "contact.error.date.future");
            } else if (occurredAt.isBefore(now.minus(java.time.Duration.ofDays(366)))) {
                errors.rejectValue("date", "contact.error.date.tooOld");
            }
        }
        Channel channel = parse(Channel.class, form.channel());
        if (channel == null) {
            errors.rejectValue("channel", "contact.error.channel.required");
        }
        Counterpart counterpart = parse(Counterpart.class, form.counterpart());
        if (counterpart == null) {
            errors.rejectValue("counterpart", "contact.error.counterpart.required");
        }
        Boolean reached = null;
        if ("yes".equals(form.reached()) || "no".equals(form.reached())) {
            reached = "yes".equals(form.reached());
        } else if (form.reached() != null && !form.reached().isBlank()) {
            errors.rejectValue("reached", "contact.error.reached.required");
        }
        if (channel == Channel.OUTREACH_ATTEMPT && reached == null && !errors.hasFieldErrors("reached")) {
            errors.rejectValue("reached", "contact.error.reached.required");
        }
        Integer duration = null;
        if (form.durationMinutes() != null && !form.durationMinutes().isBlank()) {
            try {
                duration = Integer.valueOf(form.durationMinutes().trim());
                if (duration < 0 || duration > 1440) {
                    errors.rejectValue("durationMinutes", "contact.error.duration.range");
                }
            } catch (NumberFormatException e) {
                errors.rejectValue("durationMinutes", "contact.error.duration.range");
            }
        }
        String note = form.note() == null || form.note().isBlank()
                ? null
                : form.note().trim();
        if (note != null && note.length() > MAX_NOTE) {
            errors.rejectValue("note", "contact.error.note.tooLong");
        }
        if (errors.hasErrors() || occurredAt == null || channel == null || counterpart == null) {
            return null;
        }
        return new Values(occurredAt, channel, counterpart, reached, duration, note);
    }

    static ContactForm formOf(Values values) {
        var local = values.occurredAt().atZone(ZONE);
        return new ContactForm(
                local.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                local.format(DateTimeFormatter.ofPattern("HH:mm")),
                values.channel().name(),
                values.counterpart().name(),
                values.reached() == null ? "" : values.reached() ? "yes" : "no",
                values.durationMinutes() == null ? "" : values.durationMinutes().toString(),
                values.note());
    }

    private static @Nullable LocalDate parseDate(@Nullable String value) {
        return nl.overstap.shared.DutchDates.parse(value).orElse(null);
    }

    private static @Nullable LocalTime parseTime(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.trim().replace('.', ':'), DateTimeFormatter.ofPattern("H:mm"));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        return nl.overstap.shared.Choices.parse(type, value).orElse(null);
    }
}
