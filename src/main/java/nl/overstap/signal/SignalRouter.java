package nl.overstap.signal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.overstap.shared.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides which coaching organisation picks up a new signal (the most specific routing rule of the
 * region wins) and by when the first contact attempt is due.
 */
@Component
public class SignalRouter {

    private final JdbcClient jdbc;
    private final int firstContactWorkingDays;

    SignalRouter(
            JdbcClient jdbc, @Value("${overstap.signals.first-contact-working-days:5}") int firstContactWorkingDays) {
        this.jdbc = jdbc;
        this.firstContactWorkingDays = firstContactWorkingDays;
    }

    /** The organisation whose triage queue receives the signal, if any rule of the region applies. */
    public Optional<UUID> route(
            String region, @Nullable String municipality, @Nullable UUID programmeId, SignalSource source) {
        return jdbc.sql("""
                        select organisation_id from signal_routing_rule
                         where region = :region
                           and (municipality is null or municipality = :municipality)
                           and (programme_id is null or programme_id = :programme)
                           and (source is null or source = :source)
                         order by (municipality is not null)::int + (programme_id is not null)::int
                                  + (source is not null)::int desc, priority, created_at
                         limit 1""")
                .param("region", region)
                .param("municipality", municipality)
                .param("programme", programmeId)
                .param("source", source.name())
                .query(UUID.class)
                .optional();
    }

    /** The first contact attempt is due this many working days after the signal arrived. */
    public LocalDate firstContactDue(LocalDate received, Urgency urgency) {
        int days = switch (urgency) {
            case URGENT -> 1;
            case HIGH -> Math.min(2, firstContactWorkingDays);
            case NORMAL -> firstContactWorkingDays;
        };
        return WorkingDays.plus(received, days);
    }
}
