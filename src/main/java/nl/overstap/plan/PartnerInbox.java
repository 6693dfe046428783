package nl.overstap.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.consent.Grant;
import nl.overstap.consent.YouthAccess;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.DutchTime;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The partner inbox: the open and blocked actions of the partner's organisation, overdue first and
 * then by due date, only for youths whose plan the organisation may see today (a withdrawal removes
 * them at once). The youth's name shows only with consent for the basic details. The partner updates
 * status and result of their own organisation's actions; any other action is a logged 404.
 */
@Service
public class PartnerInbox {

    /** Actions per page. */
    public static final int PAGE_SIZE = 25;

    private final JdbcClient jdbc;
    private final YouthAccess youthAccess;
    private final AccessLog accessLog;
    private final Clock clock;

    PartnerInbox(JdbcClient jdbc, YouthAccess youthAccess, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.youthAccess = youthAccess;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * One action in the inbox.
     *
     * @param youthName null without consent for the basic details
     */
    public record Item(
            UUID actionId,
            UUID youthId,
            @Nullable String youthName,
            String domain,
            String goalText,
            String description,
            @Nullable String contactPerson,
            LocalDate dueDate,
            ActionStatus status,
            @Nullable String blockedReason,
            @Nullable String resultNote) {

        public boolean overdue(LocalDate today) {
            return dueDate.isBefore(today);
        }
    }

    /** The inbox page. */
    public record Page(List<Item> items, LocalDate today, int page, boolean hasNext) {}

    /** An action the partner is about to update, with the grant on its youth. */
    public record Editable(Item item, Grant grant) {}

    /** What became of an update: {@code saved} is false when the form had errors. */
    public record Update(Editable editable, boolean saved) {}

    /** One statement for the page and at most two for the access log. */
    @Transactional
    public Page list(CurrentUser user, int page) {
        if (!user.is(Role.PARTNER)) {
            throw new NotFoundException();
        }
        LocalDate today = DutchTime.today(clock);
        List<Item> items = jdbc.sql(INBOX)
                .param("org", user.organisationId())
                .param("today", today)
                .param("limit", PAGE_SIZE + 1)
                .param("offset", Math.max(0, Math.min(page, 10_000)) * PAGE_SIZE)
                .query((rs, n) -> item(rs))
                .list();
        boolean hasNext = items.size() > PAGE_SIZE;
        if (hasNext) {
            items = items.subList(0, PAGE_SIZE);
        }
        List<UUID> named = items.stream()
                .filter(i -> i.youthName() != null)
                .map(Item::youthId)
                .distinct()
                .toList();
        List<UUID> anonymous = items.stream()
                .filter(i -> i.youthName() == null)
                .map(Item::youthId)
                .distinct()
                .toList();
        accessLog.listed(user, named, EnumSet.of(DataCategory.PLAN, DataCategory.BASIC), "consent-or-statute");
        accessLog.listed(user, anonymous, EnumSet.of(DataCategory.PLAN), "consent-or-statute");
        return new Page(List.copyOf(items), today, Math.max(0, Math.min(page, 10_000)), hasNext);
    }

    /** One action of the partner's organisation to update; logged as a read. */
    @Transactional
    public Editable require(CurrentUser user, UUID actionId) {
        Editable editable = requireOwn(user, actionId, AccessEventType.READ);
        youthAccess.logAllowed(user, editable.grant(), AccessEventType.READ, Plans.ACTION, actionId, touched(editable));
        return editable;
    }

    @Transactional
    public Update update(CurrentUser user, UUID actionId, ActionUpdateForm form, Errors errors) {
        Editable editable = requireOwn(user, actionId, AccessEventType.UPDATE);
        ActionStatus status = PlanValidator.validateUpdate(form, editable.item().status(), errors);
        if (status == null) {
            return new Update(editable, false);
        }
        jdbc.sql("""
                        update plan_action set status = :status, blocked_reason = :blocked, result_note = :result,
                               updated_at = :now, updated_by = :by
                         where id = :id and owner_organisation_id = :org
                        """)
                .param("status", status.name())
                .param(
                        "blocked",
                        status == ActionStatus.BLOCKED ? PlanValidator.trimToNull(form.blockedReason()) : null)
                .param("result", PlanValidator.trimToNull(form.resultNote()))
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("by", user.id())
                .param("id", actionId)
                .param("org", user.organisationId())
                .update();
        youthAccess.logAllowed(
                user, editable.grant(), AccessEventType.UPDATE, Plans.ACTION, actionId, EnumSet.of(DataCategory.PLAN));
        return new Update(editable, true);
    }

    /**
     * The action, when it belongs to the partner's organisation and the partner may see the plan of
     * its youth right now; otherwise the refusal is logged and a 404 thrown.
     */
    private Editable requireOwn(CurrentUser user, UUID actionId, AccessEventType type) {
        Optional<Item> item = user.is(Role.PARTNER)
                ? jdbc.sql(SELECT + " where a.id = :id and a.owner_organisation_id = :org")
                        .param("id", actionId)
                        .param("org", user.organisationId())
                        .param("today", DutchTime.today(clock))
                        .query((rs, n) -> item(rs))
                        .optional()
                : Optional.empty();
        if (item.isEmpty()) {
            accessLog.denied(
                    new AccessEvent(type, user, null, Plans.ACTION, actionId, EnumSet.of(DataCategory.PLAN), "none"));
            throw new NotFoundException();
        }
        Grant grant = youthAccess.require(user, item.get().youthId(), type, DataCategory.PLAN);
        if (!grant.allows(DataCategory.PLAN)) {
            throw new NotFoundException();
        }
        Item shown = grant.allows(DataCategory.BASIC) ? item.get() : withoutName(item.get());
        return new Editable(shown, grant);
    }

    private static EnumSet<DataCategory> touched(Editable editable) {
        return editable.item().youthName() == null
                ? EnumSet.of(DataCategory.PLAN)
                : EnumSet.of(DataCategory.PLAN, DataCategory.BASIC);
    }

    private static Item withoutName(Item item) {
        return new Item(
                item.actionId(),
                item.youthId(),
                null,
                item.domain(),
                item.goalText(),
                item.description(),
                item.contactPerson(),
                item.dueDate(),
                item.status(),
                item.blockedReason(),
                item.resultNote());
    }

    /**
     * The inbox page in one statement. The shares the covenant allows are computed once (a CTE); then
     * each open action of the organisation looks up its youth's current consent records for the plan
     * and the basic details through the consent key {@code (youth, organisation, category)}. The cost
     * grows with the organisation's open actions, not with its consent records.
     */
    private static final String INBOX = """
            with shared as materialized (
                select distinct theirs.organisation_id, s.data_category
                  from covenant cv
                  join covenant_party mine on mine.covenant_id = cv.id and mine.organisation_id = :org
                  join covenant_party theirs on theirs.covenant_id = cv.id
                  join covenant_share s on s.covenant_id = cv.id and s.data_category in ('PLAN', 'BASIC')
                  join organisation me on me.id = :org and me.kind = s.organisation_kind
                 where cv.start_date <= :today and (cv.end_date is null or cv.end_date >= :today)),
            me as materialized (select legal_tasks from organisation where id = :org)
            select a.id, a.youth_id, a.description, a.due_date, a.status, a.blocked_reason, a.result_note, g.domain,
                   g.text as goal_text, p.display_name as contact_person,
                   case when allowed.basic then coalesce(y.preferred_name, y.given_names) || ' ' || y.family_name
                   end as youth_name
              from plan_action a
              join youth y on y.id = a.youth_id
              join plan_goal g on g.id = a.goal_id
              left join account p on p.id = a.owner_account_id
             cross join me
             cross join lateral (
                   select bool_or(c.data_category = 'PLAN') as plan, bool_or(c.data_category = 'BASIC') as basic
                     from consent_record c
                    where c.youth_id = a.youth_id and c.organisation_id = :org
                      and c.data_category in ('PLAN', 'BASIC') and c.is_current
                      and c.decision = 'GRANTED' and c.withdrawn_at is null
                      and ((c.basis = 'LEGAL_BASIS' and c.statute = any (me.legal_tasks))
                           or (c.basis = 'CONSENT' and c.valid_until >= :today
                               and exists (select 1 from shared sh
                                            where sh.organisation_id = y.organisation_id
                                              and sh.data_category = c.data_category)))) allowed
             where a.owner_organisation_id = :org and a.status in ('OPEN', 'BLOCKED') and allowed.plan
             order by a.due_date, a.created_at, a.id
             limit :limit offset :offset
            """;

    private static final String SELECT = "select a.id, a.youth_id, a.description, a.due_date, a.status,"
            + " a.blocked_reason, a.result_note, g.domain, g.text as goal_text, p.display_name as contact_person,"
            + " case when " + PartnerShares.BASIC
            + " then coalesce(y.preferred_name, y.given_names) || ' ' || y.family_name end as youth_name"
            + " from plan_action a join plan_goal g on g.id = a.goal_id join youth y on y.id = a.youth_id"
            + " left join account p on p.id = a.owner_account_id";

    private static Item item(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Item(
                rs.getObject("id", UUID.class),
                rs.getObject("youth_id", UUID.class),
                rs.getString("youth_name"),
                rs.getString("domain"),
                rs.getString("goal_text"),
                rs.getString("description"),
                rs.getString("contact_person"),
                rs.getObject("due_date", LocalDate.class),
                ActionStatus.valueOf(rs.getString("status")),
                rs.getString("blocked_reason"),
                rs.getString("result_note"));
    }
}
