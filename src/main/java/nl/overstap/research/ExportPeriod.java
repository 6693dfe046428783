package nl.overstap.research;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The start months an export covers: trajectories that started from the first day of {@code from}
 * up to and including the last day of {@code to}.
 */
record ExportPeriod(YearMonth from, YearMonth to) {

    /** The longest period one export may cover. */
    static final int MAX_MONTHS = 120;

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{1,2}");

    ExportPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
    }

    LocalDate firstDay() {
        return from.atDay(1);
    }

    /** The day after the period (exclusive upper bound). */
    LocalDate dayAfter() {
        return to.plusMonths(1).atDay(1);
    }

    /**
     * Checks what was typed against {@code thisMonth}: field name to message code for each wrong
     * field; empty when {@link #parse} may be called.
     */
    static Map<String, String> validate(ResearchExportForm form, YearMonth thisMonth) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<YearMonth> from = month(form.from());
        Optional<YearMonth> to = month(form.to());
        check("from", form.from(), from, thisMonth, errors);
        check("to", form.to(), to, thisMonth, errors);
        if (errors.isEmpty()) {
            if (to.get().isBefore(from.get())) {
                errors.put("to", "research.export.error.to.beforeFrom");
            } else if (from.get().plusMonths(MAX_MONTHS).isBefore(to.get().plusMonths(1))) {
                errors.put("to", "research.export.error.to.tooLong");
            }
        }
        return errors;
    }

    static ExportPeriod parse(ResearchExportForm form) {
        return new ExportPeriod(
                month(form.from()).orElseThrow(), month(form.to()).orElseThrow());
    }

    private static void check(
            String field,
            @Nullable String typed,
            Optional<YearMonth> month,
            YearMonth thisMonth,
            Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            errors.put(field, "research.export.error." + field + ".required");
        } else if (month.isEmpty()) {
            errors.put(field, "research.export.error.month.format");
        } else if (month.get().isAfter(thisMonth)) {
            errors.put(field, "research.export.error.month.future");
        }
    }

    static Optional<YearMonth> month(@Nullable String value) {
        if (value == null || !MONTH.matcher(value.strip()).matches()) {
            return Optional.empty();
        }
        String[] parts = value.strip().split("-");
        try {
            return Optional.of(YearMonth.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
