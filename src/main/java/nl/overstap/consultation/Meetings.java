package nl.overstap.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.consent.Grant;
import nl.overstap.consent.YouthAccess;
import nl.overstap.escalation.Escalations;
import nl.overstap.identity.Organisation;
import nl.overstap.identity.Organisations;
import nl.overstap.shared.Choices;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.DutchDates;
import nl.overstap.shared.DutchTime;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Multidisciplinary meetings: planning, the agenda, the pre-read per invited organisation, attendance,
 * decisions with new plan actions and the minutes. Access per {@link MeetingPolicy}; what anyone sees of
 * a youth per {@link YouthAccess}. Every read of case data and every decision is logged in the same
 * transaction.
 */
@Service
class Meetings {

    static final String CASE = "meeting_case";
    static final String DECISION = "case_decision";
    static final String ACTION = "plan_action";
    private static final Set<DataCategory> PREREAD_CATEGORIES =
            EnumSet.of(DataCategory.BASIC, DataCategory.TRAJECTORY, DataCategory.PLAN);

    /** Owners a meeting may give an action to. */
    enum ActionOwner {
        PARTNER,
        YOUTH,
        COACH
    }

    private final JdbcClient jdbc;
    private final YouthAccess youthAccess;
    private final AccessLog accessLog;
    private final Organisations organisations;
    private final Clock clock;
    private final Escalations escalations;

    Meetings(
            JdbcClient jdbc,
            YouthAccess youthAccess,
            AccessLog accessLog,
            Organisations organisations,
            Clock clock,
            Escalations escalations) {
        this.jdbc = jdbc;
        this.youthAccess = youthAccess;
        this.accessLog = accessLog;
        this.organisations = organisations;
        this.clock = clock;
        this.escalations = escalations;
    }

    record Summary(UUID id, LocalDate date, String chairName, int cases, boolean minutesRecorded) {}

    record Option(UUID id, String label) {}

    record Invitee(
            UUID organisationId,
            String organisationName,
            @Nullable UUID representativeId,
            @Nullable String representativeName,
            @Nullable Boolean attended,
            List<Option> candidates) {}

    record ActionRow(
            UUID id,
            String description,
            String ownerType,
            @Nullable String ownerOrganisation,
            LocalDate dueDate,
            String status,
            @Nullable LocalDate meetingDate) {}

    record Decision(String text, Instant decidedAt) {}

    /** A case on the agenda; {@code details} false for viewers who see only its number. */
    record CaseView(
            UUID id,
            int position,
            boolean details,
            @Nullable String youthName,
            @Nullable String question,
            List<Decision> decisions,
            List<ActionRow> actions,
            List<ActionRow> earlierActions,
            List<Option> goals) {}

    record Header(
            UUID id,
            String region,
            LocalDate date,
            UUID chairId,
            String chairName,
            @Nullable String minutes) {}

    record Page(
            Header meeting,
            List<Invitee> invitees,
            List<CaseView> cases,
            boolean chair,
            boolean mayAddCase,
            List<Option> ownYouths,
            @Nullable UUID ownOrganisation,
            List<ActionOwner> owners,
            LocalDate today,
            List<EscalationOption> escalations) {}

    /** An escalation the coordinator put on the MDO agenda, waiting for a meeting. */
    record EscalationOption(UUID id, String youthName, String action, String reason) {}

    record GoalView(String domain, String text, String status, List<ActionRow> actions) {}

    record PreRead(
            Header meeting,
            UUID caseId,
            int position,
            String question,
            String organisationName,
            Set<DataCategory> shown,
            @Nullable String youthName,
            @Nullable String phase,
            @Nullable String programme,
            List<GoalView> goals) {

        public boolean shows(String category) {
            return shown.contains(DataCategory.valueOf(category));
        }
    }

    private record CaseRow(UUID id, UUID youthId, int position, String question, String youthName, UUID addedBy) {}

    // ---------------------------------------------------------------- list and create

