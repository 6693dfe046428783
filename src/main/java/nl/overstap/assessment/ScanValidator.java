package nl.overstap.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.overstap.shared.Choices;
import nl.overstap.shared.DutchDates;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * Checks a typed scan and turns it into values; every problem becomes a field error.
 *
 * <ul>
 *   <li>The date is required, not in the future and at most a year back (a scan describes the last
 *       ~30 days, so an older one is a typing error or belongs in the paper file).
 *   <li>Every domain gets a choice: a score 1–5 or "unknown". Leaving a domain open is a mistake,
 *       "unknown" is an answer.
 *   <li>The youth takes part in their own scan: the method is "with the youth", never about them.
 * </ul>
 */
final class ScanValidator {

    static final int MAX_DOMAIN_TEXT = 1000;
    static final int MAX_TEXT = 2000;
    static final String UNKNOWN = "UNKNOWN";

    private ScanValidator() {}

    /** The checked scan, trimmed; blank texts are null. */
    record Values(
            LocalDate scanDate,
            @Nullable String talents,
            List<Sector> interests,
            @Nullable String wishes,
            List<Participant> participants,
            List<DomainScore> scores) {}

    static @Nullable Values validate(ScanForm form, Errors errors, LocalDate today) {
        form.complete();
        LocalDate date = null;
        Optional<LocalDate> parsed = DutchDates.parse(form.getScanDate());
        if (form.getScanDate() == null || form.getScanDate().isBlank()) {
            errors.rejectValue("scanDate", "scan.error.scanDate.required");
        } else if (parsed.isEmpty()) {
            errors.rejectValue("scanDate", "scan.error.scanDate.format");
        } else if (parsed.get().isAfter(today)) {
            errors.rejectValue("scanDate", "scan.error.scanDate.future");
        } else if (parsed.get().isBefore(today.minusYears(1))) {
            errors.rejectValue("scanDate", "scan.error.scanDate.tooOld");
        } else {
            date = parsed.get();
        }
        List<DomainScore> scores = new ArrayList<>();
        LifeDomain[] domains = LifeDomain.values();
        for (int i = 0; i < domains.length; i++) {
            ScanForm.Entry entry = form.getScores().get(i);
            String prefix = "scores[" + i + "].";
            String score = trimToNull(entry.getScore());
            Integer value = null;
            boolean chosen = true;
            if (score == null) {
                errors.rejectValue(prefix + "score", "scan.error.score.required", domainArg(domains[i]), null);
                chosen = false;
            } else if (!UNKNOWN.equals(score)) {
                value = switch (score) {
                    case "1", "2", "3", "4", "5" -> Integer.valueOf(score);
                    default -> null;
                };
                if (value == null) {
                    errors.rejectValue(prefix + "score", "scan.error.score.required", domainArg(domains[i]), null);
                    chosen = false;
                }
            }
            String goesWell = text(entry.getGoesWell(), prefix + "goesWell", MAX_DOMAIN_TEXT, errors);
            String needed = text(entry.getNeeded(), prefix + "needed", MAX_DOMAIN_TEXT, errors);
            String explanation = text(entry.getExplanation(), prefix + "explanation", MAX_DOMAIN_TEXT, errors);
            if (chosen) {
                scores.add(new DomainScore(domains[i], value, goesWell, needed, explanation));
            }
        }
        String talents = text(form.getTalents(), "talents", MAX_TEXT, errors);
        String wishes = text(form.getWishes(), "wishes", MAX_TEXT, errors);
        Set<Sector> interests = EnumSet.noneOf(Sector.class);
        for (String interest : form.getInterests()) {
            Optional<Sector> sector = Choices.parse(Sector.class, interest);
            if (sector.isEmpty()) {
                errors.rejectValue("interests", "scan.error.interests.unknown");
                break;
            }
            interests.add(sector.get());
        }
        Set<Participant> participants = EnumSet.noneOf(Participant.class);
        for (String participant : form.getParticipants()) {
            Optional<Participant> who = Choices.parse(Participant.class, participant);
            if (who.isEmpty()) {
                errors.rejectValue("participants", "scan.error.participants.unknown");
                break;
            }
            participants.add(who.get());
        }
        if (!participants.contains(Participant.YOUTH) && !errors.hasFieldErrors("participants")) {
            errors.rejectValue("participants", "scan.error.participants.youth");
        }
        if (errors.hasErrors() || date == null) {
            return null;
        }
        return new Values(
                date, talents, List.copyOf(interests), wishes, List.copyOf(participants), List.copyOf(scores));
    }

    /** The domain's Dutch name as a message argument, so the error summary says which domain. */
    private static Object[] domainArg(LifeDomain domain) {
        return new Object[] {new DefaultMessageSourceResolvable("lifeDomain." + domain.name())};
    }

    private static @Nullable String text(@Nullable String input, String field, int max, Errors errors) {
        String value = trimToNull(input);
        if (value != null && value.length() > max) {
            errors.rejectValue(field, "scan.error.text.tooLong", new Object[] {max}, null);
        }
        return value;
    }

    private static @Nullable String trimToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
