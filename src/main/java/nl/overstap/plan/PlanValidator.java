package nl.overstap.plan;

import java.time.LocalDate;
import java.util.UUID;
import nl.overstap.shared.Choices;
import nl.overstap.shared.DutchDates;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** Checks typed goals and actions and turns them into values; every problem becomes a field error. */
final class PlanValidator {

    static final int MAX_TEXT = 500;
    static final int MAX_NAME = 100;

    private PlanValidator() {}

    /** A checked goal. */
    record GoalValues(String domain, String text, LocalDate targetDate, GoalStatus status) {}

    /** A checked action; the partner's consent is checked afterwards, against the database. */
    record ActionValues(
            String description,
            OwnerType ownerType,
            @Nullable String ownerName,
            @Nullable UUID organisationId,
            LocalDate dueDate,
            ActionStatus status,
            @Nullable String blockedReason,
            @Nullable String resultNote) {}

    /**
     * @param previousTarget the stored target date when editing, else null
     */
    static @Nullable GoalValues validateGoal(
            GoalForm form, Errors errors, LocalDate today, @Nullable LocalDate previousTarget) {
        String domain = trimToNull(form.domain());
        if (!PlanRules.isDomain(domain)) {
            errors.rejectValue("domain", "plan.error.domain.required");
        }
        String text = trimToNull(form.text());
        if (text == null) {
            errors.rejectValue("text", "plan.error.goal.text.required");
        } else if (text.length() > MAX_TEXT) {
            errors.rejectValue("text", "plan.error.text.tooLong");
        }
        LocalDate target = date(form.targetDate(), "targetDate", errors, today, previousTarget);
        GoalStatus status = Choices.parse(GoalStatus.class, form.status()).orElse(null);
        if (status == null) {
            errors.rejectValue("status", "plan.error.status.required");
        }
        if (errors.hasErrors() || domain == null || text == null || target == null || status == null) {
            return null;
        }
        return new GoalValues(domain, text, target, status);
    }

    /**
     * @param previousDue the stored due date when editing, else null
     * @param previousStatus the stored status when editing, else OPEN
     */
    static @Nullable ActionValues validateAction(
            ActionForm form,
            Errors errors,
            LocalDate today,
            @Nullable LocalDate previousDue,
            ActionStatus previousStatus) {
        String description = trimToNull(form.description());
        if (description == null) {
            errors.rejectValue("description", "plan.error.action.description.required");
        } else if (description.length() > MAX_TEXT) {
            errors.rejectValue("description", "plan.error.text.tooLong");
        }
        OwnerType ownerType = Choices.parse(OwnerType.class, form.ownerType()).orElse(null);
        if (ownerType == null) {
            errors.rejectValue("ownerType", "plan.error.ownerType.required");
        }
        String ownerName = trimToNull(form.ownerName());
        if (ownerType == OwnerType.NETWORK && ownerName == null) {
            errors.rejectValue("ownerName", "plan.error.ownerName.required");
        } else if (ownerName != null && ownerName.length() > MAX_NAME) {
            errors.rejectValue("ownerName", "plan.error.ownerName.tooLong");
        }
        if (ownerType == OwnerType.PARTNER && form.organisationId() == null) {
            errors.rejectValue("organisationId", "plan.error.organisation.required");
        }
        LocalDate due = date(form.dueDate(), "dueDate", errors, today, previousDue);
        ActionStatus status = Choices.parse(ActionStatus.class, form.status()).orElse(null);
        String blockedReason = trimToNull(form.blockedReason());
        String resultNote = trimToNull(form.resultNote());
        if (status == null) {
            errors.rejectValue("status", "plan.error.status.required");
        } else {
            statusErrors(previousStatus, status, blockedReason, resultNote, errors);
        }
        if (errors.hasErrors() || description == null || ownerType == null || due == null || status == null) {
            return null;
        }
        return new ActionValues(
                description,
                ownerType,
                ownerType == OwnerType.NETWORK ? ownerName : null,
                ownerType == OwnerType.PARTNER ? form.organisationId() : null,
                due,
                status,
                status == ActionStatus.BLOCKED ? blockedReason : null,
                resultNote);
    }

    /** The status, blocked reason and result note of a partner's update, or null with field errors. */
    static @Nullable ActionStatus validateUpdate(ActionUpdateForm form, ActionStatus previous, Errors errors) {
        ActionStatus status = Choices.parse(ActionStatus.class, form.status()).orElse(null);
        if (status == null) {
            errors.rejectValue("status", "plan.error.status.required");
            return null;
        }
        statusErrors(previous, status, trimToNull(form.blockedReason()), trimToNull(form.resultNote()), errors);
        return errors.hasErrors() ? null : status;
    }

    private static void statusErrors(
            ActionStatus from,
            ActionStatus to,
            @Nullable String blockedReason,
            @Nullable String resultNote,
            Errors errors) {
        PlanRules.changeStatus(from, to, blockedReason)
                .ifPresent(r -> errors.rejectValue(
                        r == PlanRules.Rejection.BLOCKED_WITHOUT_REASON ? "blockedReason" : "status",
                        "plan.rejected." + r.name()));
        if (blockedReason != null && blockedReason.length() > MAX_TEXT) {
            errors.rejectValue("blockedReason", "plan.error.text.tooLong");
        }
        if (resultNote != null && resultNote.length() > MAX_TEXT) {
            errors.rejectValue("resultNote", "plan.error.text.tooLong");
        }
    }

    private static @Nullable LocalDate date(
            @Nullable String typed, String field, Errors errors, LocalDate today, @Nullable LocalDate previous) {
        if (typed == null || typed.isBlank()) {
            errors.rejectValue(field, "plan.error.date.required");
            return null;
        }
        LocalDate date = DutchDates.parse(typed).orElse(null);
        if (date == null) {
            errors.rejectValue(field, "plan.error.date.format");
            return null;
        }
        if (PlanRules.checkDate(date, previous, today).isPresent()) {
            errors.rejectValue(field, "plan.rejected." + PlanRules.Rejection.DATE_IN_THE_PAST.name());
            return null;
        }
        return date;
    }

    static GoalForm formOf(Goal goal) {
        return new GoalForm(
                goal.domain(),
                goal.text(),
                dutch(goal.targetDate()),
                goal.status().name());
    }

    static ActionForm formOf(Action action) {
        return new ActionForm(
                action.description(),
                action.ownerType().name(),
                action.ownerName(),
                action.ownerOrganisationId(),
                dutch(action.dueDate()),
                action.status().name(),
                action.blockedReason(),
                action.resultNote());
    }

    static String dutch(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    }

    static @Nullable String trimToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
