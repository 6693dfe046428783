package nl.overstap.access;

/** A unique value in one sensitive field of one fixture youth; it may only appear where that data may. */
record Canary(Variant youth, Seen kind, String field, String value) {

    @Override
    public String toString() {
        return field + " of the " + youth.label + " youth (" + kind + "): \"" + value + "\"";
    }
}
