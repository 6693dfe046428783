package nl.overstap.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The organisations of the partnership. */
@Service
public class Organisations {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organisation> find(UUID id) {
        return jdbc.sql("select id, name, kind, region, municipality from organisation where id = :id")
                .param("id", id)
                .query(Organisations::map)
                .optional();
    }

    public List<Organisation> all() {
        return jdbc.sql("select id, name, kind, region, municipality from organisation order by name")
                .query(Organisations::map)
                .list();
    }

    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from organisation)")
                .query(Boolean.class)
                .single();
    }

    public Organisation create(String name, OrganisationKind kind, String region, String municipality) {
        Organisation organisation = new Organisation(UUID.randomUUID(), name, kind, region, municipality);
        jdbc.sql("insert into organisation (id, name, kind, region, municipality) values (:id, :name, :kind, :region,"
                        + " :municipality)")
                .param("id", organisation.id())
                .param("name", name)
                .param("kind", kind.name())
                .param("region", region)
                .param("municipality", municipality)
                .update();
        return organisation;
    }

    private static Organisation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Organisation(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("region"),
                rs.getString("municipality"));
    }
}
