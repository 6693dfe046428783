package nl.overstap.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.overstap.audit.AccessEventType;
import nl.overstap.consent.Grant;
import nl.overstap.consent.YouthAccess;
import nl.overstap.contact.Contacts;
import nl.overstap.identity.AccountSummary;
import nl.overstap.identity.Accounts;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.Role;
import nl.overstap.trajectory.Phase;
import nl.overstap.trajectory.Trajectories;
import nl.overstap.youth.AgePolicy;
import nl.overstap.youth.BsnProtector;
import nl.overstap.youth.YouthRegistration;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the youth file: (1) youth with newest trajectory, (2) one page of the timeline, (3) for
 * coordinators the coaches they can reassign to; then one access-log row. A refused or unknown id
 * is a 404, and the refusal is logged.
 */
@Service
public class YouthFileQuery {

    static final int TIMELINE_PAGE = 20;
    private static final ZoneId ZONE = nl.overstap.shared.DutchTime.ZONE;

    private final JdbcClient jdbc;
    private final YouthAccess youthAccess;
    private final BsnProtector bsnProtector;
    private final Accounts accounts;
    private final Clock clock;

    YouthFileQuery(
            JdbcClient jdbc, YouthAccess youthAccess, BsnProtector bsnProtector, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.youthAccess = youthAccess;
        this.bsnProtector = bsnProtector;
        this.accounts = accounts;
        this.clock = clock;
    }

    private record Header(UUID youthId, UUID organisationId, String region, ResultRow row) {}

    /** Raw header values, mapped once. */
    private record ResultRow(
            String givenNames,
            @Nullable String preferredName,
            String familyName,
            LocalDate dateOfBirth,
            String municipality,
            @Nullable String postcode,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String bsnEncrypted,
            String educationStatus,
            String startQualification,
            List<String> markers,
            YouthFile.@Nullable CurrentTrajectory trajectory,
            YouthFile.ScanAndPlan scanAndPlan) {}

