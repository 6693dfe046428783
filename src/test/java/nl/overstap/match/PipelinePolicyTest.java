package nl.overstap.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.overstap.match.PipelinePolicy.Rejection;
import nl.overstap.match.PipelinePolicy.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PipelinePolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @CsvSource({"PROPOSED, INTRODUCTION", "INTRODUCTION, TRIAL"})
    void movesForwardOneStepAtATimeForCoachAndEmployer(MatchStatus from, MatchStatus to) {
        assertThat(PipelinePolicy.check(from, Request.step(to, MatchActor.COACH), TODAY))
                .isEmpty();
        assertThat(PipelinePolicy.check(from, Request.step(to, MatchActor.EMPLOYER), TODAY))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"PROPOSED, TRIAL", "TRIAL, INTRODUCTION", "INTRODUCTION, PROPOSED"})
    void refusesSkippingOrGoingBack(MatchStatus from, MatchStatus to) {
        assertThat(PipelinePolicy.check(from, Request.step(to, MatchActor.COACH), TODAY))
                .contains(Rejection.NOT_THE_NEXT_STEP);
    }

    @Test
    void refusesTheSameStatus() {
        assertThat(PipelinePolicy.check(MatchStatus.TRIAL, Request.step(MatchStatus.TRIAL, MatchActor.COACH), TODAY))
                .contains(Rejection.SAME_STATUS);
    }

    @Test
    void startsAfterATrialWithTheCoachsConfirmationAndADate() {
        assertThat(PipelinePolicy.check(MatchStatus.TRIAL, Request.start(TODAY, true, MatchActor.COACH), TODAY))
                .isEmpty();
    }

    @Test
    void refusesAStartBeforeTheTrial() {
        assertThat(PipelinePolicy.check(MatchStatus.INTRODUCTION, Request.start(TODAY, true, MatchActor.COACH), TODAY))
                .contains(Rejection.NOT_THE_NEXT_STEP);
    }

    @Test
    void refusesAStartWithoutConfirmationDateOrByTheEmployer() {
        assertThat(PipelinePolicy.check(MatchStatus.TRIAL, Request.start(TODAY, false, MatchActor.COACH), TODAY))
                .contains(Rejection.START_NOT_CONFIRMED);
        assertThat(PipelinePolicy.check(MatchStatus.TRIAL, Request.start(null, true, MatchActor.COACH), TODAY))
                .contains(Rejection.START_WITHOUT_DATE);
        assertThat(PipelinePolicy.check(MatchStatus.TRIAL, Request.start(TODAY, true, MatchActor.EMPLOYER), TODAY))
                .contains(Rejection.START_BY_COACH_ONLY);
        assertThat(PipelinePolicy.check(
                        MatchStatus.TRIAL, Request.start(TODAY.plusYears(2), true, MatchActor.COACH), TODAY))
                .contains(Rejection.START_DATE_OUT_OF_RANGE);
    }

    @ParameterizedTest
    @EnumSource(
            value = MatchStatus.class,
            names = {"PROPOSED", "INTRODUCTION", "TRIAL"})
    void declinesFromEveryOpenStatusWithWhoAndWhy(MatchStatus from) {
        for (MatchActor by : MatchActor.values()) {
            assertThat(PipelinePolicy.check(
                            from, Request.decline(MatchActor.COACH, by, "Past niet bij de uren"), TODAY))
                    .as("declined by " + by)
                    .isEmpty();
        }
        assertThat(PipelinePolicy.check(from, Request.withdraw(MatchActor.COACH, "Jongere verhuist"), TODAY))
                .isEmpty();
    }

    @Test
    void refusesADeclineWithoutReasonOrPartyAndAnEmployerDecliningForTheYouth() {
        assertThat(PipelinePolicy.check(
                        MatchStatus.PROPOSED, Request.decline(MatchActor.COACH, MatchActor.YOUTH, " "), TODAY))
                .contains(Rejection.WITHOUT_REASON);
        assertThat(PipelinePolicy.check(MatchStatus.PROPOSED, Request.decline(MatchActor.COACH, null, "x"), TODAY))
                .contains(Rejection.DECLINE_WITHOUT_PARTY);
        assertThat(PipelinePolicy.check(
                        MatchStatus.PROPOSED, Request.decline(MatchActor.EMPLOYER, MatchActor.YOUTH, "x"), TODAY))
                .contains(Rejection.DECLINE_FOR_SOMEONE_ELSE);
    }

    @Test
    void onlyTheCoachWithdrawsAndWithAReason() {
        assertThat(PipelinePolicy.check(MatchStatus.PROPOSED, Request.withdraw(MatchActor.EMPLOYER, "x"), TODAY))
                .contains(Rejection.WITHDRAW_BY_COACH_ONLY);
        assertThat(PipelinePolicy.check(MatchStatus.PROPOSED, Request.withdraw(MatchActor.COACH, null), TODAY))
                .contains(Rejection.WITHOUT_REASON);
    }

    @ParameterizedTest
    @EnumSource(
            value = MatchStatus.class,
            names = {"STARTED", "DECLINED", "WITHDRAWN"})
    void aClosedProposalDoesNotMove(MatchStatus closed) {
        assertThat(PipelinePolicy.check(closed, Request.withdraw(MatchActor.COACH, "x"), TODAY))
                .contains(Rejection.ALREADY_CLOSED);
        assertThat(PipelinePolicy.check(closed, Request.step(MatchStatus.INTRODUCTION, MatchActor.COACH), TODAY))
                .contains(Rejection.ALREADY_CLOSED);
    }

    @Test
    void theAggregateRecordsEachStepAndRefusesWhatThePolicyRefuses() {
        MatchProposal proposal =
                MatchProposal.propose(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        UUID coach = UUID.randomUUID();
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        MatchStepRecorded intro =
                proposal.apply(Request.step(MatchStatus.INTRODUCTION, MatchActor.EMPLOYER), coach, TODAY, TODAY, now);
        assertThat(intro.from()).isEqualTo(MatchStatus.PROPOSED);
        assertThat(intro.to()).isEqualTo(MatchStatus.INTRODUCTION);
        assertThat(intro.actor()).isEqualTo(MatchActor.EMPLOYER);
        proposal.apply(Request.step(MatchStatus.TRIAL, MatchActor.COACH), coach, TODAY, TODAY, now);
        assertThatThrownBy(
                        () -> proposal.apply(Request.start(TODAY, false, MatchActor.COACH), coach, TODAY, TODAY, now))
                .isInstanceOf(IllegalStateException.class);
        assertThat(proposal.status()).isEqualTo(MatchStatus.TRIAL);
        MatchStepRecorded started =
                proposal.apply(Request.start(TODAY.plusDays(7), true, MatchActor.COACH), coach, TODAY, TODAY, now);
        assertThat(started.to()).isEqualTo(MatchStatus.STARTED);
        assertThat(proposal.startDate()).isEqualTo(TODAY.plusDays(7));
    }

    @Test
    void ageBandsFollowTheBirthday() {
        assertThat(AgeBand.of(TODAY.minusYears(18).plusDays(1), TODAY)).isEqualTo(AgeBand.AGE_16_17);
        assertThat(AgeBand.of(TODAY.minusYears(18), TODAY)).isEqualTo(AgeBand.AGE_18_20);
        assertThat(AgeBand.of(TODAY.minusYears(21), TODAY)).isEqualTo(AgeBand.AGE_21_23);
        assertThat(AgeBand.of(TODAY.minusYears(24), TODAY)).isEqualTo(AgeBand.AGE_24_27);
        assertThat(AgeBand.of(TODAY.minusYears(23).minusDays(364), TODAY)).isEqualTo(AgeBand.AGE_21_23);
    }
}
