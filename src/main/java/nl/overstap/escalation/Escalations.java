package nl.overstap.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import nl.overstap.plan.Plans;
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
 * Escalating a stuck partner action and deciding on it.
 *
 * <ul>
 *   <li>Escalating: a {@link Role#COACH} working on the youth's file (own scope), for a partner action
 *       that is blocked or overdue (see {@link EscalationPolicy}), with a reason.
 *   <li>Deciding: the {@link Role#COORDINATOR} of the youth's region (own scope), on an open escalation.
 *   <li>The ladder on the file: whoever works on the file (own scope).
 * </ul>
 *
 * Every step is logged in the same transaction (category PLAN); every refusal in its own, with a 404.
 */
@Service
public class Escalations {

    static final String ESCALATION = "escalation";
    static final String ACTION = "plan_action";
    static final int MAX_TEXT = 1000;
    private static final Set<DataCategory> PLAN = EnumSet.of(DataCategory.PLAN);

    private final JdbcClient jdbc;
    private final YouthAccess youthAccess;
    private final AccessLog accessLog;
    private final Plans plans;
    private final Clock clock;

    Escalations(JdbcClient jdbc, YouthAccess youthAccess, AccessLog accessLog, Plans plans, Clock clock) {
        this.jdbc = jdbc;
        this.youthAccess = youthAccess;
        this.accessLog = accessLog;
        this.plans = plans;
        this.clock = clock;
    }

    /** The action a coach is about to escalate. */
    public record StuckAction(
            UUID actionId,
            UUID youthId,
            String description,
            String ownerType,
            @Nullable String organisationName,
            LocalDate dueDate,
            String status,
            @Nullable String blockedReason) {}

    /** The action with the coach's grant. */
    public record Escalatable(Grant grant, StuckAction action) {}

    /** The outcome of an escalation: saved, or the form with errors. */
    public record Raised(Escalatable escalatable, boolean saved) {}

    /** An escalation with the coordinator's grant and the organisations the action can go to. */
    public record Decidable(Grant grant, Escalation escalation, List<Organisation> organisations) {}

    /** The outcome of a decision: saved, or the form with errors. */
    public record Decided(Decidable decidable, boolean saved) {}

    /** The ladder of one youth's file. */
    public record Ladder(UUID youthId, Grant grant, List<Escalation> escalations) {}

    // ----------------------------------------------------------------------------------------------
    // Escalating (coach)

    /** The action to escalate, for a coach working on the file; logged as a read. */
    @Transactional
    public Escalatable requireEscalatable(CurrentUser user, UUID actionId) {
        Escalatable escalatable = escalatable(user, actionId);
        youthAccess.logAllowed(user, escalatable.grant(), AccessEventType.READ, ACTION, actionId, PLAN);
        return escalatable;
    }

    @Transactional
    public Raised escalate(CurrentUser user, UUID actionId, EscalationForm form, Errors errors) {
        Escalatable escalatable = escalatable(user, actionId);
        StuckAction action = escalatable.action();
        String reason = text(form.reason(), "reason", "escalation.error.reason.required", errors);
        boolean openEscalation = jdbc.sql(
                        "select exists (select 1 from escalation where action_id = :a and status = 'OPEN')")
                .param("a", actionId)
                .query(Boolean.class)
                .single();
        Optional<EscalationPolicy.Rejection> rejection = EscalationPolicy.mayEscalate(
                action.ownerType(), action.status(), action.dueDate(), today(), openEscalation);
        rejection.ifPresent(r -> errors.rejectValue("reason", "escalation.rejected." + r.name()));
        if (errors.hasErrors() || reason == null) {
            return new Raised(escalatable, false);
        }
        UUID id = UUID.randomUUID();
        Timestamp now = now();
        jdbc.sql("""
                        insert into escalation (id, action_id, youth_id, raised_by, raised_at, reason, status)
                        values (:id, :action, :youth, :by, :now, :reason, 'OPEN')
                        """)
                .param("id", id)
                .param("action", actionId)
                .param("youth", action.youthId())
                .param("by", user.id())
                .param("now", now)
                .param("reason", reason)
                .update();
        step(id, user, now, "RAISED", reason);
        youthAccess.logAllowed(user, escalatable.grant(), AccessEventType.CREATE, ESCALATION, id, PLAN);
        return new Raised(escalatable, true);
    }

    private Escalatable escalatable(CurrentUser user, UUID actionId) {
        StuckAction action = jdbc.sql("""
                        select a.id, a.youth_id, a.description, a.owner_type, o.name as organisation_name,
                               a.due_date, a.status, a.blocked_reason
                          from plan_action a
                          left join organisation o on o.id = a.owner_organisation_id
                         where a.id = :id
                        """)
                .param("id", actionId)
                .query((rs, n) -> new StuckAction(
                        rs.getObject("id", UUID.class),
                        rs.getObject("youth_id", UUID.class),
                        rs.getString("description"),
                        rs.getString("owner_type"),
                        rs.getString("organisation_name"),
                        rs.getObject("due_date", LocalDate.class),
                        rs.getString("status"),
                        rs.getString("blocked_reason")))
                .optional()
                .orElseThrow(() -> refused(user, AccessEventType.UPDATE, null, ACTION, actionId));
        Grant grant = youthAccess.require(user, action.youthId(), AccessEventType.UPDATE, DataCategory.PLAN);
        if (!user.is(Role.COACH) || !grant.ownScope()) {
            throw refused(user, AccessEventType.UPDATE, action.youthId(), ACTION, actionId);
        }
        return new Escalatable(grant, action);
    }

    // ----------------------------------------------------------------------------------------------
    // Deciding (coordinator)

    /** The open escalations of the coordinator's region, oldest first; each youth logged as listed. */
    @Transactional
    public List<Escalation> openInRegion(CurrentUser user) {
        if (!user.is(Role.COORDINATOR)) {
            accessLog.denied(new AccessEvent(AccessEventType.LIST, user, null, ESCALATION, null, PLAN, "none"));
            throw new NotFoundException();
        }
        List<Escalation> open = load(Filter.OPEN_IN_REGION, user.region());
        accessLog.listed(
                user,
                open.stream().map(Escalation::youthId).distinct().toList(),
                EnumSet.of(DataCategory.PLAN, DataCategory.BASIC));
        return open;
    }

    /** One escalation for the coordinator of the youth's region; logged as a read. */
    @Transactional
    public Decidable requireDecidable(CurrentUser user, UUID escalationId) {
        Decidable decidable = decidable(user, escalationId, AccessEventType.READ);
        youthAccess.logAllowed(user, decidable.grant(), AccessEventType.READ, ESCALATION, escalationId, PLAN);
        return decidable;
    }

    @Transactional
    public Decided decide(CurrentUser user, UUID escalationId, DecisionForm form, Errors errors) {
        Decidable decidable = decidable(user, escalationId, AccessEventType.UPDATE);
        Escalation escalation = decidable.escalation();
        EscalationPolicy.mayDecide(escalation.status())
                .ifPresent(r -> errors.reject("escalation.rejected." + r.name()));
        DecisionKind kind = Choices.parse(DecisionKind.class, form.kind()).orElse(null);
        if (kind == null) {
            errors.rejectValue("kind", "escalation.error.kind.required");
        }
        String text = kind == DecisionKind.BINDING_DECISION
                ? text(form.text(), "text", "escalation.error.decisionText.required", errors)
                : optionalText(form.text(), "text", errors);
        LocalDate due = null;
        UUID organisationId = null;
        if (kind == DecisionKind.NEW_DEADLINE_OWNER) {
            due = newDeadline(form.newDueDate(), errors);
            organisationId = newOwner(escalation, decidable, form.organisationId(), errors);
        }
        if (errors.hasErrors() || kind == null) {
            return new Decided(decidable, false);
        }
        Timestamp now = now();
        int decided = jdbc.sql("""
                        update escalation set status = :status, decided_by = :by, decided_at = :now,
                               decision_kind = :kind, decision_text = :text, new_due_date = :due,
                               new_owner_organisation_id = :org
                         where id = :id and status = 'OPEN'
                        """)
                .param("status", kind.resultingStatus().name())
                .param("by", user.id())
                .param("now", now)
                .param("kind", kind.name())
                .param("text", text)
                .param("due", due)
                .param("org", organisationId)
                .param("id", escalationId)
                .update();
        if (decided == 0) {
            errors.reject("escalation.rejected." + EscalationPolicy.Rejection.ALREADY_DECIDED.name());
            return new Decided(decidable, false);
        }
        step(escalationId, user, now, kind.name(), text);
        youthAccess.logAllowed(user, decidable.grant(), AccessEventType.UPDATE, ESCALATION, escalationId, PLAN);
        if (kind == DecisionKind.NEW_DEADLINE_OWNER) {
            jdbc.sql("""
                            update plan_action set due_date = :due, owner_organisation_id = :org,
                                   owner_account_id = (select contact_person_id from organisation where id = :org),
                                   status = 'OPEN', blocked_reason = null, updated_at = :now, updated_by = :by
                             where id = :id and owner_type = 'PARTNER'
                            """)
                    .param("due", due)
                    .param("org", organisationId)
                    .param("now", now)
                    .param("by", user.id())
                    .param("id", escalation.actionId())
                    .update();
            youthAccess.logAllowed(
                    user, decidable.grant(), AccessEventType.UPDATE, ACTION, escalation.actionId(), PLAN);
        }
        return new Decided(decidable, true);
    }

    private Decidable decidable(CurrentUser user, UUID escalationId, AccessEventType type) {
        Escalation escalation = load(Filter.ONE, escalationId).stream()
                .findFirst()
                .orElseThrow(() -> refused(user, type, null, ESCALATION, escalationId));
        Grant grant = youthAccess.require(user, escalation.youthId(), type, DataCategory.PLAN);
        if (!user.is(Role.COORDINATOR) || !grant.ownScope()) {
            throw refused(user, type, escalation.youthId(), ESCALATION, escalationId);
        }
        return new Decidable(grant, escalation, plans.partnerOptions(grant));
    }

    private @Nullable LocalDate newDeadline(@Nullable String typed, Errors errors) {
        if (typed == null || typed.isBlank()) {
            errors.rejectValue("newDueDate", "escalation.error.newDueDate.required");
            return null;
        }
        LocalDate date = DutchDates.parse(typed).orElse(null);
        if (date == null) {
            errors.rejectValue("newDueDate", "escalation.error.newDueDate.format");
            return null;
        }
        Optional<EscalationPolicy.Rejection> rejection = EscalationPolicy.checkNewDeadline(date, today());
        if (rejection.isPresent()) {
            errors.rejectValue(
                    "newDueDate", "escalation.rejected." + rejection.get().name());
            return null;
        }
        return date;
    }

    /**
     * The new owner organisation: one of the options, and one that may see the youth's plan (unless it
     * already owns the action).
     */
    private @Nullable UUID newOwner(Escalation escalation, Decidable decidable, @Nullable String typed, Errors errors) {
        String chosen = typed == null ? "" : typed.strip();
        Organisation organisation = decidable.organisations().stream()
                .filter(o -> o.id().toString().equals(chosen))
                .findFirst()
                .orElse(null);
        if (organisation == null) {
            errors.rejectValue("organisationId", "escalation.error.organisation.required");
            return null;
        }
        boolean owns = jdbc.sql("select owner_organisation_id = :org from plan_action where id = :id")
                .param("org", organisation.id())
                .param("id", escalation.actionId())
                .query(Boolean.class)
                .optional()
                .orElse(false);
        if (!owns && !plans.organisationMaySeePlan(organisation.id(), escalation.youthId())) {
            errors.rejectValue(
                    "organisationId",
                    "escalation.error.organisation.noConsent",
                    new Object[] {organisation.name()},
                    "escalation.error.organisation.noConsent");
            return null;
        }
        return organisation.id();
    }

    // ----------------------------------------------------------------------------------------------
    // The ladder on the file, and the API for the multidisciplinary meeting

    /** Every escalation of the youth with its steps, for those working on the file; logged as a read. */
    @Transactional
    public Ladder ladder(CurrentUser user, UUID youthId) {
        Grant grant = youthAccess.require(user, youthId, AccessEventType.READ, DataCategory.PLAN);
        if (!grant.ownScope()) {
            throw refused(user, AccessEventType.READ, youthId, ESCALATION, youthId);
        }
        List<Escalation> escalations = load(Filter.OF_YOUTH, youthId);
        youthAccess.logAllowed(user, grant, AccessEventType.READ, ESCALATION, youthId, PLAN);
        return new Ladder(youthId, grant, escalations);
    }

    /**
     * The escalations of this youth that wait on the agenda of the multidisciplinary meeting, oldest
     * first. For the MDO module, which decides and logs access itself; no access decision here.
     */
    @Transactional(readOnly = true)
    public List<MdoCase> onMdoAgenda(UUID youthId) {
        return jdbc.sql("""
                        select e.id, e.youth_id, e.action_id, a.description, e.reason, e.decision_text,
                               e.raised_at, e.decided_at
                          from escalation e
                          join plan_action a on a.id = e.action_id
                         where e.youth_id = :youth and e.status = 'ON_MDO_AGENDA'
                         order by e.raised_at, e.id
                        """)
                .param("youth", youthId)
                .query((rs, n) -> new MdoCase(
                        rs.getObject("id", UUID.class),
                        rs.getObject("youth_id", UUID.class),
                        rs.getObject("action_id", UUID.class),
                        rs.getString("description"),
                        rs.getString("reason"),
                        rs.getString("decision_text"),
                        rs.getTimestamp("raised_at").toInstant(),
                        rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    /**
     * Closes an escalation the MDO has dealt with, as a step of the ladder, logged on the grant the MDO
     * module obtained for the youth (it decides who may do this). Returns false when the escalation is
     * not on the agenda for that youth.
     */
    @Transactional
    public boolean closeFromMdo(CurrentUser user, Grant grant, UUID escalationId, @Nullable String note) {
        Timestamp now = now();
        int changed = jdbc.sql("""
                        update escalation set status = 'CLOSED'
                         where id = :id and youth_id = :youth and status = 'ON_MDO_AGENDA'
                        """)
                .param("id", escalationId)
                .param("youth", grant.youthId())
                .update();
        if (changed == 0) {
            return false;
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        step(
                escalationId,
                user,
                now,
                "CLOSED",
                text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT));
        youthAccess.logAllowed(user, grant, AccessEventType.UPDATE, ESCALATION, escalationId, PLAN);
        return true;
    }

    // ----------------------------------------------------------------------------------------------

    private void step(UUID escalationId, CurrentUser user, Timestamp at, String kind, @Nullable String text) {
        jdbc.sql("""
                        insert into escalation_step (id, escalation_id, at, by, kind, text)
                        values (:id, :escalation, :at, :by, :kind, :text)
                        """)
                .param("id", UUID.randomUUID())
                .param("escalation", escalationId)
                .param("at", at)
                .param("by", user.id())
                .param("kind", kind)
                .param("text", text)
                .update();
    }

    /** Which escalations to load; each condition uses the parameter {@code :key}. */
    private enum Filter {
        ONE,
        OF_YOUTH,
        OPEN_IN_REGION
    }

    /** Escalations with their steps in one statement, oldest first. */
    private List<Escalation> load(Filter filter, Object key) {
        String sql = switch (filter) {
            case ONE -> LOAD_SQL + " where e.id = :key" + LOAD_ORDER;
            case OF_YOUTH -> LOAD_SQL + " where e.youth_id = :key" + LOAD_ORDER;
            case OPEN_IN_REGION -> LOAD_SQL + " where e.status = 'OPEN' and yo.region = :key" + LOAD_ORDER;
        };
        Map<UUID, Escalation> escalations = new LinkedHashMap<>();
        Map<UUID, List<Escalation.Step>> steps = new LinkedHashMap<>();
        jdbc.sql(sql).param("key", key).query((RowCallbackHandler) rs -> {
            UUID id = rs.getObject("id", UUID.class);
            if (!escalations.containsKey(id)) {
                escalations.put(id, escalation(rs));
            }
            List<Escalation.Step> list = steps.computeIfAbsent(id, k -> new ArrayList<>());
            if (rs.getObject("step_id") != null) {
                list.add(new Escalation.Step(
                        rs.getTimestamp("step_at").toInstant(),
                        rs.getString("step_by"),
                        rs.getString("step_kind"),
                        rs.getString("step_text")));
            }
        });
        return escalations.values().stream()
                .map(e -> withSteps(e, List.copyOf(steps.get(e.id()))))
                .toList();
    }

    private static final String LOAD_SQL = """
            select e.id, e.action_id, e.youth_id, e.reason, e.raised_at, e.status as escalation_status,
                   e.decision_kind, e.decision_text, e.new_due_date,
                   coalesce(y.preferred_name, y.given_names) || ' ' || y.family_name as youth_name,
                   a.description, a.due_date, a.status as action_status, o.name as organisation_name,
                   r.display_name as raised_by_name, d.display_name as decided_by_name, nown.name as new_owner_name,
                   s.id as step_id, s.at as step_at, s.kind as step_kind, s.text as step_text,
                   sb.display_name as step_by
              from escalation e
              join plan_action a on a.id = e.action_id
              join youth y on y.id = e.youth_id
              join organisation yo on yo.id = y.organisation_id
              left join organisation o on o.id = a.owner_organisation_id
              left join organisation nown on nown.id = e.new_owner_organisation_id
              join account r on r.id = e.raised_by
              left join account d on d.id = e.decided_by
              left join escalation_step s on s.escalation_id = e.id
              left join account sb on sb.id = s.by
            """;

    private static final String LOAD_ORDER = " order by e.raised_at, e.id, s.at, s.id";

    private static Escalation escalation(ResultSet rs) throws SQLException {
        String kind = rs.getString("decision_kind");
        return new Escalation(
                rs.getObject("id", UUID.class),
                rs.getObject("action_id", UUID.class),
                rs.getObject("youth_id", UUID.class),
                rs.getString("youth_name"),
                rs.getString("description"),
                rs.getString("organisation_name"),
                rs.getObject("due_date", LocalDate.class),
                rs.getString("action_status"),
                rs.getString("reason"),
                rs.getString("raised_by_name"),
                rs.getTimestamp("raised_at").toInstant(),
                EscalationStatus.valueOf(rs.getString("escalation_status")),
                kind == null ? null : DecisionKind.valueOf(kind),
                rs.getString("decision_text"),
                rs.getObject("new_due_date", LocalDate.class),
                rs.getString("new_owner_name"),
                rs.getString("decided_by_name"),
                List.of());
    }

    private static Escalation withSteps(Escalation e, List<Escalation.Step> steps) {
        return new Escalation(
                e.id(),
                e.actionId(),
                e.youthId(),
                e.youthName(),
                e.actionDescription(),
                e.organisationName(),
                e.dueDate(),
                e.actionStatus(),
                e.reason(),
                e.raisedByName(),
                e.raisedAt(),
                e.status(),
                e.decisionKind(),
                e.decisionText(),
                e.newDueDate(),
                e.newOwnerName(),
                e.decidedByName(),
                steps);
    }

    private static @Nullable String text(@Nullable String typed, String field, String requiredKey, Errors errors) {
        if (typed == null || typed.isBlank()) {
            errors.rejectValue(field, requiredKey);
            return null;
        }
        return optionalText(typed, field, errors);
    }

    private static @Nullable String optionalText(@Nullable String typed, String field, Errors errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String value = typed.strip();
        if (value.length() > MAX_TEXT) {
            errors.rejectValue(field, "escalation.error.text.tooLong");
            return null;
        }
        return value;
    }

    /** Logs the refusal in its own transaction and returns the 404 to throw. */
    private NotFoundException refused(
            CurrentUser user, AccessEventType type, @Nullable UUID youthId, String objectType, UUID objectId) {
        accessLog.denied(new AccessEvent(type, user, youthId, objectType, objectId, PLAN, "none"));
        return new NotFoundException();
    }

    private LocalDate today() {
        return DutchTime.today(clock);
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }
}
