package nl.overstap.rights;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.overstap.assessment.LifeDomain;
import nl.overstap.audit.AccessEventType;
import nl.overstap.consent.Grant;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.youth.BsnProtector;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collects everything stored about one youth for an export: one query per kind of data (eighteen
 * in all, whatever the number of rows) and one access-log row of type EXPORT in the same transaction.
 * Only a coach or coordinator who works on the file (own scope) may export.
 */
@Service
class YouthExport {

    /** What an export shows: every category of the youth's data. */
    static final Set<DataCategory> EXPORTED = EnumSet.of(
            DataCategory.BASIC,
            DataCategory.CONTACT_DETAILS,
            DataCategory.SITUATION,
            DataCategory.TRAJECTORY,
            DataCategory.CONTACT_NOTES,
            DataCategory.NETWORK,
            DataCategory.SCAN_WORK_INCOME,
            DataCategory.SCAN_HOUSING,
            DataCategory.SCAN_HEALTH,
            DataCategory.SCAN_JUSTICE,
            DataCategory.SCAN_SOCIAL,
            DataCategory.PLAN,
            DataCategory.BSN);

    private final JdbcClient jdbc;
    private final RightsAccess access;
    private final BsnProtector bsnProtector;
    private final Clock clock;

    YouthExport(JdbcClient jdbc, RightsAccess access, BsnProtector bsnProtector, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.bsnProtector = bsnProtector;
        this.clock = clock;
    }

    /** The export, logged as an EXPORT of every category; 404 for anyone outside the own scope. */
    @Transactional
    ExportDocument export(CurrentUser user, UUID youthId, String format) {
        Grant grant = access.requireWorker(user, youthId, AccessEventType.EXPORT);
        ExportDocument document = new ExportDocument(
                Instant.now(clock),
                youth(youthId),
                trajectories(youthId),
                contacts(youthId),
                consents(youthId),
                keyPersons(youthId),
                scans(youthId),
                plan(youthId),
                emergencyAccesses(youthId),
                corrections(youthId),
                erasureRequests(youthId),
                legalHoldChanges(youthId),
                escalations(youthId),
                meetingCases(youthId),
                signals(youthId),
                matchProposals(youthId),
                placements(youthId),
                accessLog(youthId));
        access.logAllowed(user, grant, AccessEventType.EXPORT, "export:" + format, youthId, EXPORTED);
        return document;
    }

