package nl.overstap.match;

import java.time.LocalDate;
import java.util.UUID;
import nl.overstap.placement.PlaceKind;

/**
 * A youth started at a place, confirmed by the coach. Published inside the transaction that moved
 * the trajectory to Borg, so that follow-up schedules its check-ins in the same transaction.
 */
public record MatchStarted(
        UUID matchId,
        UUID youthId,
        UUID trajectoryId,
        UUID placeId,
        UUID organisationId,
        PlaceKind placeKind,
        LocalDate startDate) {}
