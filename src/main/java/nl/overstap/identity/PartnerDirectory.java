package nl.overstap.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The partner directory: organisations with their legal tasks, what they committed to in the
 * partnership and their one fixed contact person. Searchable by every professional; maintained by
 * administrators. Holds no youth data.
 */
@Service
public class PartnerDirectory {

    private static final String SELECT = """
            select o.id, o.name, o.kind, o.region, o.municipality, o.legal_tasks, o.commitments, o.contact_person_id,
                   a.display_name as contact_person
              from organisation o left join account a on a.id = o.contact_person_id
            """;

    private final JdbcClient jdbc;

    PartnerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every role but the analyst works with partners and may look them up. */
    public static boolean mayBrowse(CurrentUser user) {
        return !user.is(Role.ANALYST);
    }

    public List<DirectoryEntry> search(CurrentUser user, @Nullable String term, @Nullable OrganisationKind kind) {
        if (!mayBrowse(user)) {
            throw new NotFoundException();
        }
        String pattern =
                term == null || term.isBlank() ? "%" : "%" + term.strip().toLowerCase(Locale.ROOT) + "%";
        return jdbc.sql(SELECT
                        + " where lower(o.name) like :pattern and (:kind = '' or o.kind = :kind) order by o.name")
                .param("pattern", pattern)
                .param("kind", kind == null ? "" : kind.name())
                .query((rs, n) -> map(rs))
                .list();
    }

    public Optional<DirectoryEntry> find(UUID id) {
        return jdbc.sql(SELECT + " where o.id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** Administrators set legal tasks, commitments and the contact person (an account of that organisation). */
    @Transactional
    public boolean update(CurrentUser admin, UUID organisationId, DirectoryForm form, Errors errors) {
        if (!admin.is(Role.ADMIN)) {
            throw new NotFoundException();
        }
        find(organisationId).orElseThrow(NotFoundException::new);
        if (form.contactPersonId() != null
                && !jdbc.sql("select exists (select 1 from account where id = :a and organisation_id = :o and enabled)")
                        .param("a", form.contactPersonId())
                        .param("o", organisationId)
                        .query(Boolean.class)
                        .single()) {
            errors.rejectValue("contactPersonId", "directory.error.contactPerson");
        }
        if (form.commitments() != null && form.commitments().length() > 4000) {
            errors.rejectValue("commitments", "directory.error.commitments");
        }
        List<String> tasks = form.legalTasks() == null ? List.of() : form.legalTasks();
        if (errors.hasErrors()) {
            return false;
        }
        jdbc.sql("update organisation set legal_tasks = cast(:tasks as text[]), commitments = :commitments,"
                        + " contact_person_id = :contact where id = :id")
                .param(
                        "tasks",
                        "{"
                                + String.join(
                                        ",",
                                        tasks.stream()
                                                .filter(t -> t.matches("[A-Z_]+"))
                                                .toList()) + "}")
                .param(
                        "commitments",
                        form.commitments() == null || form.commitments().isBlank()
                                ? null
                                : form.commitments().strip())
                .param("contact", form.contactPersonId())
                .param("id", organisationId)
                .update();
        return true;
    }

    private static DirectoryEntry map(ResultSet rs) throws SQLException {
        return new DirectoryEntry(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("region"),
                rs.getString("municipality"),
                Arrays.asList((String[]) rs.getArray("legal_tasks").getArray()),
                rs.getString("commitments"),
                rs.getObject("contact_person_id", UUID.class),
                rs.getString("contact_person"));
    }
}