    @Transactional
    public YouthFile read(CurrentUser user, UUID youthId, int page) {
        Grant grant = youthAccess.require(user, youthId, AccessEventType.READ);
        Instant now = Instant.now(clock);
        Header header = jdbc.sql("""
                        select y.*, o.region, t.id as t_id, t.phase, t.phase_entered_at, t.coach_id, t.start_date,
                               t.outcome, t.end_reason, t.satisfaction_score, t.would_recommend, p.name as programme, a.display_name as coach,
                               (select max(sc.scan_date) from scan sc where sc.youth_id = y.id) as last_scan,
                               (select count(*) from scan sc where sc.youth_id = y.id) as scans,
                               (select pa.agreed_on from plan_agreement pa where pa.youth_id = y.id) as plan_agreed_on,
                               (select count(*) from plan_goal g where g.youth_id = y.id
                                   and g.status in ('OPEN', 'IN_PROGRESS')) as open_goals,
                               (select count(*) from plan_action ac where ac.youth_id = y.id and ac.status <> 'DONE') as open_actions,
                               (select count(*) from plan_action ac where ac.youth_id = y.id and ac.status <> 'DONE'
                                   and ac.due_date < current_date) as overdue_actions
                          from youth y
                          join organisation o on o.id = y.organisation_id
                          left join lateral (select * from trajectory tt where tt.youth_id = y.id
                                              order by (tt.phase <> 'CLOSED') desc, tt.created_at desc limit 1) t on true
                          left join programme p on p.id = t.programme_id
                          left join account a on a.id = t.coach_id
                         where y.id = :id
                        """)
                .param("id", youthId)
                .query((rs, n) -> header(rs, now))
                .single();
        ResultRow row = header.row();
        YouthFile.CurrentTrajectory trajectory = grant.allows(DataCategory.TRAJECTORY) ? row.trajectory() : null;
        boolean ownOpen = grant.ownScope()
                && trajectory != null
                && trajectory.isOpen()
                && user.is(Role.COACH)
                && trajectory.coachId().equals(user.id());
        int safePage = Math.max(0, Math.min(page, 10_000));
        boolean phases = grant.allows(DataCategory.TRAJECTORY);
        boolean contacts = grant.allows(DataCategory.CONTACT_NOTES);
        List<TimelineEntry> timeline =
                phases || contacts ? timeline(user, youthId, safePage, now, ownOpen, phases, contacts) : List.of();
        boolean hasMore = timeline.size() > TIMELINE_PAGE;
        if (hasMore) {
            timeline = timeline.subList(0, TIMELINE_PAGE);
        }
        boolean reassign = grant.ownScope() && trajectory != null && trajectory.isOpen() && user.is(Role.COORDINATOR);
        List<AccountSummary> coaches = reassign ? accounts.coachesOf(header.organisationId()) : List.of();
        EnumSet<DataCategory> shown = EnumSet.of(
                DataCategory.BASIC,
                DataCategory.CONTACT_DETAILS,
                DataCategory.SITUATION,
                DataCategory.TRAJECTORY,
                DataCategory.CONTACT_NOTES);
        if (row.bsnEncrypted() != null) {
            shown.add(DataCategory.BSN);
        }
        youthAccess.logAllowed(
                user,
                grant,
                grant.emergency() ? AccessEventType.EMERGENCY : AccessEventType.READ,
                "youth",
                youthId,
                shown);
        YouthFile.Actions actions = new YouthFile.Actions(
                grant.ownScope()
                        && (row.trajectory() == null || !row.trajectory().isOpen())
                        && Trajectories.mayStart(user),
                ownOpen,
                ownOpen ? trajectory.phase().next() : null,
                ownOpen && trajectory.phase() != Phase.SCOUT,
                ownOpen,
                reassign,
                grant.ownScope());
        boolean basic = grant.allows(DataCategory.BASIC);
        boolean details = grant.allows(DataCategory.CONTACT_DETAILS);
        boolean situation = grant.allows(DataCategory.SITUATION);
        return new YouthFile(
                youthId,
                basic
                        ? (row.preferredName() != null ? row.preferredName() : row.givenNames()) + " "
                                + row.familyName()
                        : null,
                basic ? row.givenNames() : null,
                basic ? row.familyName() : null,
                basic ? AgePolicy.ageOn(row.dateOfBirth(), LocalDate.ofInstant(now, ZONE)) : null,
                basic ? row.dateOfBirth() : null,
                basic ? row.municipality() : null,
                details ? row.postcode() : null,
                details ? row.phone() : null,
                details ? row.email() : null,
                grant.allows(DataCategory.BSN) && row.bsnEncrypted() != null
                        ? bsnProtector.decryptMasked(row.bsnEncrypted())
                        : null,
                situation ? row.educationStatus() : null,
                situation ? row.startQualification() : null,
                situation ? row.markers() : List.of(),
                trajectory,
                List.copyOf(timeline),
                hasMore,
                safePage,
                actions,
                coaches,
                grant,
                row.scanAndPlan());
    }

    /** Whether this user could register youths: used by the page for the "new youth" link. */
    public static boolean mayRegister(CurrentUser user) {
        return YouthRegistration.mayRegister(user);
    }

