package nl.overstap.audit;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Wie heeft dit dossier bekeken": the accesses to one youth's data, newest first, including those
 * to records that were merged into this one (the log keeps their original ids). The caller has
 * already decided that the viewer may see this youth; reading the log is itself logged.
 */
@Service
public class WhoLooked {

    private final JdbcClient jdbc;
    private final AccessLog accessLog;

    WhoLooked(JdbcClient jdbc, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
    }

    @Transactional
    public List<AccessLogEntry> forYouth(
            CurrentUser viewer, UUID youthId, java.time.Instant from, java.time.Instant to, int page, int pageSize) {
        accessLog.allowed(new AccessEvent(
                AccessEventType.LOG_READ,
                viewer,
                youthId,
                "access_log",
                youthId,
                java.util.Set.of(DataCategory.BASIC),
                AccessEvent.legalBasisOf(viewer)));
        return jdbc.sql("""
                        select l.occurred_at, l.event_type, l.outcome, coalesce(a.display_name, '-') as who,
                               coalesce(l.role, '-') as role, coalesce(o.name, '-') as organisation,
                               l.data_categories, coalesce(l.legal_basis, '-') as legal_basis, l.emergency,
                               l.justification
                          from access_log l
                          left join account a on a.id = l.account_id
                          left join organisation o on o.id = l.organisation_id
                         where l.youth_id in (with recursive merged(id) as (
                                                  select cast(:youth as uuid)
                                                  union
                                                  select y.id from youth y join merged m on y.merged_into_id = m.id)
                                              select id from merged)
                           and l.occurred_at >= :from and l.occurred_at < :to
                         order by l.occurred_at desc, l.id desc
                         limit :limit offset :offset
                        """)
                .param("youth", youthId)
                .param("from", java.sql.Timestamp.from(from))
                .param("to", java.sql.Timestamp.from(to))
                .param("limit", pageSize + 1)
                .param("offset", page * pageSize)
                .query((rs, n) -> new AccessLogEntry(
                        rs.getTimestamp("occurred_at").toInstant(),
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

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
