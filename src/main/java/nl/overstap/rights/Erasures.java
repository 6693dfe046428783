package nl.overstap.rights;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.consent.Grant;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Erasure on request with four eyes, and legal hold. A coach of the youth's organisation asks for
 * erasure with the youth's reason; a coordinator of the region who did not ask approves or rejects
 * it with a note. Approval anonymises the youth in the same transaction, unless the youth is on
 * legal hold, which only a coordinator sets or lifts. Every step is logged as an UPDATE of object
 * type {@code erasure} or {@code legal_hold}; every refusal is logged as well.
 */
@Service
class Erasures {

    static final int MAX_TEXT = 2000;

    private static final String REQUEST_COLUMNS = """
            select r.id, r.youth_id, coalesce(y.preferred_name, y.given_names) || ' ' || y.family_name as youth_name,
                   o.name as organisation, r.reason, r.requested_by, coalesce(q.display_name, '-') as requested_by_name,
                   r.requested_at, r.status, d.display_name as decided_by_name, r.decided_at, r.decision_note,
                   y.legal_hold
              from erasure_request r
              join youth y on y.id = r.youth_id
              join organisation o on o.id = y.organisation_id
              left join account q on q.id = r.requested_by
              left join account d on d.id = r.decided_by
            """;

    private final JdbcClient jdbc;
    private final RightsAccess access;
    private final Anonymiser anonymiser;
    private final AccessLog accessLog;
    private final Clock clock;