    private Header header(ResultSet rs, Instant now) throws SQLException {
        List<String> markers = new ArrayList<>();
        for (String marker : List.of(
                "youth_care_history",
                "mild_intellectual_disability",
                "non_intellectual_disability",
                "multi_problem",
                "justice_contact")) {
            if (rs.getBoolean(marker)) {
                markers.add(marker);
            }
        }
        UUID trajectoryId = rs.getObject("t_id", UUID.class);
        YouthFile.CurrentTrajectory trajectory = trajectoryId == null
                ? null
                : new YouthFile.CurrentTrajectory(
                        trajectoryId,
                        Phase.valueOf(rs.getString("phase")),
                        Math.max(
                                0,
                                Duration.between(
                                                rs.getTimestamp("phase_entered_at")
                                                        .toInstant(),
                                                now)
                                        .toDays()),
                        rs.getString("programme"),
                        rs.getObject("coach_id", UUID.class),
                        rs.getString("coach"),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getString("outcome"),
                        rs.getString("end_reason"),
                        rs.getObject("satisfaction_score", Integer.class),
                        rs.getObject("would_recommend", Boolean.class));
        return new Header(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("region"),
                new ResultRow(
                        rs.getString("given_names"),
                        rs.getString("preferred_name"),
                        rs.getString("family_name"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getString("municipality"),
                        rs.getString("postcode"),
                        rs.getString("phone"),
                        rs.getString("email"),
                        rs.getString("bsn_encrypted"),
                        rs.getString("education_status"),
                        rs.getString("start_qualification"),
                        markers,
                        trajectory,
                        new YouthFile.ScanAndPlan(
                                rs.getObject("last_scan", LocalDate.class),
                                rs.getInt("scans"),
                                rs.getObject("plan_agreed_on", LocalDate.class),
                                rs.getInt("open_goals"),
                                rs.getInt("open_actions"),
                                rs.getInt("overdue_actions"))));
    }

    private List<TimelineEntry> timeline(
            CurrentUser user, UUID youthId, int page, Instant now, boolean ownOpen, boolean phases, boolean contacts) {
        return jdbc.sql("""
                        select * from (
                            select 'PHASE' as type, pc.id, pc.changed_at as at, a.display_name as author, pc.changed_by as author_id,
                                   pc.from_phase, pc.to_phase, pc.kind as change_kind, pc.reason as text,
                                   null::text as channel, null::text as counterpart, null::boolean as reached,
                                   null::integer as duration_minutes, false as correction, false as corrected,
                                   pc.changed_at as created_at, t.phase <> 'CLOSED' as open_trajectory
                              from phase_change pc
                              join trajectory t on t.id = pc.trajectory_id
                              join account a on a.id = pc.changed_by
                             where t.youth_id = :youth and :phases
                            union all
                            select 'CONTACT', c.id, c.occurred_at, a.display_name, c.author_id, null, null, null, c.note,
                                   c.channel, c.counterpart, c.reached, c.duration_minutes, c.corrects_id is not null,
                                   exists (select 1 from contact k where k.corrects_id = c.id), c.created_at,
                                   t.phase <> 'CLOSED'
                              from contact c
                              join trajectory t on t.id = c.trajectory_id
                              join account a on a.id = c.author_id
                             where t.youth_id = :youth and :contacts
                        ) entries
                        order by at desc, created_at desc, id
                        limit :limit offset :offset
                        """)
                .param("youth", youthId)
                .param("phases", phases)
                .param("contacts", contacts)
                .param("limit", TIMELINE_PAGE + 1)
                .param("offset", page * TIMELINE_PAGE)
                .query((rs, n) -> entry(rs, user, now, ownOpen))
                .list();
    }

    private static TimelineEntry entry(ResultSet rs, CurrentUser user, Instant now, boolean ownOpen)
            throws SQLException {
        boolean contact = "CONTACT".equals(rs.getString("type"));
        boolean correction = rs.getBoolean("correction");
        boolean corrected = rs.getBoolean("corrected");
        boolean editable = contact
                && ownOpen
                && rs.getObject("author_id", UUID.class).equals(user.id())
                && Duration.between(rs.getTimestamp("created_at").toInstant(), now)
                                .compareTo(Contacts.EDIT_WINDOW)
                        < 0;
        boolean correctable = contact && ownOpen && !editable && !correction && !corrected;
        Object reached = rs.getObject("reached");
        Object duration = rs.getObject("duration_minutes");
        return new TimelineEntry(
                rs.getString("type"),
                rs.getObject("id", UUID.class),
                rs.getTimestamp("at").toInstant(),
                rs.getString("author"),
                rs.getString("from_phase"),
                rs.getString("to_phase"),
                rs.getString("change_kind"),
                rs.getString("text"),
                rs.getString("channel"),
                rs.getString("counterpart"),
                reached == null ? null : (Boolean) reached,
                duration == null ? null : ((Number) duration).intValue(),
                correction,
                corrected,
                editable,
                correctable);
    }
}
