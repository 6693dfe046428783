package nl.overstap.trajectory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.overstap.audit.AccessLog;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import nl.overstap.youth.AgePolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseload: open trajectories in one query (one page plus one row to know whether there is a
 * next page: never a count over the whole filter), and one access-log statement for the youths shown.
 */
@Service
public class Caseload {

    static final ZoneId ZONE = nl.overstap.shared.DutchTime.ZONE;

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final Clock clock;
    private final int overdueDays;

    Caseload(
            JdbcClient jdbc,
            AccessLog accessLog,
            Clock clock,
            @Value("${overstap.caseload.contact-overdue-days}") int overdueDays) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.clock = clock;
        this.overdueDays = overdueDays;
    }

    /** A page of the caseload; {@code overdueDays} is the threshold used for the flag. */
    public record Page(List<CaseloadRow> rows, boolean hasNext, CaseloadQuery query, int overdueDays) {}

    /** Which scopes this user may choose. */
    public static List<CaseloadQuery.Scope> scopesFor(CurrentUser user) {
        return switch (user.role()) {
            case COACH -> List.of(CaseloadQuery.Scope.MINE, CaseloadQuery.Scope.TEAM);
            case COORDINATOR -> List.of(CaseloadQuery.Scope.REGION);
            default -> List.of();
        };
    }

    @Transactional
    public Page show(CurrentUser user, CaseloadQuery query) {
        if (!scopesFor(user).contains(query.scope())) {
            throw new NotFoundException();
        }
        String scope = switch (query.scope()) {
            case MINE -> "t.coach_id = :me";
            case TEAM -> "t.organisation_id = :org";
            case REGION -> "t.organisation_id in (select so.id from organisation so where so.region = :region)";
        };
        String phase = query.phase() == null ? "" : " and t.phase = :phase";
        List<CaseloadRow> rows = jdbc.sql(
                        """
                        select t.id as trajectory_id, y.id as youth_id, coalesce(y.preferred_name, y.given_names) as first_name,
                               y.family_name, y.date_of_birth, y.municipality, t.phase, t.phase_entered_at,
                               t.last_contact_at, t.start_date, p.name as programme, a.display_name as coach
                          from trajectory t
                          join youth y on y.id = t.youth_id
                          join programme p on p.id = t.programme_id
                          join account a on a.id = t.coach_id
                         where t.phase <> 'CLOSED' and\s""" + scope + phase + " order by " + query.sort().orderBy + " limit :limit offset :offset")
                .param("me", user.id())
                .param("org", user.organisationId())
                .param("region", user.region())
                .param("phase", query.phase() == null ? "" : query.phase().name())
                .param("limit", CaseloadQuery.PAGE_SIZE + 1)
                .param("offset", query.page() * CaseloadQuery.PAGE_SIZE)
                .query((rs, n) -> row(rs))
                .list();
        boolean hasNext = rows.size() > CaseloadQuery.PAGE_SIZE;
        List<CaseloadRow> shown = hasNext ? rows.subList(0, CaseloadQuery.PAGE_SIZE) : rows;
        accessLog.listed(
                user,
                shown.stream().map(CaseloadRow::youthId).toList(),
                EnumSet.of(DataCategory.BASIC, DataCategory.TRAJECTORY));
        return new Page(List.copyOf(shown), hasNext, query, overdueDays);
    }

    private CaseloadRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        java.sql.Timestamp lastContact = rs.getTimestamp("last_contact_at");
        Instant phaseEntered = rs.getTimestamp("phase_entered_at").toInstant();
        LocalDate startDate = rs.getObject("start_date", LocalDate.class);
        Long daysSinceContact = lastContact == null ? null : days(lastContact.toInstant(), now);
        long sinceStart = Math.max(0, today.toEpochDay() - startDate.toEpochDay());
        boolean overdue = daysSinceContact == null ? sinceStart > overdueDays : daysSinceContact > overdueDays;
        return new CaseloadRow(
                rs.getObject("trajectory_id", UUID.class),
                rs.getObject("youth_id", UUID.class),
                rs.getString("first_name") + " " + rs.getString("family_name"),
                AgePolicy.ageOn(rs.getObject("date_of_birth", LocalDate.class), today),
                rs.getString("municipality"),
                Phase.valueOf(rs.getString("phase")),
                days(phaseEntered, now),
                daysSinceContact,
                overdue,
                rs.getString("programme"),
                rs.getString("coach"),
                startDate);
    }

    static long days(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toDays());
    }

    static CaseloadQuery.Scope defaultScope(CurrentUser user) {
        return user.is(Role.COORDINATOR) ? CaseloadQuery.Scope.REGION : CaseloadQuery.Scope.MINE;
    }
}
