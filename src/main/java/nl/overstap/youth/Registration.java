package nl.overstap.youth;

import java.util.List;
import java.util.UUID;

/** What became of a registration attempt. */
public sealed interface Registration {

    /** The youth was registered. */
    record Registered(UUID youthId) implements Registration {}

    /** Field errors were added to the form's errors; nothing was stored. */
    record Invalid() implements Registration {}

    /** Someone with a similar name, date of birth or postcode exists in scope; the coach must confirm. */
    record PossibleDuplicates(List<DuplicateCandidates.Candidate> matches) implements Registration {}
}
