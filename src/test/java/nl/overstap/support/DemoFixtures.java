package nl.overstap.support;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds things in the demo region that tests need: a youth of a coach with an open trajectory, etc. */
@Component
public class DemoFixtures {

    private final JdbcClient jdbc;

    DemoFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A youth whose open trajectory is coached by this account. */
    public Ids openTrajectoryOf(String username) {
        return jdbc.sql("""
                        select t.youth_id, t.id from trajectory t join account a on a.id = t.coach_id
                         where a.username = :u and t.phase <> 'CLOSED' order by t.id limit 1
                        """)
                .param("u", username)
                .query((rs, n) -> new Ids(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .single();
    }

    /** A youth with an open trajectory of this coach for which the given organisation has no consent or basis. */
    public Ids openTrajectoryWithoutConsentFor(String username, String organisationName) {
        return jdbc.sql("""
                        select t.youth_id, t.id from trajectory t join account a on a.id = t.coach_id
                         where a.username = :u and t.phase <> 'CLOSED'
                           and not exists (select 1 from consent_record c join organisation o on o.id = c.organisation_id
                                            where c.youth_id = t.youth_id and o.name = :org)
                         order by t.id limit 1
                        """)
                .param("u", username)
                .param("org", organisationName)
                .query((rs, n) -> new Ids(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .single();
    }

    public UUID organisationId(String name) {
        return jdbc.sql("select id from organisation where name = :n")
                .param("n", name)
                .query(UUID.class)
                .single();
    }

    public String familyNameOf(UUID youthId) {
        return jdbc.sql("select family_name from youth where id = :id")
                .param("id", youthId)
                .query(String.class)
                .single();
    }

    public long accessLogRows(UUID youthId, String eventType, String outcome) {
        return jdbc.sql("select count(*) from access_log where youth_id = :y and event_type = :e and outcome = :o")
                .param("y", youthId)
                .param("e", eventType)
                .param("o", outcome)
                .query(Long.class)
                .single();
    }

    public long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** A youth id and its trajectory id. */
    public record Ids(UUID youthId, UUID trajectoryId) {}
}
