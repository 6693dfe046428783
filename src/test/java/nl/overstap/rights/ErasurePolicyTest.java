package nl.overstap.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.overstap.rights.ErasurePolicy.Rejection;
import nl.overstap.rights.ErasurePolicy.RequestState;
import nl.overstap.rights.ErasurePolicy.YouthState;
import org.junit.jupiter.api.Test;

/** Each erasure and legal-hold rule on its own, without Spring or a database. */
class ErasurePolicyTest {

    private static final UUID COACH = UUID.randomUUID();
    private static final UUID COORDINATOR = UUID.randomUUID();
    private static final YouthState PLAIN = new YouthState(false, false);
    private static final YouthState ON_HOLD = new YouthState(true, false);
    private static final YouthState ANONYMISED = new YouthState(false, true);

    @Test
    void aRequestForAnOrdinaryYouthIsAccepted() {
        assertThat(ErasurePolicy.request(PLAIN, false)).isEmpty();
    }

    @Test
    void aRequestWhileAnotherIsOpenIsRefused() {
        assertThat(ErasurePolicy.request(PLAIN, true)).contains(Rejection.ALREADY_REQUESTED);
    }

    @Test
    void anAnonymisedYouthCannotBeErasedAgain() {
        assertThat(ErasurePolicy.request(ANONYMISED, false)).contains(Rejection.ALREADY_ANONYMISED);
    }

    @Test
    void aRequestUnderLegalHoldMayStillBeFiled() {
        assertThat(ErasurePolicy.request(ON_HOLD, false)).isEmpty();
    }

    @Test
    void anotherPersonApprovesAnOpenRequest() {
        assertThat(ErasurePolicy.decide(COORDINATOR, new RequestState(COACH, true), PLAIN, true))
                .isEmpty();
    }

    @Test
    void theRequesterNeverDecidesOnTheirOwnRequest() {
        assertThat(ErasurePolicy.decide(COACH, new RequestState(COACH, true), PLAIN, true))
                .contains(Rejection.OWN_REQUEST);
        assertThat(ErasurePolicy.decide(COACH, new RequestState(COACH, true), PLAIN, false))
                .contains(Rejection.OWN_REQUEST);
    }

    @Test
    void legalHoldBlocksApprovalButNotRejection() {
        assertThat(ErasurePolicy.decide(COORDINATOR, new RequestState(COACH, true), ON_HOLD, true))
                .contains(Rejection.LEGAL_HOLD);
        assertThat(ErasurePolicy.decide(COORDINATOR, new RequestState(COACH, true), ON_HOLD, false))
                .isEmpty();
    }

    @Test
    void aDecidedRequestIsNotDecidedAgain() {
        assertThat(ErasurePolicy.decide(COORDINATOR, new RequestState(COACH, false), PLAIN, true))
                .contains(Rejection.ALREADY_DECIDED);
    }

    @Test
    void legalHoldChangesOnlyWhenItIsDifferent() {
        assertThat(ErasurePolicy.legalHold(PLAIN, true)).isEmpty();
        assertThat(ErasurePolicy.legalHold(ON_HOLD, false)).isEmpty();
        assertThat(ErasurePolicy.legalHold(ON_HOLD, true)).contains(Rejection.HOLD_UNCHANGED);
        assertThat(ErasurePolicy.legalHold(PLAIN, false)).contains(Rejection.HOLD_UNCHANGED);
    }
}
