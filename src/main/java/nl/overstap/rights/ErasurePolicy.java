package nl.overstap.rights;

import java.util.Optional;
import java.util.UUID;

/**
 * The rules for erasure on request and legal hold, once the user's role and scope are settled: each
 * rule named, each refusal with its own message ({@code rights.rejected.<NAME>}).
 */
final class ErasurePolicy {

    private ErasurePolicy() {}

    /** Why a request, decision or legal-hold change is refused. */
    enum Rejection {
        /** The youth's identifying data is already gone: nothing left to erase. */
        ALREADY_ANONYMISED,
        /** An open request for this youth is waiting for a coordinator. */
        ALREADY_REQUESTED,
        /** The request was approved or rejected in the meantime. */
        ALREADY_DECIDED,
        /** Four eyes: whoever asked for erasure cannot decide on it. */
        OWN_REQUEST,
        /** A retention duty or dispute stops erasure until legal hold is lifted. */
        LEGAL_HOLD,
        /** Legal hold is already set (or already lifted): the page was out of date. */
        HOLD_UNCHANGED
    }

    /** What the rules need to know about the youth. */
    record YouthState(boolean legalHold, boolean anonymised) {}

    /** What the rules need to know about a request. */
    record RequestState(UUID requestedBy, boolean open) {}

    static Optional<Rejection> request(YouthState youth, boolean openRequestExists) {
        if (youth.anonymised()) {
            return Optional.of(Rejection.ALREADY_ANONYMISED);
        }
        if (openRequestExists) {
            return Optional.of(Rejection.ALREADY_REQUESTED);
        }
        return Optional.empty();
    }

    static Optional<Rejection> decide(UUID deciderId, RequestState request, YouthState youth, boolean approve) {
        if (!request.open()) {
            return Optional.of(Rejection.ALREADY_DECIDED);
        }
        if (request.requestedBy().equals(deciderId)) {
            return Optional.of(Rejection.OWN_REQUEST);
        }
        if (approve && youth.legalHold()) {
            return Optional.of(Rejection.LEGAL_HOLD);
        }
        return Optional.empty();
    }

    static Optional<Rejection> legalHold(YouthState youth, boolean hold) {
        return youth.legalHold() == hold ? Optional.of(Rejection.HOLD_UNCHANGED) : Optional.empty();
    }
}
