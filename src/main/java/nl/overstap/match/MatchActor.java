package nl.overstap.match;

/** Who took a step in the pipeline (or said no). */
public enum MatchActor {
    /** The youth's coach. */
    COACH,
    /** The employer or school that offers the place. */
    EMPLOYER,
    /** The youth (recorded by the coach). */
    YOUTH
}
