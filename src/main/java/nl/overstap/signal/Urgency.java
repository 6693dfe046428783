package nl.overstap.signal;

/** How soon a signal needs a first contact attempt. */
public enum Urgency {
    NORMAL,
    HIGH,
    URGENT
}
