package nl.overstap.youth;

import java.time.LocalDate;
import java.util.UUID;

/** The few facts other modules need about a youth to decide and to act. */
public record YouthRef(UUID id, UUID organisationId, String region, String displayName, LocalDate dateOfBirth) {}
