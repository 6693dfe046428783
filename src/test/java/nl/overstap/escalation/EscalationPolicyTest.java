package nl.overstap.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.overstap.escalation.EscalationPolicy.Rejection;
import org.junit.jupiter.api.Test;

/** The escalation rules, each named. */
class EscalationPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void anOverdueOrBlockedPartnerActionMayBeEscalated() {
        assertThat(EscalationPolicy.mayEscalate("PARTNER", "OPEN", TODAY.minusDays(1), TODAY, false))
                .isEmpty();
        assertThat(EscalationPolicy.mayEscalate("PARTNER", "BLOCKED", TODAY.plusDays(10), TODAY, false))
                .isEmpty();
        assertThat(EscalationPolicy.mayEscalate("PARTNER", "BLOCKED", TODAY.minusDays(10), TODAY, false))
                .isEmpty();
    }

    @Test
    void onlyPartnerActionsMayBeEscalated() {
        for (String owner : new String[] {"YOUTH", "COACH", "NETWORK"}) {
            assertThat(EscalationPolicy.mayEscalate(owner, "BLOCKED", TODAY.minusDays(1), TODAY, false))
                    .as(owner)
                    .contains(Rejection.NOT_A_PARTNER_ACTION);
        }
    }

    @Test
    void anActionDueTodayOrLaterThatIsOpenIsNotStuck() {
        assertThat(EscalationPolicy.mayEscalate("PARTNER", "OPEN", TODAY, TODAY, false))
                .contains(Rejection.NOT_STUCK);
        assertThat(EscalationPolicy.mayEscalate("PARTNER", "OPEN", TODAY.plusDays(3), TODAY, false))
                .contains(Rejection.NOT_STUCK);
    }

    @Test
    void aDoneActionIsNeverEscalatedEvenWhenItsDateHasPassed() {
        assertThat(EscalationPolicy.mayEscalate("PARTNER", "DONE", TODAY.minusDays(5), TODAY, false))
                .contains(Rejection.ACTION_DONE);
    }

    @Test
    void oneOpenEscalationPerAction() {
        assertThat(EscalationPolicy.mayEscalate("PARTNER", "OPEN", TODAY.minusDays(5), TODAY, true))
                .contains(Rejection.ALREADY_ESCALATED);
    }

    @Test
    void onlyAnOpenEscalationIsDecidedAndEachDecisionHasItsStatus() {
        assertThat(EscalationPolicy.mayDecide(EscalationStatus.OPEN)).isEmpty();
        for (EscalationStatus status : new EscalationStatus[] {
            EscalationStatus.REDIRECTED,
            EscalationStatus.DECIDED,
            EscalationStatus.ON_MDO_AGENDA,
            EscalationStatus.CLOSED
        }) {
            assertThat(EscalationPolicy.mayDecide(status)).as(status.name()).contains(Rejection.ALREADY_DECIDED);
        }
        assertThat(EscalationPolicy.after(DecisionKind.NEW_DEADLINE_OWNER)).isEqualTo(EscalationStatus.REDIRECTED);
        assertThat(EscalationPolicy.after(DecisionKind.BINDING_DECISION)).isEqualTo(EscalationStatus.DECIDED);
        assertThat(EscalationPolicy.after(DecisionKind.MDO)).isEqualTo(EscalationStatus.ON_MDO_AGENDA);
        assertThat(EscalationPolicy.after(null)).isNull();
    }

    @Test
    void aNewDeadlineIsTodayOrLater() {
        assertThat(EscalationPolicy.checkNewDeadline(TODAY, TODAY)).isEmpty();
        assertThat(EscalationPolicy.checkNewDeadline(TODAY.plusDays(1), TODAY)).isEmpty();
        assertThat(EscalationPolicy.checkNewDeadline(TODAY.minusDays(1), TODAY))
                .contains(Rejection.DEADLINE_IN_THE_PAST);
    }
}
