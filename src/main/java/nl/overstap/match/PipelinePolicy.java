package nl.overstap.match;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the match pipeline, each named and each with its own reason for refusing. Forward
 * one step at a time (proposed → introduction → trial → started); a start needs the coach's
 * confirmation and a start date; declining needs who said no and why; withdrawing is the coach's,
 * with a reason; a started, declined or withdrawn proposal does not move.
 */
final class PipelinePolicy {

    private PipelinePolicy() {}

    /** Why a step was refused; each maps to a Dutch message {@code match.rejected.<code>}. */
    enum Rejection {
        /** The proposal is started, declined or withdrawn. */
        ALREADY_CLOSED,
        /** The target is the current status. */
        SAME_STATUS,
        /** Going back, or skipping a step forward. */
        NOT_THE_NEXT_STEP,
        /** Only the coach confirms a start. */
        START_BY_COACH_ONLY,
        /** A start without the coach's explicit confirmation. */
        START_NOT_CONFIRMED,
        /** A start without a start date. */
        START_WITHOUT_DATE,
        /** A start date more than a year away or in the far past. */
        START_DATE_OUT_OF_RANGE,
        /** Declining without saying who said no. */
        DECLINE_WITHOUT_PARTY,
        /** An employer can only say no for itself. */
        DECLINE_FOR_SOMEONE_ELSE,
        /** Declining or withdrawing without a reason. */
        WITHOUT_REASON,
        /** Only the coach withdraws a proposal. */
        WITHDRAW_BY_COACH_ONLY
    }

    /** A requested step: the target, who asks, and what a start or a no needs. */
    record Request(
            MatchStatus target,
            MatchActor actor,
            @Nullable MatchActor declinedBy,
            @Nullable String reason,
            @Nullable LocalDate startDate,
            boolean confirmed) {

        static Request step(MatchStatus target, MatchActor actor) {
            return new Request(target, actor, null, null, null, false);
        }

        static Request start(@Nullable LocalDate startDate, boolean confirmed, MatchActor actor) {
            return new Request(MatchStatus.STARTED, actor, null, null, startDate, confirmed);
        }

        static Request decline(MatchActor actor, @Nullable MatchActor declinedBy, @Nullable String reason) {
            return new Request(MatchStatus.DECLINED, actor, declinedBy, reason, null, false);
        }

        static Request withdraw(MatchActor actor, @Nullable String reason) {
            return new Request(MatchStatus.WITHDRAWN, actor, null, reason, null, false);
        }

        boolean hasReason() {
            return reason != null && !reason.isBlank();
        }
    }

    static Optional<Rejection> check(MatchStatus current, Request request, LocalDate today) {
        if (!current.isOpen()) {
            return Optional.of(Rejection.ALREADY_CLOSED);
        }
        MatchStatus target = request.target();
        if (target == current) {
            return Optional.of(Rejection.SAME_STATUS);
        }
        return switch (target) {
            case DECLINED -> declining(request);
            case WITHDRAWN -> {
                if (request.actor() != MatchActor.COACH) {
                    yield Optional.of(Rejection.WITHDRAW_BY_COACH_ONLY);
                }
                yield request.hasReason() ? Optional.empty() : Optional.of(Rejection.WITHOUT_REASON);
            }
            case STARTED ->
                current.next() != MatchStatus.STARTED
                        ? Optional.of(Rejection.NOT_THE_NEXT_STEP)
                        : starting(request, today);
            default -> target == current.next() ? Optional.empty() : Optional.of(Rejection.NOT_THE_NEXT_STEP);
        };
    }

    private static Optional<Rejection> declining(Request request) {
        if (request.declinedBy() == null) {
            return Optional.of(Rejection.DECLINE_WITHOUT_PARTY);
        }
        if (request.actor() == MatchActor.EMPLOYER && request.declinedBy() != MatchActor.EMPLOYER) {
            return Optional.of(Rejection.DECLINE_FOR_SOMEONE_ELSE);
        }
        return request.hasReason() ? Optional.empty() : Optional.of(Rejection.WITHOUT_REASON);
    }

    private static Optional<Rejection> starting(Request request, LocalDate today) {
        if (request.actor() != MatchActor.COACH) {
            return Optional.of(Rejection.START_BY_COACH_ONLY);
        }
        if (request.startDate() == null) {
            return Optional.of(Rejection.START_WITHOUT_DATE);
        }
        if (request.startDate().isBefore(today.minusMonths(3))
                || request.startDate().isAfter(today.plusYears(1))) {
            return Optional.of(Rejection.START_DATE_OUT_OF_RANGE);
        }
        return request.confirmed() ? Optional.empty() : Optional.of(Rejection.START_NOT_CONFIRMED);
    }
}
