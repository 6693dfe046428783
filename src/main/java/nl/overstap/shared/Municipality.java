package nl.overstap.shared;

/** The nine municipalities of the Haaglanden demo region, plus "other". */
public enum Municipality {
    DEN_HAAG,
    RIJSWIJK,
    LEIDSCHENDAM_VOORBURG,
    DELFT,
    WASSENAAR,
    ZOETERMEER,
    PIJNACKER_NOOTDORP,
    MIDDEN_DELFLAND,
    WESTLAND,
    OTHER
}
