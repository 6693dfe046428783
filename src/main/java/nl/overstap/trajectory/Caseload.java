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
    private final StuckThresholds thresholds;

    Caseload(JdbcClient jdbc, AccessLog accessLog, Clock clock, StuckThresholds thresholds) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.clock = clock;
        this.thresholds = thresholds;
    }

    /** A page of the caseload, with the thresholds its flags used. */
    public record Page(List<CaseloadRow> rows, boolean hasNext, CaseloadQuery query, StuckThresholds thresholds) {}

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
        String stuck = query.stuckOnly() ? " and " + STUCK : "";
        List<CaseloadRow> rows = jdbc.sql(
                        """
                        select t.id as trajectory_id, y.id as youth_id, coalesce(y.preferred_name, y.given_names) as first_name,
                               y.family_name, y.date_of_birth, y.municipality, t.phase, t.phase_entered_at,
                               t.last_contact_at, t.start_date, p.name as programme, a.display_name as coach,
                               """ + ACTION_OVERDUE + " as action_overdue, " + CONSENT_BLOCKS + " as consent_blocks, "
                                + FOLLOW_UP_ATTENTION + """
                                as follow_up_attention
                          from trajectory t
                          join youth y on y.id = t.youth_id
                          join programme p on p.id = t.programme_id
                          join account a on a.id = t.coach_id
                         where t.phase <> 'CLOSED' and\s""" + scope
                                + phase + stuck + " order by " + query.sort().orderBy
                                + " limit :limit offset :offset")
                .param("me", user.id())
                .param("org", user.organisationId())
                .param("region", user.region())
                .param("phase", query.phase() == null ? "" : query.phase().name())
                .param("now", java.sql.Timestamp.from(Instant.now(clock)))
                .param("contactDays", thresholds.noContactDays())
                .param("borgDays", thresholds.noContactDaysInBorg())
                .param("weeks", thresholds.noPhaseChangeWeeks())
                .param("today", nl.overstap.shared.DutchTime.today(clock))
                .param("actionDays", thresholds.actionOverdueDays())
                .param("missedDays", thresholds.checkInMissedDays())
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
        return new Page(List.copyOf(shown), hasNext, query, thresholds);
    }

    private CaseloadRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        java.sql.Timestamp lastContact = rs.getTimestamp("last_contact_at");
        Instant phaseEntered = rs.getTimestamp("phase_entered_at").toInstant();
        LocalDate startDate = rs.getObject("start_date", LocalDate.class);
        Long daysSinceContact = lastContact == null ? null : days(lastContact.toInstant(), now);
        long sinceStart = Math.max(0, today.toEpochDay() - startDate.toEpochDay());
        Phase phase = Phase.valueOf(rs.getString("phase"));
        int threshold = thresholds.noContactDays(phase);
        boolean overdue = daysSinceContact == null ? sinceStart > threshold : daysSinceContact > threshold;
        boolean stalled = days(phaseEntered, now) > 7L * thresholds.noPhaseChangeWeeks();
        String attention = rs.getString("follow_up_attention");
        return new CaseloadRow(
                rs.getObject("trajectory_id", UUID.class),
                rs.getObject("youth_id", UUID.class),
                rs.getString("first_name") + " " + rs.getString("family_name"),
                AgePolicy.ageOn(rs.getObject("date_of_birth", LocalDate.class), today),
                rs.getString("municipality"),
                phase,
                days(phaseEntered, now),
                daysSinceContact,
                overdue,
                threshold,
                stalled,
                rs.getBoolean("action_overdue"),
                rs.getBoolean("consent_blocks"),
                attention == null ? null : FollowUpAttention.valueOf(attention),
                rs.getString("programme"),
                rs.getString("coach"),
                startDate);
    }

    /** An action of the youth's plan, not done, due more than the set days ago. */
    static final String ACTION_OVERDUE = """
            exists (select 1 from plan_action pa where pa.youth_id = t.youth_id and pa.status <> 'DONE'
                       and pa.due_date < cast(:today as date) - :actionDays)""";

    /**
     * An open action owned by a partner organisation whose current consent for the plan was
     * withdrawn, refused or has expired: the partner can no longer see it.
     */
    static final String CONSENT_BLOCKS = """
            exists (select 1 from plan_action pa
                      join consent_record c on c.youth_id = pa.youth_id and c.organisation_id = pa.owner_organisation_id
                                           and c.data_category = 'PLAN' and c.is_current
                     where pa.youth_id = t.youth_id and pa.status <> 'DONE' and pa.owner_type = 'PARTNER'
                       and (c.withdrawn_at is not null or c.decision = 'REFUSED'
                            or (c.basis = 'CONSENT' and c.valid_until < cast(:today as date))))""";

    /**
     * In Borg, what the follow-up of the started place asks attention for (see {@link FollowUpAttention}),
     * or null: read from the follow-up tables, the first that applies.
     */
    static final String FOLLOW_UP_ATTENTION = """
            (case when t.phase <> 'BORG' then null
                  when exists (select 1 from followup_placement fp where fp.trajectory_id = t.id and fp.ended_on is not null)
                       and not exists (select 1 from followup_placement fp where fp.trajectory_id = t.id and fp.ended_on is null)
                       then 'PLACE_ENDED'
                  when exists (select 1 from followup_checkin fc join followup_placement fp on fp.match_id = fc.match_id
                                where fp.trajectory_id = t.id and fp.ended_on is null and fc.concern
                                  and not exists (select 1 from followup_checkin later
                                                   where later.match_id = fc.match_id and later.party = fc.party
                                                     and later.answered_at > fc.answered_at))
                       then 'CONCERN'
                  when exists (select 1 from followup_checkin fc join followup_placement fp on fp.match_id = fc.match_id
                                where fp.trajectory_id = t.id and fp.ended_on is null and fc.answered_at is null
                                  and fc.due_on < cast(:today as date) - :missedDays)
                       then 'MISSED_CHECK_IN'
             end)""";

    /**
     * The stuck-case condition in SQL (on trajectory {@code t}), the same rule as the row flags:
     * no reached contact for the phase's number of days, or no phase change for the set weeks, an
     * overdue action, a partner action blocked by consent, or in Borg a follow-up that needs attention.
     */
    static final String STUCK =
            """
            (coalesce(t.last_contact_at, t.start_date::timestamptz)
                 < cast(:now as timestamptz) - make_interval(days => case when t.phase = 'BORG' then :borgDays else :contactDays end)
             or t.phase_entered_at < cast(:now as timestamptz) - make_interval(weeks => :weeks)
             or\s""" + ACTION_OVERDUE + " or " + CONSENT_BLOCKS + " or " + FOLLOW_UP_ATTENTION + " is not null)";

    static long days(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toDays());
    }

    static CaseloadQuery.Scope defaultScope(CurrentUser user) {
        return user.is(Role.COORDINATOR) ? CaseloadQuery.Scope.REGION : CaseloadQuery.Scope.MINE;
    }
}
