package nl.overstap.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.overstap.identity.OrganisationKind;
import nl.overstap.identity.Organisations;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.DutchDates;
import nl.overstap.shared.DutchTime;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The covenants (samenwerkingsovereenkomsten): parties, period, purposes, and which data categories
 * organisations of each kind may receive. Consent counts only within an active covenant between the
 * partner and the youth's organisation; ending a covenant stops every share it allowed at once.
 * Managed by administrators.
 */
@Service
public class Covenants {

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Clock clock;

    Covenants(JdbcClient jdbc, Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** A covenant as listed. */
    public record Summary(
            UUID id,
            String name,
            LocalDate startDate,
            @Nullable LocalDate endDate,
            String purposes,
            List<String> parties,
            List<String> shares,
            boolean active) {}

    public List<Summary> all(CurrentUser admin) {
        requireAdmin(admin);
        LocalDate today = DutchTime.today(clock);
        return jdbc.sql("""
                        select cv.id, cv.name, cv.start_date, cv.end_date, cv.purposes,
                               coalesce((select array_agg(o.name order by o.name) from covenant_party p
                                           join organisation o on o.id = p.organisation_id where p.covenant_id = cv.id), '{}') as parties,
                               coalesce((select array_agg(s.organisation_kind || ':' || s.data_category
                                                          order by s.organisation_kind, s.data_category)
                                           from covenant_share s where s.covenant_id = cv.id), '{}') as shares
                          from covenant cv order by cv.start_date desc, cv.name
                        """)
                .query((rs, n) -> {
                    LocalDate start = rs.getObject("start_date", LocalDate.class);
                    LocalDate end = rs.getObject("end_date", LocalDate.class);
                    return new Summary(
                            rs.getObject("id", UUID.class),
                            rs.getString("name"),
                            start,
                            end,
                            rs.getString("purposes"),
                            Arrays.asList((String[]) rs.getArray("parties").getArray()),
                            Arrays.asList((String[]) rs.getArray("shares").getArray()),
                            !start.isAfter(today) && (end == null || !end.isBefore(today)));
                })
                .list();
    }

    @Transactional
    public @Nullable UUID create(CurrentUser admin, CovenantForm form, Errors errors) {
        requireAdmin(admin);
        if (form.name() == null || form.name().isBlank()) {
            errors.rejectValue("name", "covenant.error.name");
        }
        LocalDate start = DutchDates.parse(form.startDate()).orElse(null);
        if (start == null) {
            errors.rejectValue("startDate", "covenant.error.startDate");
        }
        LocalDate end = null;
        if (form.endDate() != null && !form.endDate().isBlank()) {
            end = DutchDates.parse(form.endDate()).orElse(null);
            if (end == null || (start != null && end.isBefore(start))) {
                errors.rejectValue("endDate", "covenant.error.endDate");
            }
        }
        if (form.purposes() == null || form.purposes().isBlank()) {
            errors.rejectValue("purposes", "covenant.error.purposes");
        }
        List<UUID> parties = form.parties() == null ? List.of() : form.parties();
        if (parties.size() < 2
                || parties.stream().anyMatch(p -> organisations.find(p).isEmpty())) {
            errors.rejectValue("parties", "covenant.error.parties");
        }
        List<String[]> shares = new ArrayList<>();
        for (String share : form.shares() == null ? List.<String>of() : form.shares()) {
            String[] parts = share.split(":");
            if (parts.length == 2
                    && valid(OrganisationKind.class, parts[0])
                    && valid(DataCategory.class, parts[1])
                    && !DataCategory.BSN.name().equals(parts[1])) {
                shares.add(parts);
            }
        }
        if (shares.isEmpty()) {
            errors.rejectValue("shares", "covenant.error.shares");
        }
        if (errors.hasErrors() || start == null) {
            return null;
        }
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "insert into covenant (id, name, start_date, end_date, purposes) values (:id, :name, :start, :end, :p)")
                .param("id", id)
                .param("name", form.name().strip())
                .param("start", start)
                .param("end", end)
                .param("p", form.purposes().strip())
                .update();
        for (UUID party : parties.stream().distinct().toList()) {
            jdbc.sql("insert into covenant_party (covenant_id, organisation_id) values (:c, :o)")
                    .param("c", id)
                    .param("o", party)
                    .update();
        }
        for (String[] share : shares) {
            jdbc.sql("insert into covenant_share (covenant_id, organisation_kind, data_category, purpose)"
                            + " values (:c, :k, :d, :p) on conflict do nothing")
                    .param("c", id)
                    .param("k", share[0])
                    .param("d", share[1])
                    .param("p", form.purposes().strip())
                    .update();
        }
        return id;
    }

    /** Ends the covenant after {@code lastDay}; from the next day on, nothing it allowed is shared. */
    @Transactional
    public void end(CurrentUser admin, UUID covenantId, LocalDate lastDay) {
        requireAdmin(admin);
        int rows = jdbc.sql("update covenant set end_date = :end where id = :id and start_date <= :end")
                .param("end", lastDay)
                .param("id", covenantId)
                .update();
        if (rows != 1) {
            throw new NotFoundException();
        }
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.is(Role.ADMIN)) {
            throw new NotFoundException();
        }
    }

    private static <E extends Enum<E>> boolean valid(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(value));
    }
}
