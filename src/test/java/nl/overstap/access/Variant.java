package nl.overstap.access;

import java.util.Arrays;
import java.util.List;

/**
 * The object a request is about. The first nine are fixture youths (each with its own trajectory,
 * contact, key person, consent records and erasure request); {@link #UNKNOWN} is a random id;
 * {@link #OBJECT} is a throwaway object of an administrative kind (covenant, organisation, account,
 * break-the-glass opening); {@link #NONE} is for endpoints without a path variable.
 */
enum Variant {
    OWN_ORG("own-org", "youth of coach's organisation (Jongerencoaching Haaglanden), coached by coach"),
    OTHER_ORG("other-org", "youth of coach3's organisation (Rode Loper Delft), coached by coach3"),
    CONSENTED("consented", "own-org youth; RMC has consent in force for BASIC and TRAJECTORY"),
    CONSENT_WITHDRAWN(
            "consent-withdrawn", "own-org youth; RMC consent for BASIC, TRAJECTORY, CONTACT_DETAILS withdrawn"),
    CONSENT_EXPIRED("consent-expired", "own-org youth; RMC consent for BASIC and TRAJECTORY expired last year"),
    COVENANT_ENDED(
            "covenant-ended",
            "youth of a fresh coaching organisation whose only covenant with RMC ended yesterday; RMC consent in force"),
    STATUTE("statute", "own-org youth; RMC legal basis (RMC task) for BASIC, SITUATION and BSN, no consent"),
    BTG_ACTIVE("break-the-glass-active", "own-org youth; coach3 opened break-the-glass access that is still active"),
    BTG_EXPIRED("break-the-glass-expired", "own-org youth; coach3's break-the-glass access expired two hours ago"),
    UNKNOWN("unknown-id", "a random UUID that exists nowhere"),
    OBJECT("object", "a throwaway object created for the matrix"),
    NONE("-", "no path variable");

    static final List<Variant> YOUTHS = List.of(
            OWN_ORG,
            OTHER_ORG,
            CONSENTED,
            CONSENT_WITHDRAWN,
            CONSENT_EXPIRED,
            COVENANT_ENDED,
            STATUTE,
            BTG_ACTIVE,
            BTG_EXPIRED);

    /** The rows of a grid about something of a fixture youth. */
    static final List<Variant> YOUTH_ROWS = List.of(
            OWN_ORG,
            OTHER_ORG,
            CONSENTED,
            CONSENT_WITHDRAWN,
            CONSENT_EXPIRED,
            COVENANT_ENDED,
            STATUTE,
            BTG_ACTIVE,
            BTG_EXPIRED,
            UNKNOWN);

    /** The rows of a grid about an administrative object. */
    static final List<Variant> OBJECT_ROWS = List.of(OBJECT, UNKNOWN);

    final String label;
    final String description;

    Variant(String label, String description) {
        this.label = label;
        this.description = description;
    }

    boolean isYouth() {
        return YOUTHS.contains(this);
    }

    static Variant byLabel(String label) {
        return Arrays.stream(values())
                .filter(v -> v.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No variant labelled '" + label + "'"));
    }
}
