package nl.overstap.placement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.overstap.assessment.Sector;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link MatchingPolicy.Reason} into its Dutch sentence; templates call it as
 * {@code ${@reasonTexts.text(reason)}}. Sector arguments get their label, dates the Dutch form.
 */
@Component("reasonTexts")
public class ReasonTexts {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private final MessageSource messages;

    public ReasonTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(MatchingPolicy.Reason reason) {
        Object[] args = reason.args().stream().map(this::argument).toArray();
        return messages.getMessage(reason.key(), args, DUTCH);
    }

    private Object argument(Object arg) {
        if (arg instanceof Sector sector) {
            String label = messages.getMessage("sector." + sector.name(), null, DUTCH);
            return label.equals(label.toUpperCase(DUTCH)) ? label : label.toLowerCase(DUTCH);
        }
        if (arg instanceof LocalDate date) {
            return date.format(DATE);
        }
        if (arg instanceof Integer number) {
            return number.toString();
        }
        return arg;
    }
}
