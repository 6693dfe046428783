package nl.overstap.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.overstap.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to accounts for other modules (coach pickers, display names). */
@Service
public class Accounts {

    private static final String SELECT = """
            select a.id, a.username, a.display_name, a.role, a.organisation_id, o.name as organisation_name, a.enabled
              from account a join organisation o on o.id = a.organisation_id
            """;

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active coaches of one organisation, by name. */
    public List<AccountSummary> coachesOf(UUID organisationId) {
        return jdbc.sql(SELECT + " where a.organisation_id = :org and a.role = 'COACH' and a.enabled"
                        + " order by a.display_name")
                .param("org", organisationId)
                .query(Accounts::map)
                .list();
    }

    public Optional<AccountSummary> find(UUID id) {
        return jdbc.sql(SELECT + " where a.id = :id")
                .param("id", id)
                .query(Accounts::map)
                .optional();
    }

    List<AccountSummary> all() {
        return jdbc.sql(SELECT + " order by o.name, a.display_name")
                .query(Accounts::map)
                .list();
    }

    static AccountSummary map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AccountSummary(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"),
                rs.getBoolean("enabled"));
    }
}
