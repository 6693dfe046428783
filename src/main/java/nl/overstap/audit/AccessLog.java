package nl.overstap.audit;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.overstap.shared.AccessPoint;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes access-log rows. Allowed accesses must be logged inside the transaction that reads or
 * changes the data ({@link Propagation#MANDATORY}): if the insert fails, the whole request fails and
 * nothing is shown. Denied accesses get a transaction of their own so they survive the rollback of
 * the refused request.
 */
@Service
public class AccessLog {

    private static final String INSERT = """
            insert into access_log (event_type, outcome, account_id, role, organisation_id, client_ip, session_hash,
                                    request_id, youth_id, object_type, object_id, data_categories, legal_basis,
                                    emergency, justification)
            values (:type, :outcome, :account, :role, :organisation, :ip, :session, :request, :youth, :objectType,
                    :objectId, cast(:categories as text[]), :basis, :emergency, :justification)
            """;

    private final JdbcClient jdbc;
    private final AccessPointResolver accessPoints;

    AccessLog(JdbcClient jdbc, AccessPointResolver accessPoints) {
        this.jdbc = jdbc;
        this.accessPoints = accessPoints;
    }

    /** Records an allowed access in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void allowed(AccessEvent event) {
        insert(event, AccessOutcome.ALLOWED);
    }

    /** Records a refused access; survives the caller's rollback. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void denied(AccessEvent event) {
        insert(event, AccessOutcome.DENIED);
    }

    /**
     * Records that a list showed these youths: one row per youth, in a single statement, in the
     * caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void listed(CurrentUser user, Collection<UUID> youthIds, Collection<DataCategory> categories) {
        listed(user, youthIds, categories, AccessEvent.legalBasisOf(user));
    }

    /** As {@link #listed(CurrentUser, Collection, Collection)}, resting on the given basis. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void listed(CurrentUser user, Collection<UUID> youthIds, Collection<DataCategory> categories, String basis) {
        if (youthIds.isEmpty()) {
            return;
        }
        AccessPoint point = accessPoints.current();
        jdbc.sql("""
                        insert into access_log (event_type, outcome, account_id, role, organisation_id, client_ip,
                                                session_hash, request_id, youth_id, object_type, object_id,
                                                data_categories, legal_basis)
                        select 'LIST', 'ALLOWED', :account, :role, :organisation, :ip, :session, :request, y, 'youth', y,
                               cast(:categories as text[]), :basis
                          from unnest(cast(:youths as uuid[])) as y
                        """)
                .param("account", user.id())
                .param("role", user.role().name())
                .param("organisation", user.organisationId())
                .param("ip", point.clientIp())
                .param("session", point.sessionHash())
                .param("request", point.requestId())
                .param("categories", pgArray(names(categories)))
                .param("basis", basis)
                .param("youths", pgArray(youthIds.stream().map(UUID::toString).toList()))
                .update();
    }

    /**
     * Records that a list showed these objects (e.g. signals): one row per object with its youth when
     * known (null entries allowed), in a single statement, in the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void listedObjects(
            CurrentUser user,
            String objectType,
            List<UUID> objectIds,
            List<@Nullable UUID> youthIds,
            Collection<DataCategory> categories) {
        if (objectIds.isEmpty()) {
            return;
        }
        if (objectIds.size() != youthIds.size()) {
            throw new IllegalArgumentException("one youth (or null) per object");
        }
        AccessPoint point = accessPoints.current();
        jdbc.sql("""
                        insert into access_log (event_type, outcome, account_id, role, organisation_id, client_ip,
                                                session_hash, request_id, youth_id, object_type, object_id,
                                                data_categories, legal_basis)
                        select 'LIST', 'ALLOWED', :account, :role, :organisation, :ip, :session, :request, u.y, :type,
                               u.o, cast(:categories as text[]), :basis
                          from unnest(cast(:objects as uuid[]), cast(:youths as uuid[])) as u(o, y)
                        """)
                .param("account", user.id())
                .param("role", user.role().name())
                .param("organisation", user.organisationId())
                .param("ip", point.clientIp())
                .param("session", point.sessionHash())
                .param("request", point.requestId())
                .param("type", objectType)
                .param("categories", pgArray(names(categories)))
                .param("basis", AccessEvent.legalBasisOf(user))
                .param("objects", pgArray(objectIds.stream().map(UUID::toString).toList()))
                .param(
                        "youths",
                        pgArray(youthIds.stream()
                                .map(y -> y == null ? "NULL" : y.toString())
                                .toList()))
                .update();
    }

    /**
     * Records that an export held the youths with a trajectory started in {@code [startFrom,
     * startUntil)} at an organisation of {@code region} (every region when {@code allRegions}): one
     * {@code EXPORT} row per youth, in a single INSERT ... SELECT, in the caller's transaction (run it
     * in the same snapshot as the export itself, e.g. repeatable read, so both see the same youths).
     * Each row points at the export ({@code objectType}, {@code exportId}). Returns the rows written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int exportedTrajectoryYouths(
            CurrentUser user,
            String objectType,
            UUID exportId,
            Collection<DataCategory> categories,
            String basis,
            boolean allRegions,
            String region,
            java.time.LocalDate startFrom,
            java.time.LocalDate startUntil) {
        AccessPoint point = accessPoints.current();
        return jdbc.sql("""
                        insert into access_log (event_type, outcome, account_id, role, organisation_id, client_ip,
                                                session_hash, request_id, youth_id, object_type, object_id,
                                                data_categories, legal_basis)
                        select 'EXPORT', 'ALLOWED', :account, :role, :organisation, :ip, :session, :request, e.youth_id,
                               :type, :export, cast(:categories as text[]), :basis
                          from (select distinct t.youth_id
                                  from trajectory t
                                  join organisation o on o.id = t.organisation_id
                                 where t.start_date >= :from and t.start_date < :until
                                   and (:all or o.region = :region)) e
                        """)
                .param("account", user.id())
                .param("role", user.role().name())
                .param("organisation", user.organisationId())
                .param("ip", point.clientIp())
                .param("session", point.sessionHash())
                .param("request", point.requestId())
                .param("type", objectType)
                .param("export", exportId)
                .param("categories", pgArray(names(categories)))
                .param("basis", basis)
                .param("from", startFrom)
                .param("until", startUntil)
                .param("all", allRegions)
                .param("region", region)
                .update();
    }

    /** Records a successful sign-in. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void loginSucceeded(CurrentUser user) {
        insert(
                new AccessEvent(AccessEventType.LOGIN, user, null, "account", user.id(), Set.of(), "login"),
                AccessOutcome.ALLOWED);
    }

    /** Records a failed sign-in, with the account tried when that name exists. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void loginFailed(@Nullable UUID accountId) {
        AccessPoint point = accessPoints.current();
        jdbc.sql("""
                        insert into access_log (event_type, outcome, account_id, client_ip, session_hash, request_id,
                                                object_type, object_id, legal_basis)
                        values ('LOGIN', 'DENIED', :account, :ip, :session, :request, 'account', :account, 'login')
                        """)
                .param("account", accountId)
                .param("ip", point.clientIp())
                .param("session", point.sessionHash())
                .param("request", point.requestId())
                .update();
    }

    private void insert(AccessEvent event, AccessOutcome outcome) {
        AccessPoint point = accessPoints.current();
        CurrentUser user = event.user();
        jdbc.sql(INSERT)
                .param("type", event.type().name())
                .param("outcome", outcome.name())
                .param("account", user == null ? null : user.id())
                .param("role", user == null ? null : user.role().name())
                .param("organisation", user == null ? null : user.organisationId())
                .param("ip", point.clientIp())
                .param("session", point.sessionHash())
                .param("request", point.requestId())
                .param("youth", event.youthId())
                .param("objectType", event.objectType())
                .param("objectId", event.objectId())
                .param("categories", pgArray(names(event.categories())))
                .param("basis", event.legalBasis())
                .param("emergency", event.emergency())
                .param("justification", event.justification())
                .update();
    }

    static List<String> names(Collection<DataCategory> categories) {
        return categories.stream().map(Enum::name).sorted().toList();
    }

    /** A PostgreSQL array literal of plain tokens (enum names, UUIDs): no quoting needed. */
    static String pgArray(List<String> tokens) {
        return "{" + String.join(",", tokens) + "}";
    }
}
