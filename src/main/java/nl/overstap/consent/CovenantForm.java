package nl.overstap.consent;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A covenant as typed: parties, dates, purposes and shares ("KIND:CATEGORY", e.g.
 * "RMC:TRAJECTORY": organisations of that kind may receive that category).
 */
public record CovenantForm(
        @Nullable String name,
        @Nullable String startDate,
        @Nullable String endDate,
        @Nullable String purposes,
        @Nullable List<UUID> parties,
        @Nullable List<String> shares) {}
