package nl.overstap.youth;

import java.time.LocalDate;
import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Looks up one youth for another module, deciding visibility with {@link YouthScope}. */
@Service
public class Youths {

    private final JdbcClient jdbc;

    Youths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The youth if this user may see them; otherwise 404, the same as for an unknown id. */
    public YouthRef requireVisible(CurrentUser user, UUID youthId) {
        YouthRef youth = jdbc.sql("""
                        select y.id, y.organisation_id, o.region, coalesce(y.preferred_name, y.given_names) as first_name,
                               y.family_name, y.date_of_birth
                          from youth y join organisation o on o.id = y.organisation_id
                         where y.id = :id
                        """)
                .param("id", youthId)
                .query((rs, n) -> new YouthRef(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("region"),
                        rs.getString("first_name") + " " + rs.getString("family_name"),
                        rs.getObject("date_of_birth", LocalDate.class)))
                .optional()
                .orElseThrow(NotFoundException::new);
        if (!YouthScope.allows(user, youth.organisationId(), youth.region())) {
            throw new NotFoundException();
        }
        return youth;
    }
}
