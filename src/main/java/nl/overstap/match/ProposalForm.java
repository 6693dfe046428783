package nl.overstap.match;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Proposing a youth for a place, as typed: the place, hours the youth is available, a note for the employer. */
public record ProposalForm(
        @Nullable UUID placeId,
        @Nullable String hoursAvailable,
        @Nullable String note) {}
