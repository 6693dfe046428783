package nl.overstap.trajectory;

import java.io.Serial;

/** Thrown by the aggregate when the policy refuses a move. */
public class PhaseTransitionRejected extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PhaseTransitionPolicy.Rejection rejection;

    PhaseTransitionRejected(PhaseTransitionPolicy.Rejection rejection) {
        super(rejection.name(), null, false, false);
        this.rejection = rejection;
    }

    public PhaseTransitionPolicy.Rejection rejection() {
        return rejection;
    }
}
