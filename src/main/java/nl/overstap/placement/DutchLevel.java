package nl.overstap.placement;

/** A level of Dutch on the European scale (ERK), from beginner to fluent. */
public enum DutchLevel {
    /** Beginner: understands and uses simple everyday sentences. */
    A1,
    /** Basic: handles simple, routine tasks and conversations. */
    A2,
    /** Independent: the level of most work instructions (taalniveau 2F). */
    B1,
    /** Upper independent: follows a training at mbo level 3 and 4 without trouble. */
    B2,
    /** Proficient. */
    C1
}
