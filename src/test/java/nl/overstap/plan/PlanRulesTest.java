package nl.overstap.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.springframework.validation.MapBindingResult;

/** The plan rules without Spring or a database: statuses, blocked reasons, dates and domains. */
class PlanRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void anOpenActionCanBeDoneOrBlockedWithAReason() {
        assertThat(PlanRules.changeStatus(ActionStatus.OPEN, ActionStatus.DONE, null))
                .isEmpty();
        assertThat(PlanRules.changeStatus(ActionStatus.OPEN, ActionStatus.BLOCKED, "Wachtlijst"))
                .isEmpty();
        assertThat(PlanRules.changeStatus(ActionStatus.BLOCKED, ActionStatus.OPEN, null))
                .isEmpty();
        assertThat(PlanRules.changeStatus(ActionStatus.BLOCKED, ActionStatus.DONE, null))
                .isEmpty();
        assertThat(PlanRules.changeStatus(ActionStatus.DONE, ActionStatus.OPEN, null))
                .isEmpty();
    }

    @Test
    void blockingNeedsAReason() {
        assertThat(PlanRules.changeStatus(ActionStatus.OPEN, ActionStatus.BLOCKED, null))
                .contains(PlanRules.Rejection.BLOCKED_WITHOUT_REASON);
        assertThat(PlanRules.changeStatus(ActionStatus.OPEN, ActionStatus.BLOCKED, "   "))
                .contains(PlanRules.Rejection.BLOCKED_WITHOUT_REASON);
    }

    @Test
    void aDoneActionIsReopenedBeforeItCanBeBlocked() {
        assertThat(PlanRules.changeStatus(ActionStatus.DONE, ActionStatus.BLOCKED, "Toch niet gelukt"))
                .contains(PlanRules.Rejection.DONE_CANNOT_BE_BLOCKED);
    }

    @Test
    void newDatesAreTodayOrLaterButAStoredDateMayHavePassed() {
        assertThat(PlanRules.checkDate(TODAY, null, TODAY)).isEmpty();
        assertThat(PlanRules.checkDate(TODAY.minusDays(1), null, TODAY)).contains(PlanRules.Rejection.DATE_IN_THE_PAST);
        assertThat(PlanRules.checkDate(TODAY.minusDays(5), TODAY.minusDays(5), TODAY))
                .isEmpty();
        assertThat(PlanRules.checkDate(TODAY.minusDays(6), TODAY.minusDays(5), TODAY))
                .contains(PlanRules.Rejection.DATE_IN_THE_PAST);
    }

    @Test
    void goalsBelongToOneOfThirteenLifeDomains() {
        assertThat(PlanRules.DOMAINS).hasSize(13).doesNotHaveDuplicates();
        assertThat(PlanRules.isDomain("HOUSING")).isTrue();
        assertThat(PlanRules.isDomain("housing")).isFalse();
        assertThat(PlanRules.isDomain("HOBBIES")).isFalse();
        assertThat(PlanRules.isDomain(null)).isFalse();
        assertThat(PlanRules.order("FINANCES")).isZero();
        assertThat(PlanRules.order("JUSTICE")).isEqualTo(12);
    }

    @Test
    void aPartnerActionNeedsAnOrganisationAndANetworkActionAName() {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "actionForm");
        ActionForm partner = new ActionForm("Intake plannen", "PARTNER", null, null, "30-11-2026", "OPEN", null, null);
        assertThat(PlanValidator.validateAction(partner, errors, TODAY, null, ActionStatus.OPEN))
                .isNull();
        assertThat(errors.getFieldError("organisationId").getCode()).isEqualTo("plan.error.organisation.required");

        MapBindingResult networkErrors = new MapBindingResult(new HashMap<>(), "actionForm");
        ActionForm network = new ActionForm("Meegaan", "NETWORK", " ", null, "30-11-2026", "OPEN", null, null);
        assertThat(PlanValidator.validateAction(network, networkErrors, TODAY, null, ActionStatus.OPEN))
                .isNull();
        assertThat(networkErrors.getFieldError("ownerName").getCode()).isEqualTo("plan.error.ownerName.required");
    }

    @Test
    void aValidActionKeepsOnlyTheFieldsOfItsOwnerTypeAndStatus() {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "actionForm");
        ActionForm form = new ActionForm(
                " Cv maken ", "YOUTH", "Oom Piet", null, "1-12-2026", "OPEN", "niet relevant", " Goed begin ");
        PlanValidator.ActionValues values = PlanValidator.validateAction(form, errors, TODAY, null, ActionStatus.OPEN);
        assertThat(errors.hasErrors()).isFalse();
        assertThat(values).isNotNull();
        assertThat(values.description()).isEqualTo("Cv maken");
        assertThat(values.ownerName()).isNull();
        assertThat(values.blockedReason()).isNull();
        assertThat(values.resultNote()).isEqualTo("Goed begin");
        assertThat(values.dueDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aGoalNeedsADomainTextAndAFutureTargetDate() {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "goalForm");
        assertThat(PlanValidator.validateGoal(new GoalForm("HOBBIES", " ", "22-11-2026", "OPEN"), errors, TODAY, null))
                .isNull();
        assertThat(errors.getFieldError("domain").getCode()).isEqualTo("plan.error.domain.required");
        assertThat(errors.getFieldError("text").getCode()).isEqualTo("plan.error.goal.text.required");
        assertThat(errors.getFieldError("targetDate").getCode()).isEqualTo("plan.rejected.DATE_IN_THE_PAST");

        MapBindingResult bad = new MapBindingResult(new HashMap<>(), "goalForm");
        PlanValidator.validateGoal(new GoalForm("HOUSING", "Eigen kamer", "31-02-2027", "OPEN"), bad, TODAY, null);
        assertThat(bad.getFieldError("targetDate").getCode()).isEqualTo("plan.error.date.format");
    }
}
