package nl.overstap.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored scan as far as the reader may see it: {@code scores} holds only the visible domains, and
 * talents, interests and wishes are null or empty when the reader may not see them.
 */
public record Scan(
        UUID id,
        UUID youthId,
        LocalDate scanDate,
        @Nullable String talents,
        List<Sector> interests,
        @Nullable String wishes,
        List<Participant> participants,
        Instant createdAt,
        Map<LifeDomain, DomainScore> scores) {

    public Scan {
        interests = List.copyOf(interests);
        participants = List.copyOf(participants);
        scores = Map.copyOf(scores);
    }

    /** The score of a domain; empty when unknown or not visible. */
    public Optional<Integer> score(LifeDomain domain) {
        DomainScore score = scores.get(domain);
        return score == null ? Optional.empty() : Optional.ofNullable(score.score());
    }

    public @Nullable DomainScore domain(LifeDomain domain) {
        return scores.get(domain);
    }
}