    private ExportDocument.Youth youth(UUID youthId) {
        return jdbc.sql("""
                        select y.*, o.name as organisation_name, coalesce(a.display_name, '-') as registered_by
                          from youth y
                          join organisation o on o.id = y.organisation_id
                          left join account a on a.id = y.created_by
                         where y.id = :youth
                        """)
                .param("youth", youthId)
                .query((rs, n) -> new ExportDocument.Youth(
                        rs.getObject("id", UUID.class),
                        rs.getString("organisation_name"),
                        rs.getString("given_names"),
                        rs.getString("family_name"),
                        rs.getString("preferred_name"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getString("municipality"),
                        rs.getString("postcode"),
                        rs.getString("phone"),
                        rs.getString("email"),
                        masked(rs.getString("bsn_encrypted")),
                        rs.getString("education_status"),
                        rs.getString("start_qualification"),
                        rs.getBoolean("youth_care_history"),
                        rs.getBoolean("mild_intellectual_disability"),
                        rs.getBoolean("non_intellectual_disability"),
                        rs.getBoolean("multi_problem"),
                        rs.getBoolean("justice_contact"),
                        instant(rs, "created_at"),
                        rs.getString("registered_by"),
                        rs.getBoolean("legal_hold"),
                        rs.getString("legal_hold_reason"),
                        nullableInstant(rs, "anonymised_at")))
                .single();
    }

    private @Nullable String masked(@Nullable String encrypted) {
        return encrypted == null ? null : bsnProtector.decryptMasked(encrypted);
    }

    /** Trajectories (oldest first) with their phase history, in two queries. */
    private List<ExportDocument.Trajectory> trajectories(UUID youthId) {
        Map<UUID, List<ExportDocument.PhaseChange>> history = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.trajectory_id, p.from_phase, p.to_phase, p.kind, p.reason, p.changed_at,
                               coalesce(a.display_name, '-') as changed_by
                          from phase_change p
                          join trajectory t on t.id = p.trajectory_id
                          left join account a on a.id = p.changed_by
                         where t.youth_id = :youth
                         order by p.changed_at, p.id
                        """).param("youth", youthId).query(rs -> {
            history.computeIfAbsent(rs.getObject("trajectory_id", UUID.class), id -> new ArrayList<>())
                    .add(new ExportDocument.PhaseChange(
                            rs.getString("from_phase"),
                            rs.getString("to_phase"),
                            rs.getString("kind"),
                            rs.getString("reason"),
                            instant(rs, "changed_at"),
                            rs.getString("changed_by")));
        });
        return jdbc.sql("""
                        select t.*, o.name as organisation_name, p.name as programme_name,
                               coalesce(a.display_name, '-') as coach_name
                          from trajectory t
                          join organisation o on o.id = t.organisation_id
                          join programme p on p.id = t.programme_id
                          left join account a on a.id = t.coach_id
                         where t.youth_id = :youth
                         order by t.start_date, t.created_at
                        """)
                .param("youth", youthId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new ExportDocument.Trajectory(
                            id,
                            rs.getString("organisation_name"),
                            rs.getString("programme_name"),
                            rs.getString("coach_name"),
                            rs.getObject("start_date", LocalDate.class),
                            rs.getString("phase"),
                            instant(rs, "phase_entered_at"),
                            nullableInstant(rs, "last_contact_at"),
                            rs.getString("outcome"),
                            rs.getString("end_reason"),
                            nullableInstant(rs, "closed_at"),
                            rs.getObject("satisfaction_score", Integer.class),
                            rs.getObject("would_recommend", Boolean.class),
                            List.copyOf(history.getOrDefault(id, List.of())));
                })
                .list();
    }

    private List<ExportDocument.Contact> contacts(UUID youthId) {
        return jdbc.sql("""
                        select c.*, coalesce(a.display_name, '-') as author_name
                          from contact c
                          join trajectory t on t.id = c.trajectory_id
                          left join account a on a.id = c.author_id
                         where t.youth_id = :youth
                         order by c.occurred_at, c.id
                        """)
                .param("youth", youthId)
                .query((rs, n) -> new ExportDocument.Contact(
                        rs.getObject("id", UUID.class),
                        rs.getObject("trajectory_id", UUID.class),
                        instant(rs, "occurred_at"),
                        rs.getString("channel"),
                        rs.getString("counterpart"),
                        rs.getObject("reached", Boolean.class),
                        rs.getObject("duration_minutes", Integer.class),
                        rs.getString("note"),
                        rs.getObject("corrects_id", UUID.class),
                        rs.getString("author_name"),
                        instant(rs, "created_at"),
                        nullableInstant(rs, "updated_at")))
                .list();
    }

    /** Every version of every consent record, so the youth sees the history too. */
    private List<ExportDocument.Consent> consents(UUID youthId) {
        return jdbc.sql("""
                        select c.*, o.name as organisation_name, coalesce(a.display_name, '-') as recorded_by_name
                          from consent_record c
                          join organisation o on o.id = c.organisation_id
                          left join account a on a.id = c.recorded_by
                         where c.youth_id = :youth
                         order by o.name, c.data_category, c.version
                        """)
                .param("youth", youthId)
                .query((rs, n) -> new ExportDocument.Consent(
                        rs.getString("organisation_name"),
                        rs.getString("data_category"),
                        rs.getInt("version"),
                        rs.getBoolean("is_current"),
                        rs.getString("basis"),
                        rs.getString("decision"),
                        rs.getString("statute"),
                        rs.getObject("given_on", LocalDate.class),
                        rs.getString("given_how"),
                        rs.getObject("valid_until", LocalDate.class),
                        rs.getString("guardian_note"),
                        nullableInstant(rs, "withdrawn_at"),
                        rs.getString("recorded_by_name"),
                        instant(rs, "recorded_at")))
                .list();
    }

    private List<ExportDocument.KeyPerson> keyPersons(UUID youthId) {
        return jdbc.sql("""
                        select k.*, coalesce(a.display_name, '-') as created_by_name
                          from key_person k
                          left join account a on a.id = k.created_by
                         where k.youth_id = :youth
                         order by k.created_at, k.id
                        """)
                .param("youth", youthId)
                .query((rs, n) -> new ExportDocument.KeyPerson(
                        rs.getString("name"),
                        rs.getString("relation"),
                        rs.getString("phone"),
                        rs.getString("email"),
                        rs.getBoolean("joins_meetings"),
                        rs.getString("note"),
                        rs.getString("created_by_name"),
                        instant(rs, "created_at"),
                        nullableInstant(rs, "updated_at")))
                .list();
    }

    /** Every scan (oldest first) with its scores, in one query: one row per scan and domain. */
    private List<ExportDocument.Scan> scans(UUID youthId) {
        record Row(ExportDocument.Scan scan, UUID id, ExportDocument.@Nullable ScanScore score) {}
        List<Row> rows = jdbc.sql("""
                        select s.id, s.scan_date, s.talents, s.interests, s.wishes, s.participants, s.created_at,
                               coalesce(a.display_name, '-') as recorded_by_name,
                               c.domain, c.score, c.goes_well, c.needed, c.explanation
                          from scan s
                          left join account a on a.id = s.created_by
                          left join scan_score c on c.scan_id = s.id
                         where s.youth_id = :youth
                         order by s.scan_date, s.created_at, s.id
                        """)
                .param("youth", youthId)
                .query((rs, n) -> new Row(
                        new ExportDocument.Scan(
                                rs.getObject("scan_date", LocalDate.class),
                                rs.getString("talents"),
                                strings(rs.getArray("interests")),
                                rs.getString("wishes"),
                                strings(rs.getArray("participants")),
                                rs.getString("recorded_by_name"),
                                instant(rs, "created_at"),
                                List.of()),
                        rs.getObject("id", UUID.class),
                        rs.getString("domain") == null
                                ? null
                                : new ExportDocument.ScanScore(
                                        rs.getString("domain"),
                                        rs.getObject("score", Integer.class),
                                        rs.getString("goes_well"),
                                        rs.getString("needed"),
                                        rs.getString("explanation"))))
                .list();
        Map<UUID, ExportDocument.Scan> scans = new LinkedHashMap<>();
        Map<UUID, List<ExportDocument.ScanScore>> scores = new LinkedHashMap<>();
        for (Row row : rows) {
            scans.putIfAbsent(row.id(), row.scan());
            List<ExportDocument.ScanScore> own = scores.computeIfAbsent(row.id(), id -> new ArrayList<>());
            if (row.score() != null) {
                own.add(row.score());
            }
        }
        List<ExportDocument.Scan> result = new ArrayList<>();
        for (Map.Entry<UUID, ExportDocument.Scan> entry : scans.entrySet()) {
            ExportDocument.Scan scan = entry.getValue();
            List<ExportDocument.ScanScore> own = new ArrayList<>(scores.getOrDefault(entry.getKey(), List.of()));
            own.sort(Comparator.comparingInt(s -> domainOrder(s.domain())));
            result.add(new ExportDocument.Scan(
                    scan.scanDate(),
                    scan.talents(),
                    scan.interests(),
                    scan.wishes(),
                    scan.participants(),
                    scan.recordedBy(),
                    scan.recordedAt(),
                    List.copyOf(own)));
        }
        return result;
    }

    private static int domainOrder(String domain) {
        try {
            return LifeDomain.valueOf(domain).ordinal();
        } catch (IllegalArgumentException unknown) {
            return Integer.MAX_VALUE;
        }
    }

    /**
     * The plan in one query: the agreement and every goal with its actions. The query starts from the
     * youth, so it returns one row even without agreement or goals.
     */
    private ExportDocument.Plan plan(UUID youthId) {
        record Row(
                @Nullable LocalDate agreedOn,
                @Nullable UUID goalId,
                ExportDocument.@Nullable Goal goal,
                ExportDocument.@Nullable Action action) {}
        List<Row> rows = jdbc.sql("""
                        select pa.agreed_on, g.id as goal_id, g.domain, g.text, g.target_date, g.status as goal_status,
                               g.created_at as goal_created_at, g.updated_at as goal_updated_at,
                               x.id as action_id, x.description, x.owner_type, o.name as owner_organisation,
                               x.owner_name, x.due_date, x.status as action_status, x.blocked_reason, x.result_note,
                               x.created_at as action_created_at, x.updated_at as action_updated_at
                          from youth y
                          left join plan_agreement pa on pa.youth_id = y.id
                          left join plan_goal g on g.youth_id = y.id
                          left join plan_action x on x.goal_id = g.id
                          left join organisation o on o.id = x.owner_organisation_id
                         where y.id = :youth
                         order by g.target_date, g.created_at, g.id, x.due_date, x.created_at, x.id
                        """)
                .param("youth", youthId)
                .query((rs, n) -> new Row(
                        rs.getObject("agreed_on", LocalDate.class),
                        rs.getObject("goal_id", UUID.class),
                        rs.getObject("goal_id") == null
                                ? null
                                : new ExportDocument.Goal(
                                        rs.getString("domain"),
                                        rs.getString("text"),
                                        rs.getObject("target_date", LocalDate.class),
                                        rs.getString("goal_status"),
                                        instant(rs, "goal_created_at"),
                                        nullableInstant(rs, "goal_updated_at"),
                                        List.of()),
                        rs.getObject("action_id") == null
                                ? null
                                : new ExportDocument.Action(
                                        rs.getString("description"),
                                        rs.getString("owner_type"),
                                        rs.getString("owner_organisation"),
                                        rs.getString("owner_name"),
                                        rs.getObject("due_date", LocalDate.class),
                                        rs.getString("action_status"),
                                        rs.getString("blocked_reason"),
                                        rs.getString("result_note"),
                                        instant(rs, "action_created_at"),
                                        nullableInstant(rs, "action_updated_at"))))
                .list();
        LocalDate agreedOn = rows.isEmpty() ? null : rows.get(0).agreedOn();
        Map<UUID, ExportDocument.Goal> goals = new LinkedHashMap<>();
        Map<UUID, List<ExportDocument.Action>> actions = new LinkedHashMap<>();
        for (Row row : rows) {
            UUID goalId = row.goalId();
            ExportDocument.Goal goal = row.goal();
            if (goalId == null || goal == null) {
                continue;
            }
            goals.putIfAbsent(goalId, goal);
            List<ExportDocument.Action> own = actions.computeIfAbsent(goalId, id -> new ArrayList<>());
            if (row.action() != null) {
                own.add(row.action());
            }
        }
        List<ExportDocument.Goal> result = new ArrayList<>();
        for (Map.Entry<UUID, ExportDocument.Goal> entry : goals.entrySet()) {
            ExportDocument.Goal goal = entry.getValue();
            result.add(new ExportDocument.Goal(
                    goal.domain(),
                    goal.text(),
                    goal.targetDate(),
                    goal.status(),
                    goal.createdAt(),
                    goal.updatedAt(),
                    List.copyOf(actions.getOrDefault(entry.getKey(), List.of()))));
        }
        return new ExportDocument.Plan(agreedOn, result);
    }

    private List<ExportDocument.EmergencyAccess> emergencyAccesses(UUID youthId) {
        return jdbc.sql("""
                        select e.reason, e.started_at, e.expires_at, e.reviewed_at, e.review_note,
                               coalesce(a.display_name, '-') as account_name, coalesce(o.name, '-') as organisation_name,
                               r.display_name as reviewer_name
                          from emergency_access e
                          left join account a on a.id = e.account_id
                          left join organisation o on o.id = a.organisation_id
                          left join account r on r.id = e.reviewed_by
                         where e.youth_id = :youth
                         order by e.started_at, e.id
                        """)
                .param("youth", youthId)
                .query((rs, n) -> new ExportDocument.EmergencyAccess(
                        rs.getString("account_name"),
                        rs.getString("organisation_name"),
                        rs.getString("reason"),
                        instant(rs, "started_at"),
                        instant(rs, "expires_at"),
                        rs.getString("reviewer_name"),
                        nullableInstant(rs, "reviewed_at"),
                        rs.getString("review_note")))
                .list();
    }

    private List<ExportDocument.Correction> corrections(UUID youthId) {
        return jdbc.sql("""
                        select c.field, c.old_value, c.new_value, c.reason, c.changed_at,
                               coalesce(a.display_name, '-') as changed_by_name
                          from youth_change c
                          left join account a on a.id = c.changed_by
                         where c.youth_id = :youth
                         order by c.changed_at, c.id
                        """)
                .param("youth", youthId)
                .query((rs, n) -> new ExportDocument.Correction(
                        rs.getString("field"),
                        rs.getString("old_value"),
                        rs.getString("new_value"),
                        rs.getString("reason"),
                        rs.getString("changed_by_name"),
                        instant(rs, "changed_at")))
                .list();
    }

    private List<ExportDocument.ErasureRequest> erasureRequests(UUID youthId) {
        return jdbc.sql("""
                        select r.reason, r.requested_at, r.status, r.decided_at, r.decision_note,
                               coalesce(q.display_name, '-') as requested_by_name, d.display_name as decided_by_name
                          from erasure_request r
                          left join account q on q.id = r.requested_by
                          left join account d on d.id = r.decided_by
                         where r.youth_id = :youth
                         order by r.requested_at, r.id
                        """)
                .param("youth", youthId)
                .query((rs, n) -> new ExportDocument.ErasureRequest(
                        rs.getString("reason"),
                        rs.getString("requested_by_name"),
                        instant(rs, "requested_at"),
                        rs.getString("status"),
                        rs.getString("decided_by_name"),
                        nullableInstant(rs, "decided_at"),
                        rs.getString("decision_note")))
                .list();
    }

    private List<ExportDocument.LegalHoldChange> legalHoldChanges(UUID youthId) {
        return jdbc.sql("""
                        select h.hold, h.reason, h.changed_at, coalesce(a.display_name, '-') as changed_by_name
                          from legal_hold_change h
                          left join account a on a.id = h.changed_by
                         where h.youth_id = :youth
                         order by h.changed_at, h.id
                        """)
                .param("youth", youthId)
                .query((rs, n) -> new ExportDocument.LegalHoldChange(
                        rs.getBoolean("hold"),
                        rs.getString("reason"),
                        rs.getString("changed_by_name"),
                        instant(rs, "changed_at")))
                .list();
    }

    private List<ExportDocument.EscalationRecord> escalations(UUID youthId) {
        return jdbc.sql("""
                        select e.raised_at, a.description, e.reason, e.status, e.decision_text,
                               coalesce((select array_agg(st.kind || coalesce(': ' || st.text, '') order by st.at)
                                           from escalation_step st where st.escalation_id = e.id), '{}') as steps
                          from escalation e join plan_action a on a.id = e.action_id
                         where e.youth_id = :youth
                         order by e.raised_at, e.id
                        """)
                .param("youth", youthId)
                .query((rs, n) -> new ExportDocument.EscalationRecord(
                        instant(rs, "raised_at"),
                        rs.getString("description"),
                        rs.getString("reason"),
                        rs.getString("status"),
                        rs.getString("decision_text"),
                        java.util.Arrays.asList((String[]) rs.getArray("steps").getArray())))
                .list();
    }

    private List<ExportDocument.MeetingCase> meetingCases(UUID youthId) {
        return jdbc.sql("""
                        select m.meeting_date, mc.question,
                               coalesce((select array_agg(d.text order by d.decided_at)
                                           from case_decision d where d.case_id = mc.id), '{}') as decisions
                          from meeting_case mc join meeting m on m.id = mc.meeting_id
                         where mc.youth_id = :youth
                         order by m.meeting_date, mc.position
                        """)
                .param("youth", youthId)
                .query((rs, n) -> new ExportDocument.MeetingCase(
                        rs.getObject("meeting_date", java.time.LocalDate.class),
                        rs.getString("question"),
                        java.util.Arrays.asList(
                                (String[]) rs.getArray("decisions").getArray())))
                .list();
    }

    /**
     * Adds {@code child} (if any) to the children of the parent with {@code id}, keeping the parents in
     * row order; for the one-query-per-section joins below.
     */
    private static <P, C> void collect(
            Map<UUID, P> parents, Map<UUID, List<C>> children, UUID id, P parent, @Nullable C child) {
        parents.putIfAbsent(id, parent);
        List<C> own = children.computeIfAbsent(id, key -> new ArrayList<>());
        if (child != null) {
            own.add(child);
        }
    }

    /** The signals linked to the youth with their outreach attempts, in one query. */
    private List<ExportDocument.Signal> signals(UUID youthId) {
        Map<UUID, ExportDocument.Signal> signals = new LinkedHashMap<>();
        Map<UUID, List<ExportDocument.OutreachAttempt>> attempts = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.id, s.signalled_on, s.source, s.urgency, s.reason, o.name as reporting_organisation,
                               s.reporter_name, s.status, s.outcome_note, s.closed_at,
                               x.id as attempt_id, x.attempted_on, x.kind, x.reached, x.note as attempt_note,
                               coalesce(a.display_name, '-') as attempt_by
                          from signal s
                          left join organisation o on o.id = s.reporting_organisation_id
                          left join outreach_attempt x on x.signal_id = s.id
                          left join account a on a.id = x.created_by
                         where s.youth_id = :youth
                         order by s.signalled_on, s.created_at, s.id, x.attempted_on, x.created_at, x.id
                        """).param("youth", youthId).query(rs -> {
            collect(
                    signals,
                    attempts,
                    rs.getObject("id", UUID.class),
                    new ExportDocument.Signal(
                            rs.getObject("signalled_on", LocalDate.class),
                            rs.getString("source"),
                            rs.getString("urgency"),
                            rs.getString("reason"),
                            rs.getString("reporting_organisation"),
                            rs.getString("reporter_name"),
                            rs.getString("status"),
                            rs.getString("outcome_note"),
                            nullableInstant(rs, "closed_at"),
                            List.of()),
                    rs.getObject("attempt_id") == null
                            ? null
                            : new ExportDocument.OutreachAttempt(
                                    rs.getObject("attempted_on", LocalDate.class),
                                    rs.getString("kind"),
                                    rs.getBoolean("reached"),
                                    rs.getString("attempt_note"),
                                    rs.getString("attempt_by")));
        });
        return signals.entrySet().stream()
                .map(e -> {
                    ExportDocument.Signal s = e.getValue();
                    return new ExportDocument.Signal(
                            s.signalledOn(),
                            s.source(),
                            s.urgency(),
                            s.reason(),
                            s.reportingOrganisation(),
                            s.reporterName(),
                            s.status(),
                            s.outcomeNote(),
                            s.closedAt(),
                            List.copyOf(attempts.get(e.getKey())));
                })
                .toList();
    }

