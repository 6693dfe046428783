package nl.overstap.network;

/** How a key person is related to the youth. */
public enum Relation {
    /** Mother or father, including adoptive and step-parents. */
    PARENT,
    /** Legal guardian (voogd) or foster parent. */
    GUARDIAN,
    /** Brother or sister, including half- and step-siblings. */
    SIBLING,
    /** Other family: grandparent, aunt, uncle, cousin. */
    OTHER_FAMILY,
    /** Mentor or buddy outside school, for example from a mentoring programme. */
    MENTOR,
    /** Teacher, school mentor or career counsellor at school. */
    TEACHER,
    /** Friend. */
    FRIEND,
    /** A professional the youth relies on, such as a social worker or a GP. */
    PROFESSIONAL,
    /** Anyone else who matters to the youth: a neighbour, a sports coach. */
    OTHER
}
