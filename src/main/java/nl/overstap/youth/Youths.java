package nl.overstap.youth;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up one youth for another module, deciding visibility with {@link YouthScope}. */
@Service
public class Youths {

    private final JdbcClient jdbc;
    private final AccessLog accessLog;

    Youths(JdbcClient jdbc, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
    }

    /**
     * The youth's name and basic facts for a page header (e.g. the start-trajectory form), logged
     * as a read of the basic details in the same transaction.
     */
    @Transactional
    public YouthRef showHeader(CurrentUser user, UUID youthId) {
        YouthRef youth = requireVisible(user, youthId);
        accessLog.allowed(
                AccessEvent.of(AccessEventType.READ, user, youthId, "youth", youthId, EnumSet.of(DataCategory.BASIC)));
        return youth;
    }

    /**
     * The youth if this user may see them; otherwise 404, the same as for an unknown id. A refusal
     * is written to the access log in a transaction of its own.
     */
    public YouthRef requireVisible(CurrentUser user, UUID youthId) {
        YouthRef youth = jdbc.sql("""
                        select y.id, y.organisation_id, o.region, coalesce(y.preferred_name, y.given_names) as first_name,
                               y.family_name, y.date_of_birth
                          from youth y join organisation o on o.id = y.organisation_id
                         where y.id = :id and y.merged_into_id is null
                        """)
                .param("id", youthId)
                .query((rs, n) -> new YouthRef(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("region"),
                        rs.getString("first_name") + " " + rs.getString("family_name"),
                        rs.getObject("date_of_birth", LocalDate.class)))
                .optional()
                .orElse(null);
        if (youth == null || !YouthScope.allows(user, youth.organisationId(), youth.region())) {
            accessLog.denied(AccessEvent.of(
                    AccessEventType.READ,
                    user,
                    youth == null ? null : youthId,
                    "youth",
                    youthId,
                    EnumSet.of(DataCategory.BASIC)));
            throw new NotFoundException();
        }
        return youth;
    }
}
