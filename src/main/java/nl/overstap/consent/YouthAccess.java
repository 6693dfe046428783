package nl.overstap.consent;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.DutchTime;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import nl.overstap.youth.YouthScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The one access decision for a youth's data, in one SQL statement: the youth's organisation and
 * region, the user's current consents and legal bases, and any active break-the-glass access.
 *
 * <ul>
 *   <li>Coach of the youth's organisation, coordinator of its region: every category, on their task.
 *   <li>Partner: the categories with a current, granted, unexpired, not withdrawn consent of the
 *       youth for the partner's organisation that an active covenant allows for that kind of
 *       organisation between both parties; or a recorded legal basis (statute). BSN only on a statute.
 *   <li>Coach or coordinator outside their scope: everything but the BSN while a break-the-glass
 *       access is active.
 *   <li>Everyone else, and unknown youths: nothing (404).
 * </ul>
 */
@Service
public class YouthAccess {

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final Clock clock;

    YouthAccess(JdbcClient jdbc, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    private record Row(
            UUID organisationId,
            String region,
            String @Nullable [] shares,
            @Nullable Timestamp emergencyUntil,
            @Nullable String emergencyReason) {}

    /** The grant, or empty when the user may see nothing of this youth (or it does not exist). */
    public Optional<Grant> decide(CurrentUser user, UUID youthId) {
        return row(user, youthId).flatMap(row -> grant(user, youthId, row));
    }

    private Optional<Row> row(CurrentUser user, UUID youthId) {
        return jdbc.sql("""
                        select y.organisation_id, o.region,
                               (select array_agg(c.data_category || '=' || case when c.basis = 'LEGAL_BASIS'
                                                  then 'statute:' || c.statute else 'consent:' || c.id || '/v' || c.version end)
                                  from consent_record c
                                 where c.youth_id = y.id and c.organisation_id = :org and c.is_current
                                   and c.decision = 'GRANTED' and c.withdrawn_at is null
                                   and ((c.basis = 'LEGAL_BASIS'
                                         and exists (select 1 from organisation task
                                                      where task.id = :org and c.statute = any (task.legal_tasks)))
                                        or (c.data_category <> 'BSN' and c.valid_until >= :today
                                            and exists (select 1 from covenant cv
                                                          join covenant_party mine on mine.covenant_id = cv.id
                                                                                  and mine.organisation_id = :org
                                                          join covenant_party theirs on theirs.covenant_id = cv.id
                                                                                    and theirs.organisation_id = y.organisation_id
                                                          join covenant_share s on s.covenant_id = cv.id
                                                                               and s.data_category = c.data_category
                                                          join organisation me on me.id = :org and me.kind = s.organisation_kind
                                                         where cv.start_date <= :today
                                                           and (cv.end_date is null or cv.end_date >= :today))))) as shares,
                               e.expires_at as emergency_until, e.reason as emergency_reason
                          from youth y
                          join organisation o on o.id = y.organisation_id
                          left join lateral (select ea.expires_at, ea.reason from emergency_access ea
                                              where ea.youth_id = y.id and ea.account_id = :me and ea.expires_at > :now
                                              order by ea.expires_at desc limit 1) e on true
                         where y.id = :youth and y.merged_into_id is null
                        """)
                .param("org", user.organisationId())
                .param("me", user.id())
                .param("today", DutchTime.today(clock))
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("youth", youthId)
                .query((rs, n) -> new Row(
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("region"),
                        shares(rs.getArray("shares")),
                        rs.getTimestamp("emergency_until"),
                        rs.getString("emergency_reason")))
                .optional();
    }

    /**
     * The grant if it covers at least one of {@code needed}; otherwise the refusal is logged and a
     * 404 thrown, the same as for an unknown id.
     */
    public Grant require(CurrentUser user, UUID youthId, AccessEventType type, DataCategory... needed) {
        Optional<Row> row = row(user, youthId);
        Optional<Grant> grant = row.flatMap(r -> grant(user, youthId, r));
        if (grant.isEmpty()
                || (needed.length > 0 && java.util.Arrays.stream(needed).noneMatch(grant.get()::allows))) {
            accessLog.denied(new AccessEvent(
                    type,
                    user,
                    row.isPresent() ? youthId : null,
                    "youth",
                    youthId,
                    needed.length == 0 ? EnumSet.of(DataCategory.BASIC) : EnumSet.of(needed[0], needed),
                    "none"));
            throw new NotFoundException();
        }
        return grant.get();
    }

    /** Logs an allowed access in the caller's transaction, with the basis and emergency flag of the grant. */
    public void logAllowed(
            CurrentUser user,
            Grant grant,
            AccessEventType type,
            String objectType,
            @Nullable UUID objectId,
            Set<DataCategory> touched) {
        Set<DataCategory> shown = touched.isEmpty() ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(touched);
        shown.retainAll(grant.categories());
        accessLog.allowed(AccessEvent.of(type, user, grant.youthId(), objectType, objectId, shown)
                .resting(grant.basisFor(shown), grant.emergency(), grant.emergencyReason()));
    }

    private static String @Nullable [] shares(@Nullable Array array) throws SQLException {
        return array == null ? null : (String[]) array.getArray();
    }

    private Optional<Grant> grant(CurrentUser user, UUID youthId, Row row) {
        boolean inScope = YouthScope.allows(user, row.organisationId(), row.region());
        if (inScope) {
            Map<DataCategory, String> basis = new EnumMap<>(DataCategory.class);
            String task = AccessEvent.legalBasisOf(user);
            for (DataCategory category : DataCategory.values()) {
                basis.put(category, task);
            }
            return Optional.of(new Grant(
                    youthId, row.organisationId(), EnumSet.allOf(DataCategory.class), basis, true, null, null));
        }
        if (row.emergencyUntil() != null && (user.is(Role.COACH) || user.is(Role.COORDINATOR))) {
            EnumSet<DataCategory> all = EnumSet.allOf(DataCategory.class);
            all.remove(DataCategory.BSN);
            Map<DataCategory, String> basis = new EnumMap<>(DataCategory.class);
            for (DataCategory category : all) {
                basis.put(category, "emergency");
            }
            return Optional.of(new Grant(
                    youthId,
                    row.organisationId(),
                    all,
                    basis,
                    false,
                    row.emergencyUntil().toInstant(),
                    row.emergencyReason()));
        }
        if (user.is(Role.PARTNER) && row.shares() != null) {
            Map<DataCategory, String> basis = new EnumMap<>(DataCategory.class);
            for (String share : row.shares()) {
                int split = share.indexOf('=');
                basis.put(
                        DataCategory.valueOf(share.substring(0, split).toUpperCase(Locale.ROOT)),
                        share.substring(split + 1));
            }
            if (!basis.isEmpty()) {
                return Optional.of(new Grant(youthId, row.organisationId(), basis.keySet(), basis, false, null, null));
            }
        }
        return Optional.empty();
    }
}
