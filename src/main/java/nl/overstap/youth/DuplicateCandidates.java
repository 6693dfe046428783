package nl.overstap.youth;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Finds youths that may be the same person as the given details: the same BSN is the same youth;
 * otherwise candidates by name, date of birth and postcode similarity, for a person to review. Only
 * youths within the user's scope are returned.
 */
@Service
public class DuplicateCandidates {

    /** What is known of the person to compare; any part may be missing. */
    public record Person(
            @Nullable String givenNames,
            @Nullable String familyName,
            @Nullable LocalDate dateOfBirth,
            @Nullable String postcode,
            @Nullable String bsnHash) {}

    /** A possible match, with why it was suggested (message keys) and a score from 0 to 100. */
    public record Candidate(
            UUID youthId,
            String displayName,
            LocalDate dateOfBirth,
            boolean sameBsn,
            int score,
            List<String> reasonKeys) {}

    /** Candidates, best first; at most {@code limit}. Not yet implemented: returns none. */
    public List<Candidate> find(CurrentUser user, Person person, int limit) {
        return List.of();
    }
}