    @Transactional(readOnly = true)
    public List<Summary> list(CurrentUser user) {
        String where = switch (user.role()) {
            case COORDINATOR -> "m.region = :region";
            case COACH ->
                "m.region = :region and (m.meeting_date >= :today or exists (select 1 from meeting_case mc"
                        + " join youth y on y.id = mc.youth_id where mc.meeting_id = m.id"
                        + " and y.organisation_id = :org))";
            case PARTNER ->
                "exists (select 1 from meeting_invitee mi where mi.meeting_id = m.id"
                        + " and mi.organisation_id = :org)";
            default -> throw new NotFoundException();
        };
        return jdbc.sql("select m.id, m.meeting_date, a.display_name, m.minutes is not null as recorded,"
                        + " (select count(*) from meeting_case mc where mc.meeting_id = m.id) as cases"
                        + " from meeting m join account a on a.id = m.chair_id where " + where
                        + " order by m.meeting_date desc limit 200")
                .param("region", user.region())
                .param("today", today())
                .param("org", user.organisationId())
                .query((rs, n) -> new Summary(
                        rs.getObject("id", UUID.class),
                        rs.getObject("meeting_date", LocalDate.class),
                        rs.getString("display_name"),
                        rs.getInt("cases"),
                        rs.getBoolean("recorded")))
                .list();
    }

    /** The organisations of the coordinator's region that can be invited. */
    public List<Organisation> invitable(CurrentUser user) {
        requireCreator(user);
        return organisations.all().stream()
                .filter(o -> o.region().equals(user.region()))
                .toList();
    }

