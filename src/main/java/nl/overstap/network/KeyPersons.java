package nl.overstap.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.consent.Grant;
import nl.overstap.consent.YouthAccess;
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
 * Reading and changing a youth's key persons (sleutelfiguren).
 *
 * <ul>
 *   <li>Reading: whoever the youth access decision gives the NETWORK category — a coach of the
 *       youth's organisation, a coordinator of its region, a partner with consent or a legal basis
 *       for NETWORK, or a break-the-glass access.
 *   <li>Adding, editing and removing: a {@link Role#COACH} whose grant is in their own scope, that
 *       is <em>any</em> coach of the youth's organisation, not only the coach of the open
 *       trajectory. The network belongs to the youth's file, which the team shares: a colleague who
 *       stands in must be able to add the aunt who turned out to matter. Coordinators, partners and
 *       break-the-glass access read only.
 * </ul>
 *
 * Every read and change is written to the access log in the same transaction; every refusal (an
 * unknown id, a youth outside the grant, a reader who tries to change) is logged in a transaction
 * of its own and answered with the same 404.
 */
@Service
public class KeyPersons {

    static final String OBJECT_TYPE = "key_person";
    private static final Set<DataCategory> NETWORK = EnumSet.of(DataCategory.NETWORK);

    private final JdbcClient jdbc;
    private final YouthAccess youthAccess;
    private final AccessLog accessLog;
    private final Clock clock;

    KeyPersons(JdbcClient jdbc, YouthAccess youthAccess, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.youthAccess = youthAccess;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * The network page of one youth.
     *
     * @param youthName the youth's name, only when the grant covers the basic details
     * @param mayChange whether this viewer may add, edit and remove key persons
     */
    public record Page(
            UUID youthId, @Nullable String youthName, Grant grant, List<KeyPerson> persons, boolean mayChange) {}

    /** A key person with the grant of the coach about to change it. */
    public record Editable(Grant grant, KeyPerson person) {}

    /**
     * What became of a change: {@code saved} is false when the form had errors (they are in the
     * form's errors); the grant is there to render the form again.
     */
    public record Change(UUID youthId, Grant grant, boolean saved) {}

    /** Only a coach working on the youth's own file changes its network. */
    public static boolean mayChange(CurrentUser user, Grant grant) {
        return user.is(Role.COACH) && grant.ownScope();
    }

    @Transactional
    public Page list(CurrentUser user, UUID youthId) {
        Grant grant = youthAccess.require(user, youthId, AccessEventType.READ, DataCategory.NETWORK);
        List<KeyPerson> persons = jdbc.sql("""
                        select * from key_person where youth_id = :youth order by lower(name), created_at, id
                        """)
                .param("youth", youthId)
                .query((rs, n) -> keyPerson(rs))
                .list();
        boolean showName = grant.allows(DataCategory.BASIC);
        String youthName = showName ? youthName(youthId) : null;
        youthAccess.logAllowed(
                user,
                grant,
                AccessEventType.READ,
                OBJECT_TYPE,
                null,
                showName ? EnumSet.of(DataCategory.NETWORK, DataCategory.BASIC) : NETWORK);
        return new Page(youthId, youthName, grant, List.copyOf(persons), mayChange(user, grant));
    }

    /** The grant of a coach who may add a key person to this youth's network; 404 otherwise. */
    @Transactional
    public Grant requireChanger(CurrentUser user, UUID youthId) {
        return requireChanger(user, youthId, null);
    }

    @Transactional
    public Change add(CurrentUser user, UUID youthId, KeyPersonForm form, Errors errors) {
        Grant grant = requireChanger(user, youthId, null);
        KeyPersonValidator.Values values = KeyPersonValidator.validate(form, errors);
        if (values == null) {
            return new Change(youthId, grant, false);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into key_person (id, youth_id, name, relation, phone, email, joins_meetings, note,
                                                created_by, created_at)
                        values (:id, :youth, :name, :relation, :phone, :email, :joins, :note, :by, :now)
                        """)
                .param("id", id)
                .param("youth", youthId)
                .param("name", values.name())
                .param("relation", values.relation().name())
                .param("phone", values.phone())
                .param("email", values.email())
                .param("joins", values.joinsMeetings())
                .param("note", values.note())
                .param("by", user.id())
                .param("now", Timestamp.from(Instant.now(clock)))
                .update();
        youthAccess.logAllowed(user, grant, AccessEventType.CREATE, OBJECT_TYPE, id, NETWORK);
        return new Change(youthId, grant, true);
    }

    /** The key person to edit or remove, shown to a coach who may change it; logged as a read. */
    @Transactional
    public Editable requireForChange(CurrentUser user, UUID personId) {
        KeyPerson person = requirePerson(user, personId);
        Grant grant = requireChanger(user, person.youthId(), personId);
        youthAccess.logAllowed(user, grant, AccessEventType.READ, OBJECT_TYPE, personId, NETWORK);
        return new Editable(grant, person);
    }

    @Transactional
    public Change edit(CurrentUser user, UUID personId, KeyPersonForm form, Errors errors) {
        KeyPerson person = requirePerson(user, personId);
        Grant grant = requireChanger(user, person.youthId(), personId);
        KeyPersonValidator.Values values = KeyPersonValidator.validate(form, errors);
        if (values == null) {
            return new Change(person.youthId(), grant, false);
        }
        jdbc.sql("""
                        update key_person set name = :name, relation = :relation, phone = :phone, email = :email,
                               joins_meetings = :joins, note = :note, updated_at = :now
                         where id = :id and youth_id = :youth
                        """)
                .param("name", values.name())
                .param("relation", values.relation().name())
                .param("phone", values.phone())
                .param("email", values.email())
                .param("joins", values.joinsMeetings())
                .param("note", values.note())
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("id", personId)
                .param("youth", person.youthId())
                .update();
        youthAccess.logAllowed(user, grant, AccessEventType.UPDATE, OBJECT_TYPE, personId, NETWORK);
        return new Change(person.youthId(), grant, true);
    }

    /** Removes a key person from the network; logged as an update of the youth's file. Returns the youth id. */
    @Transactional
    public UUID remove(CurrentUser user, UUID personId) {
        KeyPerson person = requirePerson(user, personId);
        Grant grant = requireChanger(user, person.youthId(), personId);
        jdbc.sql("delete from key_person where id = :id and youth_id = :youth")
                .param("id", personId)
                .param("youth", person.youthId())
                .update();
        youthAccess.logAllowed(user, grant, AccessEventType.UPDATE, OBJECT_TYPE, personId, NETWORK);
        return person.youthId();
    }

    private Grant requireChanger(CurrentUser user, UUID youthId, @Nullable UUID personId) {
        Grant grant = youthAccess.require(user, youthId, AccessEventType.UPDATE, DataCategory.NETWORK);
        if (!mayChange(user, grant)) {
            throw refused(user, youthId, personId);
        }
        return grant;
    }

    private KeyPerson requirePerson(CurrentUser user, UUID personId) {
        return find(personId).orElseThrow(() -> refused(user, null, personId));
    }

    /** Logs the refusal in its own transaction and returns the 404 to throw. */
    private NotFoundException refused(CurrentUser user, @Nullable UUID youthId, @Nullable UUID personId) {
        accessLog.denied(
                new AccessEvent(AccessEventType.UPDATE, user, youthId, OBJECT_TYPE, personId, NETWORK, "none"));
        return new NotFoundException();
    }

    /** The name for the page heading; read here so the page needs no second access decision. */
    private String youthName(UUID youthId) {
        return jdbc.sql("""
                        select coalesce(preferred_name, given_names) || ' ' || family_name from youth where id = :id
                        """).param("id", youthId).query(String.class).single();
    }

    private Optional<KeyPerson> find(UUID id) {
        return jdbc.sql("select * from key_person where id = :id")
                .param("id", id)
                .query((rs, n) -> keyPerson(rs))
                .optional();
    }

    private static KeyPerson keyPerson(ResultSet rs) throws SQLException {
        Timestamp updated = rs.getTimestamp("updated_at");
        return new KeyPerson(
                rs.getObject("id", UUID.class),
                rs.getObject("youth_id", UUID.class),
                rs.getString("name"),
                Relation.valueOf(rs.getString("relation")),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getBoolean("joins_meetings"),
                rs.getString("note"),
                rs.getTimestamp("created_at").toInstant(),
                updated == null ? null : updated.toInstant());
    }
}
