package nl.overstap.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.Statute;
import org.jspecify.annotations.Nullable;

/** One version of a consent decision for a youth, a partner organisation and a data category. */
public record ConsentRecord(
        UUID id,
        UUID organisationId,
        String organisationName,
        DataCategory category,
        int version,
        boolean current,
        ConsentBasis basis,
        String decision,
        @Nullable Statute statute,
        LocalDate givenOn,
        @Nullable ConsentMethod method,
        @Nullable LocalDate validUntil,
        @Nullable String guardianNote,
        @Nullable Instant withdrawnAt,
        String recordedBy,
        Instant recordedAt) {

    /** Is this version in force on {@code today} (granted, not withdrawn, not expired)? */
    public boolean inForce(LocalDate today) {
        return current
                && "GRANTED".equals(decision)
                && withdrawnAt == null
                && (basis == ConsentBasis.LEGAL_BASIS || (validUntil != null && !validUntil.isBefore(today)));
    }
}