    /** The youth's proposals for places (oldest first) with their steps, in one query. */
    private List<ExportDocument.MatchProposal> matchProposals(UUID youthId) {
        Map<UUID, ExportDocument.MatchProposal> proposals = new LinkedHashMap<>();
        Map<UUID, List<ExportDocument.MatchStep>> steps = new LinkedHashMap<>();
        jdbc.sql("""
                        select m.id, p.title, p.kind as place_kind, o.name as organisation_name, m.status,
                               m.hours_available, m.note, m.start_date, m.declined_by, m.close_reason, m.proposed_at,
                               m.updated_at, coalesce(a.display_name, '-') as proposed_by_name,
                               st.id as step_id, st.from_status, st.to_status, st.actor, st.occurred_on,
                               st.note as step_note, coalesce(r.display_name, '-') as step_by
                          from match_proposal m
                          join place p on p.id = m.place_id
                          join organisation o on o.id = m.organisation_id
                          left join account a on a.id = m.proposed_by
                          left join match_step st on st.match_id = m.id
                          left join account r on r.id = st.recorded_by
                         where m.youth_id = :youth
                         order by m.proposed_at, m.id, st.recorded_at, st.id
                        """).param("youth", youthId).query(rs -> {
            collect(
                    proposals,
                    steps,
                    rs.getObject("id", UUID.class),
                    new ExportDocument.MatchProposal(
                            rs.getString("title"),
                            rs.getString("place_kind"),
                            rs.getString("organisation_name"),
                            rs.getString("status"),
                            rs.getObject("hours_available", Integer.class),
                            rs.getString("note"),
                            rs.getObject("start_date", LocalDate.class),
                            rs.getString("declined_by"),
                            rs.getString("close_reason"),
                            rs.getString("proposed_by_name"),
                            instant(rs, "proposed_at"),
                            instant(rs, "updated_at"),
                            List.of()),
                    rs.getObject("step_id") == null
                            ? null
                            : new ExportDocument.MatchStep(
                                    rs.getString("from_status"),
                                    rs.getString("to_status"),
                                    rs.getString("actor"),
                                    rs.getObject("occurred_on", LocalDate.class),
                                    rs.getString("step_note"),
                                    rs.getString("step_by")));
        });
        return proposals.entrySet().stream()
                .map(e -> {
                    ExportDocument.MatchProposal m = e.getValue();
                    return new ExportDocument.MatchProposal(
                            m.place(),
                            m.placeKind(),
                            m.organisation(),
                            m.status(),
                            m.hoursAvailable(),
                            m.note(),
                            m.startDate(),
                            m.declinedBy(),
                            m.closeReason(),
                            m.proposedBy(),
                            m.proposedAt(),
                            m.updatedAt(),
                            List.copyOf(steps.get(e.getKey())));
                })
                .toList();
    }

