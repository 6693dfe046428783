package nl.overstap.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of sensitive data that carry a canary, with the letter the visibility grid uses. Mostly
 * the data categories of the consent model; {@link #GUARDIAN_NOTE} is the note on a consent record,
 * which only professionals working on the file (own scope) may read.
 */
enum Seen {
    /** Given names, preferred name, family name. */
    BASIC('B'),
    /** Postcode, phone, e-mail. */
    CONTACT_DETAILS('D'),
    /** The note of a contact moment. */
    CONTACT_NOTES('N'),
    /** The reason of a phase change (phase history). */
    TRAJECTORY('T'),
    /** The name of a key person. */
    NETWORK('K'),
    /** The masked BSN (*****1234). */
    BSN('S'),
    /** The guardian note on a consent record. */
    GUARDIAN_NOTE('G');

    final char letter;

    Seen(char letter) {
        this.letter = letter;
    }

    /**
     * A visibility cell: {@code *} everything, {@code -} nothing, {@code E} break-the-glass (all but
     * the BSN and the consent notes), or letters such as {@code BT}.
     */
    static Set<Seen> parse(String cell) {
        switch (cell) {
            case "*":
                return EnumSet.allOf(Seen.class);
            case "-":
                return EnumSet.noneOf(Seen.class);
            case "E":
                return EnumSet.complementOf(EnumSet.of(BSN, GUARDIAN_NOTE));
            default:
                Set<Seen> seen = EnumSet.noneOf(Seen.class);
                for (char c : cell.toCharArray()) {
                    seen.add(java.util.Arrays.stream(values())
                            .filter(s -> s.letter == c)
                            .findFirst()
                            .orElseThrow(() -> new IllegalArgumentException("Unknown visibility letter " + c)));
                }
                return seen;
        }
    }
}
