package nl.overstap.plan;

/** Who carries out an action. */
public enum OwnerType {
    /** The youth themself. */
    YOUTH,
    /** The coach who wrote the action. */
    COACH,
    /** A person from the youth's own network, by name. */
    NETWORK,
    /** A partner organisation; by default its fixed contact person. */
    PARTNER
}