    /** The youth's started places with their check-ins, in one query. */
    private List<ExportDocument.Placement> placements(UUID youthId) {
        Map<UUID, ExportDocument.Placement> placements = new LinkedHashMap<>();
        Map<UUID, List<ExportDocument.CheckIn>> checkIns = new LinkedHashMap<>();
        jdbc.sql("""
                        select f.match_id, p.title, f.place_kind, o.name as organisation_name, f.started_on,
                               f.ended_on, f.end_reason, f.held_6_months, f.held_12_months,
                               c.id as checkin_id, c.party, c.period, c.due_on, c.answered_at,
                               a.display_name as answered_by_name, c.still_there, c.going_well, c.concern, c.note
                          from followup_placement f
                          join match_proposal m on m.id = f.match_id
                          join place p on p.id = m.place_id
                          join organisation o on o.id = f.organisation_id
                          left join followup_checkin c on c.match_id = f.match_id
                          left join account a on a.id = c.answered_by
                         where f.youth_id = :youth
                         order by f.started_on, f.match_id, c.due_on, c.party
                        """).param("youth", youthId).query(rs -> {
            collect(
                    placements,
                    checkIns,
                    rs.getObject("match_id", UUID.class),
                    new ExportDocument.Placement(
                            rs.getString("title"),
                            rs.getString("place_kind"),
                            rs.getString("organisation_name"),
                            rs.getObject("started_on", LocalDate.class),
                            rs.getObject("ended_on", LocalDate.class),
                            rs.getString("end_reason"),
                            rs.getObject("held_6_months", Boolean.class),
                            rs.getObject("held_12_months", Boolean.class),
                            List.of()),
                    rs.getObject("checkin_id") == null
                            ? null
                            : new ExportDocument.CheckIn(
                                    rs.getString("party"),
                                    rs.getString("period"),
                                    rs.getObject("due_on", LocalDate.class),
                                    nullableInstant(rs, "answered_at"),
                                    rs.getString("answered_by_name"),
                                    rs.getObject("still_there", Boolean.class),
                                    rs.getObject("going_well", Boolean.class),
                                    rs.getObject("concern", Boolean.class),
                                    rs.getString("note")));
        });
        return placements.entrySet().stream()
                .map(e -> {
                    ExportDocument.Placement f = e.getValue();
                    return new ExportDocument.Placement(
                            f.place(),
                            f.placeKind(),
                            f.organisation(),
                            f.startedOn(),
                            f.endedOn(),
                            f.endReason(),
                            f.held6Months(),
                            f.held12Months(),
                            List.copyOf(checkIns.get(e.getKey())));
                })
                .toList();
    }

    /** The whole access log about the youth, oldest first, in one query on its youth index. */
    private List<ExportDocument.AccessLogRow> accessLog(UUID youthId) {
        return jdbc.sql("""
                        select l.occurred_at, l.event_type, l.outcome, coalesce(a.display_name, '-') as who,
                               coalesce(l.role, '-') as role, coalesce(o.name, '-') as organisation,
                               l.data_categories, coalesce(l.legal_basis, '-') as legal_basis, l.emergency,
                               l.justification
                          from access_log l
                          left join account a on a.id = l.account_id
                          left join organisation o on o.id = l.organisation_id
                         where l.youth_id = :youth
                         order by l.occurred_at, l.id
                        """)
                .param("youth", youthId)
                .query((rs, n) -> new ExportDocument.AccessLogRow(
                        instant(rs, "occurred_at"),
                        rs.getString("event_type"),
                        rs.getString("outcome"),
                        rs.getString("who"),
                        rs.getString("role"),
                        rs.getString("organisation"),
                        strings(rs.getArray("data_categories")),
                        rs.getString("legal_basis"),
                        rs.getBoolean("emergency"),
                        rs.getString("justification")))
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
