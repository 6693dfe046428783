package nl.overstap.youth;

/** Whether the youth has a startkwalificatie (havo, vwo or mbo level 2 diploma). */
public enum StartQualification {
    YES,
    NO,
    UNKNOWN
}