    /** The new meeting's id, or empty when the form had errors. */
    @Transactional
    public Optional<UUID> create(CurrentUser user, NewMeetingForm form, Errors errors) {
        requireCreator(user);
        LocalDate date = DutchDates.parse(form.date()).orElse(null);
        if (date == null) {
            errors.rejectValue("date", "meeting.error.date.required");
        } else if (date.isBefore(today())) {
            errors.rejectValue("date", "meeting.error.date.past");
        }
        Set<UUID> invited = new HashSet<>(form.organisations() == null ? List.of() : form.organisations());
        Set<UUID> allowed = new HashSet<>();
        invitable(user).forEach(o -> allowed.add(o.id()));
        if (invited.isEmpty()) {
            errors.rejectValue("organisations", "meeting.error.organisations.required");
        } else if (!allowed.containsAll(invited)) {
            errors.rejectValue("organisations", "meeting.error.organisations.unknown");
        }
        if (errors.hasErrors() || date == null) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into meeting (id, region, meeting_date, chair_id, created_at)"
                        + " values (:id, :region, :date, :chair, :now)")
                .param("id", id)
                .param("region", user.region())
                .param("date", date)
                .param("chair", user.id())
                .param("now", now())
                .update();
        for (UUID organisation : invited) {
            jdbc.sql("insert into meeting_invitee (meeting_id, organisation_id) values (:m, :o)")
                    .param("m", id)
                    .param("o", organisation)
                    .update();
        }
        return Optional.of(id);
    }

    private static void requireCreator(CurrentUser user) {
        if (!MeetingPolicy.mayCreate(user)) {
            throw new NotFoundException();
        }
    }

    // ---------------------------------------------------------------- the meeting page

    @Transactional
    public Page page(CurrentUser user, UUID meetingId) {
        MeetingPolicy.Facts facts = facts(user, meetingId);
        if (!MeetingPolicy.mayOpen(user, facts, today())) {
            throw new NotFoundException();
        }
        Header header = header(meetingId);
        boolean chair = MeetingPolicy.isChair(user, facts);
        List<CaseView> cases = new ArrayList<>();
        for (CaseRow row : cases(meetingId)) {
            if (user.is(Role.PARTNER)) {
                cases.add(new CaseView(
                        row.id(), row.position(), false, null, null, List.of(), List.of(), List.of(), List.of()));
                continue;
            }
            Optional<Grant> grant = youthAccess.decide(user, row.youthId());
            if (grant.isEmpty()
                    || !MeetingPolicy.seesCase(user, facts, grant.get().ownScope())) {
                continue;
            }
            cases.add(new CaseView(
                    row.id(),
                    row.position(),
                    true,
                    row.youthName(),
                    row.question(),
                    decisions(row.id()),
                    actionsOf(row.id()),
                    earlierActions(row.youthId(), meetingId, header.date()),
                    chair ? goalsOf(row.youthId()) : List.of()));
            youthAccess.logAllowed(
                    user,
                    grant.get(),
                    AccessEventType.READ,
                    CASE,
                    row.id(),
                    EnumSet.of(DataCategory.BASIC, DataCategory.PLAN));
        }
        boolean mayAddCase = MeetingPolicy.mayAddCase(user, facts, today());
        List<Option> ownYouths = mayAddCase ? ownYouths(user) : List.of();
        return new Page(
                header,
                invitees(meetingId, chair),
                cases,
                chair,
                mayAddCase,
                ownYouths,
                user.is(Role.PARTNER) ? user.organisationId() : null,
                List.of(ActionOwner.values()),
                today(),
                chair && !today().isAfter(header.date()) ? waitingEscalations(user) : List.of());
    }

    /** Escalations of the region put on the MDO agenda and not yet on a meeting; listed in the log. */
    private List<EscalationOption> waitingEscalations(CurrentUser chair) {
        record Waiting(EscalationOption option, UUID youthId) {}
        List<Waiting> waiting = jdbc.sql("""
                        select e.id, e.youth_id, coalesce(y.preferred_name, y.given_names) || ' ' || y.family_name as name,
                               a.description, e.reason
                          from escalation e
                          join youth y on y.id = e.youth_id
                          join organisation o on o.id = y.organisation_id
                          join plan_action a on a.id = e.action_id
                         where e.status = 'ON_MDO_AGENDA' and o.region = :region
                         order by e.decided_at
                        """)
                .param("region", chair.region())
                .query((rs, n) -> new Waiting(
                        new EscalationOption(
                                rs.getObject("id", UUID.class),
                                rs.getString("name"),
                                rs.getString("description"),
                                rs.getString("reason")),
                        rs.getObject("youth_id", UUID.class)))
                .list();
        accessLog.listed(
                chair,
                waiting.stream().map(Waiting::youthId).toList(),
                EnumSet.of(DataCategory.BASIC, DataCategory.PLAN));
        return waiting.stream().map(Waiting::option).toList();
    }

    /**
     * The chair puts an escalation that is waiting for the MDO on this (upcoming) meeting's agenda:
     * a case with the escalation's reason as its question; the escalation is closed with a note.
     */
    @Transactional
    public void addEscalation(CurrentUser user, UUID meetingId, UUID escalationId) {
        MeetingPolicy.Facts facts = facts(user, meetingId);
        Header header = header(meetingId);
        if (!MeetingPolicy.isChair(user, facts) || today().isAfter(header.date())) {
            throw new NotFoundException();
        }
        record Waiting(UUID youthId, String reason) {}
        Waiting waiting = jdbc.sql(
                        "select youth_id, reason from escalation where id = :id and status = 'ON_MDO_AGENDA'")
                .param("id", escalationId)
                .query((rs, n) -> new Waiting(rs.getObject("youth_id", UUID.class), rs.getString("reason")))
                .optional()
                .orElseThrow(NotFoundException::new);
        Grant grant = youthAccess
                .decide(user, waiting.youthId())
                .filter(Grant::ownScope)
                .orElseThrow(NotFoundException::new);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into meeting_case (id, meeting_id, youth_id, question, added_by, added_at, position)
                        values (:id, :m, :y, :q, :by, :now,
                                (select coalesce(max(position), 0) + 1 from meeting_case where meeting_id = :m))
                        """)
                .param("id", id)
                .param("m", meetingId)
                .param("y", waiting.youthId())
                .param("q", waiting.reason())
                .param("by", user.id())
                .param("now", now())
                .update();
        youthAccess.logAllowed(user, grant, AccessEventType.CREATE, CASE, id, EnumSet.of(DataCategory.BASIC));
        escalations.closeFromMdo(user, grant, escalationId, header.date().toString());
    }

    // ---------------------------------------------------------------- cases

    /** Adds a case; returns the refusal's message key, or empty when added. */
    @Transactional
    public Optional<String> addCase(
            CurrentUser user, UUID meetingId, @Nullable UUID youthId, @Nullable String question) {
        MeetingPolicy.Facts facts = facts(user, meetingId);
        if (!MeetingPolicy.mayAddCase(user, facts, today())) {
            throw new NotFoundException();
        }
        if (youthId == null) {
            return Optional.of("meeting.error.youth.required");
        }
        boolean coaches = jdbc.sql("select exists (select 1 from trajectory where youth_id = :y and coach_id = :me"
                        + " and phase <> 'CLOSED')")
                .param("y", youthId)
                .param("me", user.id())
                .query(Boolean.class)
                .single();
        Grant grant = coaches ? youthAccess.decide(user, youthId).orElse(null) : null;
        if (grant == null || !grant.ownScope()) {
            accessLog.denied(
                    AccessEvent.of(AccessEventType.CREATE, user, youthId, CASE, null, EnumSet.of(DataCategory.BASIC)));
            throw new NotFoundException();
        }
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            return Optional.of("meeting.error.question.required");
        }
        if (text.length() > 1000) {
            return Optional.of("meeting.error.question.tooLong");
        }
        boolean already = jdbc.sql("select exists (select 1 from meeting_case where meeting_id = :m and youth_id = :y)")
                .param("m", meetingId)
                .param("y", youthId)
                .query(Boolean.class)
                .single();
        if (already) {
            return Optional.of("meeting.error.case.duplicate");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into meeting_case (id, meeting_id, youth_id, question, added_by, added_at, position)
                        values (:id, :m, :y, :q, :by, :now,
                                (select coalesce(max(position), 0) + 1 from meeting_case where meeting_id = :m))
                        """)
                .param("id", id)
                .param("m", meetingId)
                .param("y", youthId)
                .param("q", text)
                .param("by", user.id())
                .param("now", now())
                .update();
        youthAccess.logAllowed(user, grant, AccessEventType.CREATE, CASE, id, EnumSet.of(DataCategory.BASIC));
        return Optional.empty();
    }

    /** The pre-read of a case as the invited organisation sees it. */
    @Transactional
    public PreRead preread(CurrentUser user, UUID meetingId, UUID caseId, UUID organisationId) {
        MeetingPolicy.Facts facts = facts(user, meetingId);
        CaseRow row = caseOf(meetingId, caseId);
        if (!MeetingPolicy.mayOpen(user, facts, today())) {
            throw new NotFoundException();
        }
        Optional<Grant> own = youthAccess.decide(user, row.youthId());
        boolean ownScope = own.map(Grant::ownScope).orElse(false);
        if (!MeetingPolicy.mayOpenPreread(user, facts, organisationId, ownScope)) {
            accessLog.denied(AccessEvent.of(
                    AccessEventType.READ, user, row.youthId(), CASE, caseId, EnumSet.of(DataCategory.BASIC)));
            throw new NotFoundException();
        }
        Organisation organisation = organisations.find(organisationId).orElseThrow(NotFoundException::new);
        Set<DataCategory> shown = EnumSet.noneOf(DataCategory.class);
        shown.addAll(asInvited(organisation, facts.region(), row.youthId()));
        shown.retainAll(PREREAD_CATEGORIES);
        String name = shown.contains(DataCategory.BASIC) ? row.youthName() : null;
        @Nullable
        TrajectoryLine trajectory = shown.contains(DataCategory.TRAJECTORY)
                ? trajectoryOf(row.youthId()).orElse(null)
                : null;
        List<GoalView> goals = shown.contains(DataCategory.PLAN) ? planOf(row.youthId()) : List.of();
        if (own.isPresent()) {
            youthAccess.logAllowed(user, own.get(), AccessEventType.READ, CASE, caseId, shown);
        } else {
            accessLog.allowed(AccessEvent.of(
                            AccessEventType.READ,
                            user,
                            row.youthId(),
                            CASE,
                            caseId,
                            shown.isEmpty() ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(shown))
                    .resting("mdo-invitation", false, null));
        }
        return new PreRead(
                header(meetingId),
                caseId,
                row.position(),
                row.question(),
                organisation.name(),
                shown,
                name,
                trajectory == null ? null : trajectory.phase(),
                trajectory == null ? null : trajectory.programme(),
                goals);
    }

    /** The categories an invited organisation may see of the youth, as if one of its partners asked. */
    private Set<DataCategory> asInvited(Organisation organisation, String region, UUID youthId) {
        CurrentUser asPartner = new CurrentUser(
                new UUID(0L, 0L), "mdo-preread", organisation.name(), Role.PARTNER, organisation.id(), region);
        return youthAccess.decide(asPartner, youthId).map(Grant::categories).orElse(Set.of());
    }

    // ---------------------------------------------------------------- chair actions

    @Transactional
    public void attendance(CurrentUser user, UUID meetingId, List<String> attended, Map<String, String> params) {
        MeetingPolicy.Facts facts = requireChair(user, meetingId);
        for (UUID organisation : facts.invited()) {
            String representative = params.get("representative_" + organisation);
            jdbc.sql("""
                            update meeting_invitee set attended = :attended,
                                   representative_id = (select a.id from account a
                                                         where a.id = :rep and a.organisation_id = :o)
                             where meeting_id = :m and organisation_id = :o
                            """)
                    .param("attended", attended.contains(organisation.toString()))
                    .param("rep", uuid(representative))
                    .param("o", organisation)
                    .param("m", meetingId)
                    .update();
        }
    }

    @Transactional
    public Optional<String> minutes(CurrentUser user, UUID meetingId, @Nullable String minutes) {
        requireChair(user, meetingId);
        String text = minutes == null ? "" : minutes.strip();
        if (text.isEmpty()) {
            return Optional.of("meeting.error.minutes.required");
        }
        if (text.length() > 10000) {
            return Optional.of("meeting.error.minutes.tooLong");
        }
        jdbc.sql("update meeting set minutes = :t where id = :m")
                .param("t", text)
                .param("m", meetingId)
                .update();
        return Optional.empty();
    }

    /** Records a decision and, when described, a new plan action; returns the refusal's key or empty. */
    @Transactional
    public Optional<String> decide(CurrentUser user, UUID meetingId, UUID caseId, DecisionForm form) {
        MeetingPolicy.Facts facts = requireChair(user, meetingId);
        CaseRow row = caseOf(meetingId, caseId);
        Grant grant = youthAccess.decide(user, row.youthId()).orElseThrow(NotFoundException::new);
        String text = form.text() == null ? "" : form.text().strip();
        if (text.isEmpty()) {
            return Optional.of("meeting.error.decision.required");
        }
        if (text.length() > 2000) {
            return Optional.of("meeting.error.decision.tooLong");
        }
        String description =
                form.actionDescription() == null ? "" : form.actionDescription().strip();
        NewAction action = null;
        if (!description.isEmpty()) {
            Result result = validateAction(facts, row, form, description);
            if (result.error() != null) {
                return Optional.of(result.error());
            }
            action = result.action();
        }
        UUID decisionId = UUID.randomUUID();
        jdbc.sql("insert into case_decision (id, case_id, text, decided_at, decided_by)"
                        + " values (:id, :c, :t, :now, :by)")
                .param("id", decisionId)
                .param("c", caseId)
                .param("t", text)
                .param("now", now())
                .param("by", user.id())
                .update();
        youthAccess.logAllowed(
                user, grant, AccessEventType.CREATE, DECISION, decisionId, EnumSet.of(DataCategory.PLAN));
        if (action != null) {
            UUID actionId = UUID.randomUUID();
            jdbc.sql("""
                            insert into plan_action (id, goal_id, youth_id, description, owner_type,
                                                     owner_organisation_id, owner_account_id, due_date, status,
                                                     created_by, created_at)
                            values (:id, :goal, :youth, :description, :ownerType, :org, :account, :due, 'OPEN',
                                    :by, :now)
                            """)
                    .param("id", actionId)
                    .param("goal", action.goalId())
                    .param("youth", row.youthId())
                    .param("description", description)
                    .param("ownerType", action.owner().name())
                    .param("org", action.organisationId())
                    .param("account", ownerAccount(action, row))
                    .param("due", action.dueDate())
                    .param("by", user.id())
                    .param("now", now())
                    .update();
            jdbc.sql("insert into case_action (case_id, action_id) values (:c, :a)")
                    .param("c", caseId)
                    .param("a", actionId)
                    .update();
            youthAccess.logAllowed(
                    user, grant, AccessEventType.CREATE, ACTION, actionId, EnumSet.of(DataCategory.PLAN));
        }
        return Optional.empty();
    }

    private record NewAction(ActionOwner owner, @Nullable UUID organisationId, LocalDate dueDate, UUID goalId) {}

    private record Result(
            @Nullable NewAction action, @Nullable String error) {
        static Result error(String key) {
            return new Result(null, key);
        }
    }

    private Result validateAction(MeetingPolicy.Facts facts, CaseRow row, DecisionForm form, String description) {
        if (description.length() > 500) {
            return Result.error("meeting.error.action.tooLong");
        }
        ActionOwner owner = Choices.parse(ActionOwner.class, form.ownerType()).orElse(null);
        if (owner == null) {
            return Result.error("meeting.error.owner.required");
        }
        LocalDate due = DutchDates.parse(form.dueDate()).orElse(null);
        if (due == null) {
            return Result.error("meeting.error.dueDate.required");
        }
        if (due.isBefore(today())) {
            return Result.error("meeting.error.dueDate.past");
        }
        List<Option> goals = goalsOf(row.youthId());
        if (goals.isEmpty()) {
            return Result.error("meeting.error.goal.none");
        }
        UUID goalId = uuid(form.goalId());
        if (goalId == null || goals.stream().noneMatch(g -> g.id().equals(goalId))) {
            return Result.error("meeting.error.goal.required");
        }
        UUID organisationId = null;
        if (owner == ActionOwner.PARTNER) {
            organisationId = uuid(form.organisationId());
            if (organisationId == null || !facts.invited().contains(organisationId)) {
                return Result.error("meeting.error.organisation.required");
            }
            Organisation organisation = organisations.find(organisationId).orElseThrow(NotFoundException::new);
            if (!asInvited(organisation, facts.region(), row.youthId()).contains(DataCategory.PLAN)) {
                return Result.error("meeting.error.partner.noConsent");
            }
        }
        return new Result(new NewAction(owner, organisationId, due, goalId), null);
    }

    private @Nullable UUID ownerAccount(NewAction action, CaseRow row) {
        return switch (action.owner()) {
            case COACH -> row.addedBy();
            case PARTNER ->
                jdbc.sql("select contact_person_id from organisation where id = :id")
                        .param("id", action.organisationId())
                        .query((rs, n) -> rs.getObject(1, UUID.class))
                        .optional()
                        .orElse(null);
            case YOUTH -> null;
        };
    }

    private MeetingPolicy.Facts requireChair(CurrentUser user, UUID meetingId) {
        MeetingPolicy.Facts facts = facts(user, meetingId);
        if (!MeetingPolicy.isChair(user, facts)) {
            throw new NotFoundException();
        }
        return facts;
    }

    // ---------------------------------------------------------------- queries

    private MeetingPolicy.Facts facts(CurrentUser user, UUID meetingId) {
        Header header = header(meetingId);
        Set<UUID> invited = new HashSet<>(jdbc.sql("select organisation_id from meeting_invitee where meeting_id = :m")
                .param("m", meetingId)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list());
        boolean ownCase = user.is(Role.COACH)
                && jdbc.sql("select exists (select 1 from meeting_case mc join youth y on y.id = mc.youth_id"
                                + " where mc.meeting_id = :m and y.organisation_id = :org)")
                        .param("m", meetingId)
                        .param("org", user.organisationId())
                        .query(Boolean.class)
                        .single();
        return new MeetingPolicy.Facts(meetingId, header.region(), header.chairId(), header.date(), invited, ownCase);
    }

    private Header header(UUID meetingId) {
        return jdbc.sql("select m.id, m.region, m.meeting_date, m.chair_id, a.display_name, m.minutes"
                        + " from meeting m join account a on a.id = m.chair_id where m.id = :m")
                .param("m", meetingId)
                .query((rs, n) -> new Header(
                        rs.getObject("id", UUID.class),
                        rs.getString("region"),
                        rs.getObject("meeting_date", LocalDate.class),
                        rs.getObject("chair_id", UUID.class),
                        rs.getString("display_name"),
                        rs.getString("minutes")))
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    private static final String CASE_SELECT = """
            select mc.id, mc.youth_id, mc.position, mc.question, mc.added_by,
                   y.given_names || ' ' || y.family_name as youth_name
              from meeting_case mc join youth y on y.id = mc.youth_id
            """;

    private List<CaseRow> cases(UUID meetingId) {
        return jdbc.sql(CASE_SELECT + " where mc.meeting_id = :m order by mc.position")
                .param("m", meetingId)
                .query(Meetings::caseRow)
                .list();
    }

    private CaseRow caseOf(UUID meetingId, UUID caseId) {
        return jdbc.sql(CASE_SELECT + " where mc.meeting_id = :m and mc.id = :c")
                .param("m", meetingId)
                .param("c", caseId)
                .query(Meetings::caseRow)
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    private static CaseRow caseRow(ResultSet rs, int n) throws SQLException {
        return new CaseRow(
                rs.getObject("id", UUID.class),
                rs.getObject("youth_id", UUID.class),
                rs.getInt("position"),
                rs.getString("question"),
                rs.getString("youth_name"),
                rs.getObject("added_by", UUID.class));
    }

    private List<Decision> decisions(UUID caseId) {
        return jdbc.sql("select text, decided_at from case_decision where case_id = :c order by decided_at")
                .param("c", caseId)
                .query((rs, n) -> new Decision(
                        rs.getString("text"), rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    private static final String ACTION_SELECT = """
            select pa.id, pa.description, pa.owner_type, o.name as org_name, pa.due_date, pa.status
            """;

    private List<ActionRow> actionsOf(UUID caseId) {
        return jdbc.sql(ACTION_SELECT + ", null::date as meeting_date from case_action ca"
                        + " join plan_action pa on pa.id = ca.action_id"
                        + " left join organisation o on o.id = pa.owner_organisation_id"
                        + " where ca.case_id = :c order by pa.due_date, pa.id")
                .param("c", caseId)
                .query(Meetings::actionRow)
                .list();
    }

    /** The actions decided for this youth in earlier meetings, with their status now. */
    private List<ActionRow> earlierActions(UUID youthId, UUID meetingId, LocalDate date) {
        return jdbc.sql(ACTION_SELECT + ", m.meeting_date from case_action ca"
                        + " join meeting_case mc on mc.id = ca.case_id"
                        + " join meeting m on m.id = mc.meeting_id"
                        + " join plan_action pa on pa.id = ca.action_id"
                        + " left join organisation o on o.id = pa.owner_organisation_id"
                        + " where mc.youth_id = :y and m.id <> :m and m.meeting_date <= :date"
                        + " order by m.meeting_date desc, pa.due_date, pa.id")
                .param("y", youthId)
                .param("m", meetingId)
                .param("date", date)
                .query(Meetings::actionRow)
                .list();
    }

    private static ActionRow actionRow(ResultSet rs, int n) throws SQLException {
        return new ActionRow(
                rs.getObject("id", UUID.class),
                rs.getString("description"),
                rs.getString("owner_type"),
                rs.getString("org_name"),
                rs.getObject("due_date", LocalDate.class),
                rs.getString("status"),
                rs.getObject("meeting_date", LocalDate.class));
    }

    private List<Option> goalsOf(UUID youthId) {
        return jdbc.sql("select id, text from plan_goal where youth_id = :y order by created_at, id")
                .param("y", youthId)
                .query((rs, n) -> new Option(rs.getObject("id", UUID.class), rs.getString("text")))
                .list();
    }

    private List<Option> ownYouths(CurrentUser user) {
        List<Option> youths = jdbc.sql("""
                        select y.id, y.given_names || ' ' || y.family_name as name
                          from trajectory t join youth y on y.id = t.youth_id
                         where t.coach_id = :me and t.phase <> 'CLOSED'
                         order by y.family_name, y.given_names, y.id
                        """)
                .param("me", user.id())
                .query((rs, n) -> new Option(rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
        if (!youths.isEmpty()) {
            accessLog.listed(user, youths.stream().map(Option::id).toList(), EnumSet.of(DataCategory.BASIC));
        }
        return youths;
    }

    private List<Invitee> invitees(UUID meetingId, boolean withCandidates) {
        List<Invitee> rows = jdbc.sql("""
                        select mi.organisation_id, o.name, mi.representative_id, a.display_name, mi.attended
                          from meeting_invitee mi join organisation o on o.id = mi.organisation_id
                          left join account a on a.id = mi.representative_id
                         where mi.meeting_id = :m order by o.name
                        """)
                .param("m", meetingId)
                .query((rs, n) -> new Invitee(
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("name"),
                        rs.getObject("representative_id", UUID.class),
                        rs.getString("display_name"),
                        (Boolean) rs.getObject("attended"),
                        List.of()))
                .list();
        if (!withCandidates) {
            return rows;
        }
        return rows.stream()
                .map(i -> new Invitee(
                        i.organisationId(),
                        i.organisationName(),
                        i.representativeId(),
                        i.representativeName(),
                        i.attended(),
                        jdbc.sql("select id, display_name from account where organisation_id = :o and enabled"
                                        + " order by display_name")
                                .param("o", i.organisationId())
                                .query((rs, n) ->
                                        new Option(rs.getObject("id", UUID.class), rs.getString("display_name")))
                                .list()))
                .toList();
    }

    private record TrajectoryLine(String phase, String programme) {}

    /** Trajectory phase and programme name of the youth's latest (preferably open) trajectory. */
    private Optional<TrajectoryLine> trajectoryOf(UUID youthId) {
        return jdbc.sql("""
                        select t.phase, p.name from trajectory t join programme p on p.id = t.programme_id
                         where t.youth_id = :y order by (t.phase = 'CLOSED'), t.start_date desc limit 1
                        """)
                .param("y", youthId)
                .query((rs, n) -> new TrajectoryLine(rs.getString(1), rs.getString(2)))
                .optional();
    }

    private List<GoalView> planOf(UUID youthId) {
        Map<UUID, GoalView> goals = new LinkedHashMap<>();
        jdbc.sql("select id, domain, text, status from plan_goal where youth_id = :y order by domain, created_at, id")
                .param("y", youthId)
                .query((RowCallbackHandler) rs -> {
                    goals.put(
                            rs.getObject("id", UUID.class),
                            new GoalView(
                                    rs.getString("domain"),
                                    rs.getString("text"),
                                    rs.getString("status"),
                                    new ArrayList<>()));
                });
        jdbc.sql(ACTION_SELECT + ", null::date as meeting_date, pa.goal_id from plan_action pa"
                        + " left join organisation o on o.id = pa.owner_organisation_id"
                        + " where pa.youth_id = :y order by pa.due_date, pa.id")
                .param("y", youthId)
                .query((RowCallbackHandler) rs -> {
                    GoalView goal = goals.get(rs.getObject("goal_id", UUID.class));
                    if (goal != null) {
                        goal.actions().add(actionRow(rs, 0));
                    }
                });
        return List.copyOf(goals.values());
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private LocalDate today() {
        return DutchTime.today(clock);
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }
}
