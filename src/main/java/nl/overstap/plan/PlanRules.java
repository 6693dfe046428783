package nl.overstap.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a plan, each named, each rejection with a reason (shown as {@code plan.rejected.<name>}).
 *
 * <ul>
 *   <li>A goal belongs to one of the 13 life domains.
 *   <li>A new goal or action has a target or due date of today or later; an edit may keep a date that
 *       has passed in the meantime, but never move it into the past.
 *   <li>A blocked action says why it is blocked; a finished action is reopened before it can be blocked.
 *   <li>An action for a partner organisation needs, for this youth, consent within an active covenant
 *       or a legal basis that covers the plan (checked against the database, see {@link Plans}).
 * </ul>
 */
final class PlanRules {

    /** The life domains a goal can belong to: the same codes as {@code assessment.LifeDomain}, in that order. */
    static final List<String> DOMAINS = List.of(
            "FINANCES",
            "WORK_EDUCATION",
            "DAYTIME_ACTIVITIES",
            "HOUSING",
            "DOMESTIC_RELATIONS",
            "MENTAL_HEALTH",
            "PHYSICAL_HEALTH",
            "SUBSTANCE_USE",
            "BASIC_ADL",
            "INSTRUMENTAL_ADL",
            "SOCIAL_NETWORK",
            "SOCIAL_PARTICIPATION",
            "JUSTICE");

    /** Why a change was refused. */
    enum Rejection {
        /** Blocked, but without saying why. */
        BLOCKED_WITHOUT_REASON,
        /** A done action cannot become blocked; reopen it first. */
        DONE_CANNOT_BE_BLOCKED,
        /** A date that lies before today, for a new goal or action or a changed date. */
        DATE_IN_THE_PAST
    }

    private PlanRules() {}

    static boolean isDomain(@Nullable String code) {
        return code != null && DOMAINS.contains(code);
    }

    /** The position of a domain in the fixed order (unknown codes last). */
    static int order(String domain) {
        int index = DOMAINS.indexOf(domain);
        return index < 0 ? DOMAINS.size() : index;
    }

    /** May an action go from {@code from} to {@code to}, with this blocked reason? */
    static Optional<Rejection> changeStatus(ActionStatus from, ActionStatus to, @Nullable String blockedReason) {
        if (to == ActionStatus.BLOCKED && from == ActionStatus.DONE) {
            return Optional.of(Rejection.DONE_CANNOT_BE_BLOCKED);
        }
        if (to == ActionStatus.BLOCKED && (blockedReason == null || blockedReason.isBlank())) {
            return Optional.of(Rejection.BLOCKED_WITHOUT_REASON);
        }
        return Optional.empty();
    }

    /**
     * A target or due date: today or later, unless it is the date already stored ({@code previous},
     * null for something new), which may have passed since.
     */
    static Optional<Rejection> checkDate(LocalDate date, @Nullable LocalDate previous, LocalDate today) {
        if (date.isBefore(today) && !date.equals(previous)) {
            return Optional.of(Rejection.DATE_IN_THE_PAST);
        }
        return Optional.empty();
    }
}
