package nl.overstap.results;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The Dutch texts and number formats of the dashboards and the CSV, from messages_nl.properties. */
final class Texts {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", DUTCH);

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String code, Object... args) {
        return messages.getMessage(code, args, DUTCH);
    }

    /** The text of a code when it exists (e.g. a municipality label), else the fallback. */
    String orElse(String code, String fallback) {
        return messages.getMessage(code, null, fallback, DUTCH);
    }

    String count(long n) {
        return NumberFormat.getIntegerInstance(DUTCH).format(n);
    }

    String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(DUTCH);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    String signed(double value) {
        return (value > 0 ? "+" : "") + decimal(value);
    }

    String month(YearMonth month) {
        return MONTH.format(month.atDay(1));
    }

    /** A quarter as its months, plain: "jan–mrt 2026". */
    String quarter(YearMonth first) {
        DateTimeFormatter shortMonth = DateTimeFormatter.ofPattern("MMM", DUTCH);
        return shortMonth.format(first.atDay(1)) + "–"
                + shortMonth.format(first.plusMonths(2).atDay(1)) + " " + first.getYear();
    }
}
