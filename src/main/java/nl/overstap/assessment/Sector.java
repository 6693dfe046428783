package nl.overstap.assessment;

/** A sector a youth is interested in, usable for matching to places later. */
public enum Sector {
    /** Zorg en welzijn. */
    CARE,
    /** Techniek. */
    TECHNOLOGY,
    /** Horeca. */
    HOSPITALITY,
    /** Logistiek en transport. */
    LOGISTICS,
    /** ICT. */
    ICT,
    /** Detailhandel. */
    RETAIL,
    /** Bouw. */
    CONSTRUCTION,
    /** Groen: hoveniers, land- en tuinbouw. */
    GREEN,
    /** Creatief: media, design, kunst. */
    CREATIVE,
    /** Administratie en kantoor. */
    ADMINISTRATION,
    /** Iets anders. */
    OTHER
}
