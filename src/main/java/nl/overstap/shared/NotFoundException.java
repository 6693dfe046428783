package nl.overstap.shared;

import java.io.Serial;

/**
 * Answered for unknown ids and for ids the user may not see, alike (HTTP 404). Carries no detail
 * on purpose: the difference between the two must not leak.
 */
public class NotFoundException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("not found", null, false, false);
    }
}
