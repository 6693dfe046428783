package nl.overstap.signal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A signal that a youth needs attention, as far as its triage goes. Guards its own transitions: an open
 * signal ends exactly once, with one of the outcomes and the data that outcome needs ({@link #close}).
 */
public record Signal(
        UUID id,
        String region,
        SignalStatus status,
        @Nullable UUID assignedOrganisationId,
        LocalDate firstContactDue,
        @Nullable UUID youthId,
        @Nullable UUID trajectoryId,
        int version) {

    /** How an open signal ends, with what that ending requires. */
    public sealed interface Closing {
        SignalStatus status();

        /** Contact made: the youth was registered (or found) and a trajectory in Scout was started. */
        record ContactMade(UUID youthId, UUID trajectoryId) implements Closing {
            public SignalStatus status() {
                return SignalStatus.CONTACT_MADE;
            }
        }

        /** The youth already has a trajectory: the signal joins it. */
        record Linked(UUID youthId, UUID trajectoryId) implements Closing {
            public SignalStatus status() {
                return SignalStatus.LINKED;
            }
        }

        /** Referred to another organisation, with a note on why. */
        record Referred(
                @Nullable UUID organisationId, @Nullable String note) implements Closing {
            public SignalStatus status() {
                return SignalStatus.REFERRED;
            }
        }

        /** Not reachable: allowed only after the required number of logged outreach attempts. */
        record NotReachable(
                int attemptsLogged,
                int attemptsRequired,
                @Nullable String note) implements Closing {
            public SignalStatus status() {
                return SignalStatus.NOT_REACHABLE;
            }
        }

        /** The youth declined, with the reason. */
        record Declined(@Nullable String reason) implements Closing {
            public SignalStatus status() {
                return SignalStatus.DECLINED;
            }
        }

        /** Outside the target group, with the reason. */
        record OutsideTargetGroup(@Nullable String reason) implements Closing {
            public SignalStatus status() {
                return SignalStatus.OUTSIDE_TARGET_GROUP;
            }
        }
    }

    /** Why a closing is refused: a message key per rule. */
    public enum Rejection {
        /** The signal already has an outcome. */
        ALREADY_CLOSED,
        /** Nobody owns the signal yet: a coordinator assigns an organisation first. */
        NO_OWNER,
        /** A referral names the organisation it goes to. */
        REFERRAL_NEEDS_ORGANISATION,
        /** Fewer outreach attempts logged than required before "not reachable". */
        TOO_FEW_ATTEMPTS,
        /** Declined and outside the target group need a reason. */
        REASON_REQUIRED;

        public String messageKey() {
            return "signal.rejected." + name();
        }
    }

    /** Whether this closing may happen now; empty when it may. */
    public Optional<Rejection> check(Closing closing) {
        if (!status.isOpen()) {
            return Optional.of(Rejection.ALREADY_CLOSED);
        }
        if (assignedOrganisationId == null) {
            return Optional.of(Rejection.NO_OWNER);
        }
        if (closing instanceof Closing.Referred r && r.organisationId() == null) {
            return Optional.of(Rejection.REFERRAL_NEEDS_ORGANISATION);
        }
        if (closing instanceof Closing.NotReachable n && n.attemptsLogged() < n.attemptsRequired()) {
            return Optional.of(Rejection.TOO_FEW_ATTEMPTS);
        }
        if (closing instanceof Closing.Declined d && blank(d.reason())) {
            return Optional.of(Rejection.REASON_REQUIRED);
        }
        if (closing instanceof Closing.OutsideTargetGroup o && blank(o.reason())) {
            return Optional.of(Rejection.REASON_REQUIRED);
        }
        return Optional.empty();
    }

    /** Ends the signal; refuses an illegal move. Returns the event to publish. */
    public SignalClosed close(Closing closing, UUID by, Instant at) {
        Optional<Rejection> rejection = check(closing);
        if (rejection.isPresent()) {
            throw new IllegalStateException("signal cannot close: " + rejection.get());
        }
        @Nullable UUID youth = youthId;
        if (closing instanceof Closing.ContactMade c) {
            youth = c.youthId();
        } else if (closing instanceof Closing.Linked l) {
            youth = l.youthId();
        }
        return new SignalClosed(id, region, closing.status(), assignedOrganisationId, youth, by, at);
    }

    /** A coordinator gives an open signal an owner (or another one). */
    public Signal assignedTo(UUID organisationId) {
        if (!status.isOpen()) {
            throw new IllegalStateException("signal already closed");
        }
        return new Signal(id, region, status, organisationId, firstContactDue, youthId, trajectoryId, version);
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && firstContactDue.isBefore(today);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