    Erasures(JdbcClient jdbc, RightsAccess access, Anonymiser anonymiser, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.anonymiser = anonymiser;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The rights page of a youth, logged as a read of the basic details. */
    @Transactional
    public RightsPage page(CurrentUser user, UUID youthId) {
        Grant grant = access.requireWorker(user, youthId, AccessEventType.READ);
        List<RightsPage.Request> requests = requestsOf(youthId);
        List<RightsPage.HoldChange> holdChanges = holdChangesOf(youthId);
        RightsPage page = jdbc.sql("""
                        select coalesce(y.preferred_name, y.given_names) || ' ' || y.family_name as name,
                               y.legal_hold, y.legal_hold_reason, y.anonymised_at
                          from youth y where y.id = :youth
                        """)
                .param("youth", youthId)
                .query((rs, n) -> new RightsPage(
                        youthId,
                        rs.getString("name"),
                        grant,
                        user.is(Role.COACH),
                        user.is(Role.COORDINATOR),
                        rs.getBoolean("legal_hold"),
                        rs.getString("legal_hold_reason"),
                        instant(rs.getTimestamp("anonymised_at")),
                        requests,
                        holdChanges))
                .single();
        access.logAllowed(user, grant, AccessEventType.READ, "rights", youthId, EnumSet.of(DataCategory.BASIC));
        return page;
    }

    /** A coach asks for erasure; returns the request id, or null when {@code errors} got a reason. */
    @Transactional
    public @Nullable UUID request(CurrentUser user, UUID youthId, ErasureRequestForm form, Errors errors) {
        Grant grant = access.require(user, youthId, AccessEventType.UPDATE, Role.COACH);
        String reason = text(form.reason(), "reason", errors);
        ErasurePolicy.YouthState youth = lockYouth(youthId);
        boolean open = jdbc.sql(
                        "select exists (select 1 from erasure_request where youth_id = :youth and status = 'OPEN')")
                .param("youth", youthId)
                .query(Boolean.class)
                .single();
        ErasurePolicy.request(youth, open).ifPresent(rejection -> errors.reject("rights.rejected." + rejection.name()));
        if (errors.hasErrors() || reason == null) {
            return null;
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into erasure_request (id, youth_id, reason, requested_by, requested_at)
                        values (:id, :youth, :reason, :by, :now)
                        """)
                .param("id", id)
                .param("youth", youthId)
                .param("reason", reason)
                .param("by", user.id())
                .param("now", Timestamp.from(Instant.now(clock)))
                .update();
        access.logAllowed(user, grant, AccessEventType.UPDATE, "erasure", id, EnumSet.of(DataCategory.BASIC));
        return id;
    }

    /** The open requests of the coordinator's region, oldest first; each youth shown is logged. */
    @Transactional
    public List<RightsPage.Request> openRequests(CurrentUser user) {
        if (!user.is(Role.COORDINATOR)) {
            accessLog.denied(new AccessEvent(
                    AccessEventType.LIST, user, null, "erasure", null, EnumSet.of(DataCategory.BASIC), "none"));
            throw new NotFoundException();
        }
        List<RightsPage.Request> open = jdbc.sql(REQUEST_COLUMNS + """
                         where r.status = 'OPEN' and o.region = :region
                         order by r.requested_at, r.id
                        """)
                .param("region", user.region())
                .query(Erasures::request)
                .list();
        accessLog.listed(user, open.stream().map(RightsPage.Request::youthId).toList(), EnumSet.of(DataCategory.BASIC));
        return open;
    }

    /** One request for the coordinator's decision page, logged as a read. */
    @Transactional
    public RightsPage.Request forDecision(CurrentUser user, UUID requestId) {
        RightsPage.Request request = find(requestId).orElseThrow(() -> unknown(user, requestId));
        Grant grant = access.require(user, request.youthId(), AccessEventType.READ, Role.COORDINATOR);
        access.logAllowed(user, grant, AccessEventType.READ, "erasure", requestId, EnumSet.of(DataCategory.BASIC));
        return request;
    }

    /**
     * A coordinator approves (and so anonymises) or rejects; returns the youth id, or null when
     * {@code errors} got a reason for refusing.
     */
    @Transactional
    public @Nullable UUID decide(
            CurrentUser user, UUID requestId, boolean approve, ErasureDecisionForm form, Errors errors) {
        RightsPage.Request request = find(requestId).orElseThrow(() -> unknown(user, requestId));
        Grant grant = access.require(user, request.youthId(), AccessEventType.UPDATE, Role.COORDINATOR);
        String note = text(form.note(), "note", errors);
        ErasurePolicy.YouthState youth = lockYouth(request.youthId());
        boolean open = "OPEN"
                .equals(jdbc.sql("select status from erasure_request where id = :id for update")
                        .param("id", requestId)
                        .query(String.class)
                        .single());
        Optional<ErasurePolicy.Rejection> rejection = ErasurePolicy.decide(
                user.id(), new ErasurePolicy.RequestState(request.requestedById(), open), youth, approve);
        if (rejection.isPresent()) {
            errors.reject("rights.rejected." + rejection.get().name());
            access.refused(user, request.youthId(), AccessEventType.UPDATE, "erasure", requestId);
        }
        if (errors.hasErrors() || note == null) {
            return null;
        }
        Instant now = Instant.now(clock);
        jdbc.sql("""
                        update erasure_request set status = :status, decided_by = :by, decided_at = :now,
                               decision_note = :note
                         where id = :id and status = 'OPEN'
                        """)
                .param("status", approve ? "APPROVED" : "REJECTED")
                .param("by", user.id())
                .param("now", Timestamp.from(now))
                .param("note", note)
                .param("id", requestId)
                .update();
        EnumSet<DataCategory> touched = EnumSet.of(DataCategory.BASIC);
        if (approve) {
            for (DataCategory category : Anonymiser.SUPPORTED) {
                anonymiser.remove(category, Anonymiser.Target.youth(request.youthId()), now);
            }
            touched.addAll(Anonymiser.SUPPORTED);
        }
        access.logAllowed(user, grant, AccessEventType.UPDATE, "erasure", requestId, touched);
        return request.youthId();
    }

    /** A coordinator sets or lifts legal hold; returns false when {@code errors} got a reason. */
    @Transactional
    public boolean legalHold(CurrentUser user, UUID youthId, LegalHoldForm form, Errors errors) {
        Grant grant = access.require(user, youthId, AccessEventType.UPDATE, Role.COORDINATOR);
        boolean hold = "true".equals(form.hold());
        String reason = text(form.holdReason(), "holdReason", errors);
        if (!hold && !"false".equals(form.hold())) {
            errors.reject("rights.error.hold.required");
        } else {
            ErasurePolicy.legalHold(lockYouth(youthId), hold)
                    .ifPresent(rejection -> errors.reject("rights.rejected." + rejection.name()));
        }
        if (errors.hasErrors() || reason == null) {
            return false;
        }
        Instant now = Instant.now(clock);
        jdbc.sql("update youth set legal_hold = :hold, legal_hold_reason = :reason where id = :youth")
                .param("hold", hold)
                .param("reason", hold ? reason : null)
                .param("youth", youthId)
                .update();
        UUID changeId = UUID.randomUUID();
        jdbc.sql("""
                        insert into legal_hold_change (id, youth_id, hold, reason, changed_by, changed_at)
                        values (:id, :youth, :hold, :reason, :by, :now)
                        """)
                .param("id", changeId)
                .param("youth", youthId)
                .param("hold", hold)
                .param("reason", reason)
                .param("by", user.id())
                .param("now", Timestamp.from(now))
                .update();
        access.logAllowed(user, grant, AccessEventType.UPDATE, "legal_hold", changeId, EnumSet.of(DataCategory.BASIC));
        return true;
    }

    private ErasurePolicy.YouthState lockYouth(UUID youthId) {
        return jdbc.sql("select legal_hold, anonymised_at is not null from youth where id = :youth for update")
                .param("youth", youthId)
                .query((rs, n) -> new ErasurePolicy.YouthState(rs.getBoolean(1), rs.getBoolean(2)))
                .single();
    }

    private Optional<RightsPage.Request> find(UUID requestId) {
        return jdbc.sql(REQUEST_COLUMNS + " where r.id = :id")
                .param("id", requestId)
                .query(Erasures::request)
                .optional();
    }

    private List<RightsPage.Request> requestsOf(UUID youthId) {
        return jdbc.sql(REQUEST_COLUMNS + " where r.youth_id = :youth order by r.requested_at desc, r.id")
                .param("youth", youthId)
                .query(Erasures::request)
                .list();
    }

    private List<RightsPage.HoldChange> holdChangesOf(UUID youthId) {
        return jdbc.sql("""
                        select h.hold, h.reason, coalesce(a.display_name, '-') as changed_by, h.changed_at
                          from legal_hold_change h left join account a on a.id = h.changed_by
                         where h.youth_id = :youth
                         order by h.changed_at desc, h.id
                        """)
                .param("youth", youthId)
                .query((rs, n) -> new RightsPage.HoldChange(
                        rs.getBoolean("hold"),
                        rs.getString("reason"),
                        rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    private NotFoundException unknown(CurrentUser user, UUID requestId) {
        return access.refused(user, null, AccessEventType.UPDATE, "erasure", requestId);
    }

    private static RightsPage.Request request(ResultSet rs, int row) throws SQLException {
        return new RightsPage.Request(
                rs.getObject("id", UUID.class),
                rs.getObject("youth_id", UUID.class),
                rs.getString("youth_name"),
                rs.getString("organisation"),
                rs.getString("reason"),
                rs.getObject("requested_by", UUID.class),
                rs.getString("requested_by_name"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getString("status"),
                rs.getString("decided_by_name"),
                instant(rs.getTimestamp("decided_at")),
                rs.getString("decision_note"),
                rs.getBoolean("legal_hold"));
    }

    /** A required free text of at most {@link #MAX_TEXT} characters; null (with a field error) otherwise. */
    private static @Nullable String text(@Nullable String value, String field, Errors errors) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "rights.error." + field + ".required");
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > MAX_TEXT) {
            errors.rejectValue(field, "rights.error.text.tooLong");
            return null;
        }
        return trimmed;
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
