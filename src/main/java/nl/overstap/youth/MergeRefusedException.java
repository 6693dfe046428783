package nl.overstap.youth;

/** A merge or an undo that was refused; nothing was changed. */
public class MergeRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final MergeRefusal refusal;

    public MergeRefusedException(MergeRefusal refusal) {
        super(refusal.name());
        this.refusal = refusal;
    }

    public MergeRefusal refusal() {
        return refusal;
    }
}
