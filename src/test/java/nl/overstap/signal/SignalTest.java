package nl.overstap.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The signal aggregate's transition rules, without Spring. */
class SignalTest {

    static final UUID OWNER = UUID.randomUUID();
    static final LocalDate DUE = LocalDate.of(2026, 11, 30);

    static Signal open(UUID owner) {
        return new Signal(UUID.randomUUID(), "Haaglanden", SignalStatus.OPEN, owner, DUE, null, null, 0);
    }

    static Signal closed() {
        return new Signal(UUID.randomUUID(), "Haaglanden", SignalStatus.DECLINED, OWNER, DUE, null, null, 1);
    }

    @Test
    void notReachableOnlyAfterTheRequiredNumberOfAttempts() {
        Signal signal = open(OWNER);
        assertThat(signal.check(new Signal.Closing.NotReachable(2, 3, null)))
                .contains(Signal.Rejection.TOO_FEW_ATTEMPTS);
        assertThat(signal.check(new Signal.Closing.NotReachable(3, 3, null))).isEmpty();
        assertThat(signal.check(new Signal.Closing.NotReachable(1, 1, null))).isEmpty();
        assertThat(signal.check(new Signal.Closing.NotReachable(0, 0, null))).isEmpty();
    }

    @Test
    void declinedAndOutsideTargetGroupNeedAReason() {
        Signal signal = open(OWNER);
        assertThat(signal.check(new Signal.Closing.Declined(null))).contains(Signal.Rejection.REASON_REQUIRED);
        assertThat(signal.check(new Signal.Closing.Declined("  "))).contains(Signal.Rejection.REASON_REQUIRED);
        assertThat(signal.check(new Signal.Closing.Declined("Wil niet"))).isEmpty();
        assertThat(signal.check(new Signal.Closing.OutsideTargetGroup(null)))
                .contains(Signal.Rejection.REASON_REQUIRED);
        assertThat(signal.check(new Signal.Closing.OutsideTargetGroup("Is 29"))).isEmpty();
    }

    @Test
    void referralNamesTheOrganisation() {
        Signal signal = open(OWNER);
        assertThat(signal.check(new Signal.Closing.Referred(null, "x")))
                .contains(Signal.Rejection.REFERRAL_NEEDS_ORGANISATION);
        assertThat(signal.check(new Signal.Closing.Referred(UUID.randomUUID(), null)))
                .isEmpty();
    }

    @Test
    void aClosedSignalNeverClosesAgain() {
        Signal signal = closed();
        assertThat(signal.check(new Signal.Closing.Declined("x"))).contains(Signal.Rejection.ALREADY_CLOSED);
        assertThat(signal.check(new Signal.Closing.ContactMade(UUID.randomUUID(), UUID.randomUUID())))
                .contains(Signal.Rejection.ALREADY_CLOSED);
        assertThatThrownBy(() -> signal.close(new Signal.Closing.Declined("x"), UUID.randomUUID(), Instant.now()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> signal.assignedTo(OWNER)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSignalWithoutOwnerCannotCloseUntilAssigned() {
        Signal signal = open(null);
        assertThat(signal.check(new Signal.Closing.Declined("x"))).contains(Signal.Rejection.NO_OWNER);
        assertThat(signal.assignedTo(OWNER).check(new Signal.Closing.Declined("x")))
                .isEmpty();
    }

    @Test
    void closingRecordsTheEventWithTheYouthOfContactOrLink() {
        Signal signal = open(OWNER);
        UUID youth = UUID.randomUUID();
        UUID by = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        SignalClosed closed = signal.close(new Signal.Closing.ContactMade(youth, UUID.randomUUID()), by, at);
        assertThat(closed.outcome()).isEqualTo(SignalStatus.CONTACT_MADE);
        assertThat(closed.youthId()).isEqualTo(youth);
        assertThat(closed.organisationId()).isEqualTo(OWNER);
        assertThat(closed.closedBy()).isEqualTo(by);
        assertThat(closed.closedAt()).isEqualTo(at);
        assertThat(signal.close(new Signal.Closing.Linked(youth, UUID.randomUUID()), by, at)
                        .outcome())
                .isEqualTo(SignalStatus.LINKED);
        assertThat(signal.close(new Signal.Closing.Declined("x"), by, at).youthId())
                .isNull();
    }

    @Test
    void overdueOnlyWhileOpenAndPastTheDeadline() {
        assertThat(open(OWNER).isOverdue(DUE)).isFalse();
        assertThat(open(OWNER).isOverdue(DUE.plusDays(1))).isTrue();
        assertThat(closed().isOverdue(DUE.plusDays(10))).isFalse();
    }
}
