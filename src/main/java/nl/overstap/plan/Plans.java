package nl.overstap.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
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
import nl.overstap.identity.Organisation;
import nl.overstap.identity.Organisations;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
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
 * Reading and changing a youth's plan.
 *
 * <ul>
 *   <li>Reading: whoever the youth access decision gives the PLAN category — a coach of the youth's
 *       organisation, a coordinator of its region, a partner with consent or a legal basis for the
 *       plan, or a break-the-glass access. The printable plan only for those working on the file.
 *   <li>Writing goals and actions, changing an action's status and recording the agreement: a
 *       {@link Role#COACH} of the youth's organisation (own scope). Partners update the actions of
 *       their own organisation through {@link PartnerInbox}.
 *   <li>An action goes to a partner organisation only when that organisation may see the plan (see
 *       {@link PartnerShares}); otherwise the form says why.
 * </ul>
 *
 * Every read and change is logged in the same transaction; every refusal in its own, with a 404.
 */
@Service
public class Plans {

    static final String GOAL = "plan_goal";
    static final String ACTION = "plan_action";
    static final String PLAN_OBJECT = "plan";
    static final String NO_CONSENT = "plan.error.partner.noConsent";
    private static final Set<DataCategory> PLAN = EnumSet.of(DataCategory.PLAN);

    private final JdbcClient jdbc;
    private final YouthAccess youthAccess;
    private final AccessLog accessLog;
    private final Organisations organisations;
    private final Clock clock;

    Plans(JdbcClient jdbc, YouthAccess youthAccess, AccessLog accessLog, Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.youthAccess = youthAccess;
        this.accessLog = accessLog;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The goals of one life domain, in the fixed domain order. */
    public record DomainGoals(String domain, List<Goal> goals) {}

    /**
     * The plan page (and the printable plan).
     *
     * @param youthName only when the grant covers the basic details
     * @param agreedOn the day the coach recorded that the plan was agreed with the youth, if ever
     */
    public record Page(
            UUID youthId,
            @Nullable String youthName,
            Grant grant,
            List<DomainGoals> domains,
            @Nullable LocalDate agreedOn,
            @Nullable String agreedBy,
            boolean mayChange,
            LocalDate today) {

        public boolean isEmpty() {
            return domains.isEmpty();
        }
    }

    /** A goal with the grant of the coach about to change it (or add an action to it). */
    public record EditableGoal(Grant grant, Goal goal) {}

    /** An action with the grant of the coach about to change it. */
    public record EditableAction(Grant grant, Action action) {}

    /**
     * What became of a change: {@code saved} is false when the form had errors; {@code consentMissing}
     * when the chosen partner organisation may not see the plan.
     */
    public record Change(UUID youthId, Grant grant, boolean saved, boolean consentMissing) {}

    /** Only a coach working on the youth's own file writes the plan. */
    public static boolean mayChange(CurrentUser user, Grant grant) {
        return user.is(Role.COACH) && grant.ownScope();
    }

    @Transactional
    public Page page(CurrentUser user, UUID youthId) {
        Grant grant = youthAccess.require(user, youthId, AccessEventType.READ, DataCategory.PLAN);
        Page page = load(user, youthId, grant);
        youthAccess.logAllowed(user, grant, AccessEventType.READ, PLAN_OBJECT, youthId, touched(page));
        return page;
    }

    /** The printable plan for the youth: only for those working on the file; logged as an export. */
    @Transactional
    public Page printable(CurrentUser user, UUID youthId) {
        Grant grant = youthAccess.require(user, youthId, AccessEventType.EXPORT, DataCategory.PLAN);
        if (!grant.ownScope()) {
            throw refused(user, AccessEventType.EXPORT, youthId, PLAN_OBJECT, youthId);
        }
        Page page = load(user, youthId, grant);
        youthAccess.logAllowed(user, grant, AccessEventType.EXPORT, PLAN_OBJECT, youthId, touched(page));
        return page;
    }

    /** Records (again) that the plan was agreed with the youth today. */
    @Transactional
    public void agree(CurrentUser user, UUID youthId) {
        Grant grant = requireChanger(user, youthId, PLAN_OBJECT, youthId);
        jdbc.sql("""
                        insert into plan_agreement (youth_id, agreed_on, agreed_by) values (:youth, :today, :by)
                        on conflict (youth_id) do update set agreed_on = excluded.agreed_on, agreed_by = excluded.agreed_by
                        """)
                .param("youth", youthId)
                .param("today", today())
                .param("by", user.id())
                .update();
        youthAccess.logAllowed(user, grant, AccessEventType.UPDATE, PLAN_OBJECT, youthId, PLAN);
    }

    /** The grant of a coach who may add a goal to this youth's plan; 404 otherwise. */
    @Transactional
    public Grant requireChanger(CurrentUser user, UUID youthId) {
        return requireChanger(user, youthId, PLAN_OBJECT, youthId);
    }

    @Transactional
    public Change addGoal(CurrentUser user, UUID youthId, GoalForm form, Errors errors) {
        Grant grant = requireChanger(user, youthId, PLAN_OBJECT, youthId);
        PlanValidator.GoalValues values = PlanValidator.validateGoal(form, errors, today(), null);
        if (values == null) {
            return new Change(youthId, grant, false, false);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into plan_goal (id, youth_id, domain, text, target_date, status, created_by, created_at)
                        values (:id, :youth, :domain, :text, :target, :status, :by, :now)
                        """)
                .param("id", id)
                .param("youth", youthId)
                .param("domain", values.domain())
                .param("text", values.text())
                .param("target", values.targetDate())
                .param("status", values.status().name())
                .param("by", user.id())
                .param("now", now())
                .update();
        youthAccess.logAllowed(user, grant, AccessEventType.CREATE, GOAL, id, PLAN);
        return new Change(youthId, grant, true, false);
    }

    /** A goal to edit or to add an action to, for a coach who may change it; logged as a read. */
    @Transactional
    public EditableGoal requireGoal(CurrentUser user, UUID goalId) {
        Goal goal = findGoal(goalId).orElseThrow(() -> refused(user, AccessEventType.UPDATE, null, GOAL, goalId));
        Grant grant = requireChanger(user, goal.youthId(), GOAL, goalId);
        youthAccess.logAllowed(user, grant, AccessEventType.READ, GOAL, goalId, PLAN);
        return new EditableGoal(grant, goal);
    }

    @Transactional
    public Change editGoal(CurrentUser user, UUID goalId, GoalForm form, Errors errors) {
        Goal goal = findGoal(goalId).orElseThrow(() -> refused(user, AccessEventType.UPDATE, null, GOAL, goalId));
        Grant grant = requireChanger(user, goal.youthId(), GOAL, goalId);
        PlanValidator.GoalValues values = PlanValidator.validateGoal(form, errors, today(), goal.targetDate());
        if (values == null) {
            return new Change(goal.youthId(), grant, false, false);
        }
        jdbc.sql("""
                        update plan_goal set domain = :domain, text = :text, target_date = :target, status = :status,
                               updated_at = :now
                         where id = :id and youth_id = :youth
                        """)
                .param("domain", values.domain())
                .param("text", values.text())
                .param("target", values.targetDate())
                .param("status", values.status().name())
                .param("now", now())
                .param("id", goalId)
                .param("youth", goal.youthId())
                .update();
        youthAccess.logAllowed(user, grant, AccessEventType.UPDATE, GOAL, goalId, PLAN);
        return new Change(goal.youthId(), grant, true, false);
    }

    @Transactional
    public Change addAction(CurrentUser user, UUID goalId, ActionForm form, Errors errors) {
        Goal goal = findGoal(goalId).orElseThrow(() -> refused(user, AccessEventType.UPDATE, null, GOAL, goalId));
        Grant grant = requireChanger(user, goal.youthId(), GOAL, goalId);
        PlanValidator.ActionValues values =
                PlanValidator.validateAction(form, errors, today(), null, ActionStatus.OPEN);
        boolean consentMissing = values != null && !partnerMaySeePlan(goal.youthId(), values, null, errors);
        if (values == null || consentMissing) {
            return new Change(goal.youthId(), grant, false, consentMissing);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into plan_action (id, goal_id, youth_id, description, owner_type, owner_organisation_id,
                                                 owner_account_id, owner_name, due_date, status, blocked_reason,
                                                 result_note, created_by, created_at)
                        values (:id, :goal, :youth, :description, :ownerType, :org, :account, :ownerName, :due, :status,
                                :blocked, :result, :by, :now)
                        """)
                .param("id", id)
                .param("goal", goalId)
                .param("youth", goal.youthId())
                .param("description", values.description())
                .param("ownerType", values.ownerType().name())
                .param("org", values.organisationId())
                .param("account", ownerAccount(user, values))
                .param("ownerName", values.ownerName())
                .param("due", values.dueDate())
                .param("status", values.status().name())
                .param("blocked", values.blockedReason())
                .param("result", values.resultNote())
                .param("by", user.id())
                .param("now", now())
                .update();
        youthAccess.logAllowed(user, grant, AccessEventType.CREATE, ACTION, id, PLAN);
        return new Change(goal.youthId(), grant, true, false);
    }

    /** An action to edit, for a coach who may change it; logged as a read. */
    @Transactional
    public EditableAction requireAction(CurrentUser user, UUID actionId) {
        Action action =
                findAction(actionId).orElseThrow(() -> refused(user, AccessEventType.UPDATE, null, ACTION, actionId));
        Grant grant = requireChanger(user, action.youthId(), ACTION, actionId);
        youthAccess.logAllowed(user, grant, AccessEventType.READ, ACTION, actionId, PLAN);
        return new EditableAction(grant, action);
    }

    @Transactional
    public Change editAction(CurrentUser user, UUID actionId, ActionForm form, Errors errors) {
        Action action =
                findAction(actionId).orElseThrow(() -> refused(user, AccessEventType.UPDATE, null, ACTION, actionId));
        Grant grant = requireChanger(user, action.youthId(), ACTION, actionId);
        PlanValidator.ActionValues values =
                PlanValidator.validateAction(form, errors, today(), action.dueDate(), action.status());
        boolean consentMissing = values != null && !partnerMaySeePlan(action.youthId(), values, action, errors);
        if (values == null || consentMissing) {
            return new Change(action.youthId(), grant, false, consentMissing);
        }
        boolean sameOwner = values.ownerType() == action.ownerType()
                && (values.ownerType() != OwnerType.PARTNER
                        || values.organisationId().equals(action.ownerOrganisationId()));
        jdbc.sql("""
                        update plan_action set description = :description, owner_type = :ownerType,
                               owner_organisation_id = :org,
                               owner_account_id = case when :sameOwner then owner_account_id else :account end,
                               owner_name = :ownerName, due_date = :due, status = :status, blocked_reason = :blocked,
                               result_note = :result, updated_at = :now, updated_by = :by
                         where id = :id and youth_id = :youth
                        """)
                .param("description", values.description())
                .param("ownerType", values.ownerType().name())
                .param("org", values.organisationId())
                .param("sameOwner", sameOwner)
                .param("account", ownerAccount(user, values))
                .param("ownerName", values.ownerName())
                .param("due", values.dueDate())
                .param("status", values.status().name())
                .param("blocked", values.blockedReason())
                .param("result", values.resultNote())
                .param("now", now())
                .param("by", user.id())
                .param("id", actionId)
                .param("youth", action.youthId())
                .update();
        youthAccess.logAllowed(user, grant, AccessEventType.UPDATE, ACTION, actionId, PLAN);
        return new Change(action.youthId(), grant, true, false);
    }

    /**
     * A coach marks an action done or reopens it from the plan page (blocking needs a reason and goes
     * through the edit form). Returns the refusal's message key, or empty when saved.
     */
    @Transactional
    public StatusChange changeStatus(CurrentUser user, UUID actionId, @Nullable String status) {
        Action action =
                findAction(actionId).orElseThrow(() -> refused(user, AccessEventType.UPDATE, null, ACTION, actionId));
        Grant grant = requireChanger(user, action.youthId(), ACTION, actionId);
        ActionStatus target =
                nl.overstap.shared.Choices.parse(ActionStatus.class, status).orElse(null);
        if (target == null) {
            return new StatusChange(action.youthId(), Optional.of("plan.error.status.required"));
        }
        Optional<PlanRules.Rejection> rejection = PlanRules.changeStatus(action.status(), target, null);
        if (rejection.isPresent()) {
            return new StatusChange(
                    action.youthId(),
                    Optional.of("plan.rejected." + rejection.get().name()));
        }
        jdbc.sql("""
                        update plan_action set status = :status, blocked_reason = null, updated_at = :now, updated_by = :by
                         where id = :id
                        """)
                .param("status", target.name())
                .param("now", now())
                .param("by", user.id())
                .param("id", actionId)
                .update();
        youthAccess.logAllowed(user, grant, AccessEventType.UPDATE, ACTION, actionId, PLAN);
        return new StatusChange(action.youthId(), Optional.empty());
    }

    /** The outcome of a quick status change: the youth, and the refusal's message key if refused. */
    public record StatusChange(UUID youthId, Optional<String> refusal) {}

    /** The organisations an action can be assigned to: every organisation but the youth's own. */
    /**
     * May this organisation see the youth's plan today (consent in force within an active covenant,
     * or a legal basis that is one of its tasks)? The rule actions are assigned and reassigned by.
     */
    public boolean organisationMaySeePlan(UUID organisationId, UUID youthId) {
        return jdbc.sql("select " + PartnerShares.PLAN + " from youth y where y.id = :youth")
                .param("org", organisationId)
                .param("today", today())
                .param("youth", youthId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    public List<Organisation> partnerOptions(Grant grant) {
        return organisations.all().stream()
                .filter(o -> !o.id().equals(grant.youthOrganisationId()))
                .toList();
    }

    /**
     * Whether the chosen partner organisation may see the plan of this youth; adds the explaining
     * field error when not. Only asked when the action newly goes to that organisation.
     */
    private boolean partnerMaySeePlan(
            UUID youthId, PlanValidator.ActionValues values, @Nullable Action stored, Errors errors) {
        UUID org = values.organisationId();
        if (values.ownerType() != OwnerType.PARTNER || org == null) {
            return true;
        }
        if (stored != null && org.equals(stored.ownerOrganisationId())) {
            return true;
        }
        Optional<Organisation> organisation = organisations.find(org);
        if (organisation.isEmpty()) {
            errors.rejectValue("organisationId", "plan.error.organisation.required");
            return false;
        }
        boolean allowed = organisationMaySeePlan(org, youthId);
        if (!allowed) {
            errors.rejectValue(
                    "organisationId",
                    NO_CONSENT,
                    new Object[] {organisation.get().name()},
                    NO_CONSENT);
        }
        return allowed;
    }

    /** The coach for COACH; the organisation's fixed contact person for PARTNER (if it has one). */
    private @Nullable UUID ownerAccount(CurrentUser user, PlanValidator.ActionValues values) {
        return switch (values.ownerType()) {
            case COACH -> user.id();
            case PARTNER ->
                jdbc.sql("select contact_person_id from organisation where id = :id")
                        .param("id", values.organisationId())
                        .query((rs, n) -> rs.getObject(1, UUID.class))
                        .optional()
                        .orElse(null);
            case YOUTH, NETWORK -> null;
        };
    }

    private Grant requireChanger(CurrentUser user, UUID youthId, String objectType, UUID objectId) {
        Grant grant = youthAccess.require(user, youthId, AccessEventType.UPDATE, DataCategory.PLAN);
        if (!mayChange(user, grant)) {
            throw refused(user, AccessEventType.UPDATE, youthId, objectType, objectId);
        }
        return grant;
    }

    /** Logs the refusal in its own transaction and returns the 404 to throw. */
    private NotFoundException refused(
            CurrentUser user, AccessEventType type, @Nullable UUID youthId, String objectType, UUID objectId) {
        accessLog.denied(new AccessEvent(type, user, youthId, objectType, objectId, PLAN, "none"));
        return new NotFoundException();
    }

    private static Set<DataCategory> touched(Page page) {
        return page.youthName() == null ? PLAN : EnumSet.of(DataCategory.PLAN, DataCategory.BASIC);
    }

    /** The page in two statements: the youth's heading with the agreement, and goals with their actions. */
    private Page load(CurrentUser user, UUID youthId, Grant grant) {
        record Heading(
                String name,
                @Nullable LocalDate agreedOn,
                @Nullable String agreedBy) {}
        Heading heading = jdbc.sql("""
                        select coalesce(y.preferred_name, y.given_names) || ' ' || y.family_name as name,
                               pa.agreed_on, a.display_name as agreed_by
                          from youth y
                          left join plan_agreement pa on pa.youth_id = y.id
                          left join account a on a.id = pa.agreed_by
                         where y.id = :youth
                        """)
                .param("youth", youthId)
                .query((rs, n) -> new Heading(
                        rs.getString("name"), rs.getObject("agreed_on", LocalDate.class), rs.getString("agreed_by")))
                .single();
        List<Goal> goals = goals(false, youthId);
        Map<String, List<Goal>> byDomain = new LinkedHashMap<>();
        goals.stream()
                .sorted(Comparator.comparingInt((Goal g) -> PlanRules.order(g.domain())))
                .forEach(g -> byDomain.computeIfAbsent(g.domain(), d -> new ArrayList<>())
                        .add(g));
        List<DomainGoals> domains = byDomain.entrySet().stream()
                .map(e -> new DomainGoals(e.getKey(), List.copyOf(e.getValue())))
                .toList();
        return new Page(
                youthId,
                grant.allows(DataCategory.BASIC) ? heading.name() : null,
                grant,
                domains,
                heading.agreedOn(),
                heading.agreedBy(),
                mayChange(user, grant),
                today());
    }

    private Optional<Goal> findGoal(UUID goalId) {
        return goals(true, goalId).stream().findFirst();
    }

    private Optional<Action> findAction(UUID actionId) {
        return jdbc.sql(ACTION_SELECT + " where a.id = :id")
                .param("id", actionId)
                .query((rs, n) -> action(rs, "id"))
                .optional();
    }

    private static final String ACTION_SELECT = """
            select a.*, o.name as organisation_name, p.display_name as person_name
              from plan_action a
              left join organisation o on o.id = a.owner_organisation_id
              left join account p on p.id = a.owner_account_id
            """;

    /** Goals with their actions in one statement: one goal by its id, or all goals of a youth. */
    private List<Goal> goals(boolean byGoalId, UUID id) {
        String sql = byGoalId
                ? GOALS_SQL + " where g.id = :id" + GOALS_ORDER
                : GOALS_SQL + " where g.youth_id = :id" + GOALS_ORDER;
        Map<UUID, Goal> goals = new LinkedHashMap<>();
        Map<UUID, List<Action>> actions = new LinkedHashMap<>();
        jdbc.sql(sql).param("id", id).query((RowCallbackHandler) rs -> {
            UUID goalId = rs.getObject("goal_id", UUID.class);
            goals.computeIfAbsent(goalId, g -> goal(rs));
            List<Action> list = actions.computeIfAbsent(goalId, g -> new ArrayList<>());
            if (rs.getObject("action_id") != null) {
                list.add(action(rs, "action_id"));
            }
        });
        return goals.values().stream()
                .map(g -> new Goal(
                        g.id(), g.youthId(), g.domain(), g.text(), g.targetDate(), g.status(), actions.get(g.id())))
                .toList();
    }

    private static final String GOALS_SQL = """
            select g.id as goal_id, g.youth_id as goal_youth_id, g.domain, g.text, g.target_date,
                   g.status as goal_status, g.created_at as goal_created_at,
                   a.id as action_id, a.goal_id, a.youth_id, a.description, a.owner_type, a.owner_organisation_id,
                   a.owner_name, a.due_date, a.status, a.blocked_reason, a.result_note,
                   o.name as organisation_name, p.display_name as person_name
              from plan_goal g
              left join plan_action a on a.goal_id = g.id
              left join organisation o on o.id = a.owner_organisation_id
              left join account p on p.id = a.owner_account_id
            """;

    private static final String GOALS_ORDER = " order by g.created_at, g.id, a.due_date, a.created_at, a.id";

    private static Goal goal(ResultSet rs) {
        try {
            return new Goal(
                    rs.getObject("goal_id", UUID.class),
                    rs.getObject("goal_youth_id", UUID.class),
                    rs.getString("domain"),
                    rs.getString("text"),
                    rs.getObject("target_date", LocalDate.class),
                    GoalStatus.valueOf(rs.getString("goal_status")),
                    List.of());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Action action(ResultSet rs, String idColumn) throws SQLException {
        return new Action(
                rs.getObject(idColumn, UUID.class),
                rs.getObject("goal_id", UUID.class),
                rs.getObject("youth_id", UUID.class),
                rs.getString("description"),
                OwnerType.valueOf(rs.getString("owner_type")),
                rs.getObject("owner_organisation_id", UUID.class),
                rs.getString("organisation_name"),
                rs.getString("person_name"),
                rs.getString("owner_name"),
                rs.getObject("due_date", LocalDate.class),
                ActionStatus.valueOf(rs.getString("status")),
                rs.getString("blocked_reason"),
                rs.getString("result_note"));
    }

    private LocalDate today() {
        return DutchTime.today(clock);
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }
}
