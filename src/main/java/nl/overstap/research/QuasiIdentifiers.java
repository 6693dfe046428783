package nl.overstap.research;

/**
 * Protection against recognising a youth from a combination of ordinary facts. Municipality, age at
 * start and start month together can single out a youth in a small municipality; when fewer than
 * {@link #MIN_GROUP} trajectories of the export share that combination, the municipality of those
 * rows is left empty (the age and start month stay, they are needed for almost every analysis).
 */
final class QuasiIdentifiers {

    /** The smallest group of (municipality, age, start month) that keeps its municipality. */
    static final int MIN_GROUP = 5;

    private QuasiIdentifiers() {}

    /** The municipality to write for a row whose combination occurs {@code groupSize} times. */
    static String municipality(String municipality, long groupSize) {
        return groupSize < MIN_GROUP ? "" : municipality;
    }
}
