package nl.overstap.contact;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.NotFoundException;
import nl.overstap.trajectory.Trajectories;
import nl.overstap.trajectory.TrajectoryRef;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Logging, editing and correcting contacts. Only the trajectory's own coach logs contacts; the
 * author edits within {@link #EDIT_WINDOW}; later changes are correction entries that point at the
 * original. Every change is logged in the same transaction.
 */
@Service
public class Contacts {

    /** How long the author may still edit a contact in place. */
    public static final Duration EDIT_WINDOW = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Trajectories trajectories;
    private final AccessLog accessLog;
    private final Clock clock;

    Contacts(JdbcClient jdbc, Trajectories trajectories, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.trajectories = trajectories;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** A stored contact with what the edit rules need. */
    record Stored(
            UUID id,
            UUID trajectoryId,
            UUID authorId,
            Instant createdAt,
            @Nullable UUID correctsId,
            ContactValidator.Values values) {}

    /** Decides which form a contact page may show; throws 404 otherwise. */
    TrajectoryRef requireLoggable(CurrentUser user, UUID trajectoryId) {
        return trajectories.requireOwnOpen(user, trajectoryId);
    }

    @Transactional
    public @Nullable UUID log(CurrentUser user, UUID trajectoryId, ContactForm form, Errors errors) {
        TrajectoryRef trajectory = requireLoggable(user, trajectoryId);
        ContactValidator.Values values = ContactValidator.validate(form, Instant.now(clock), errors);
        if (values == null) {
            return null;
        }
        UUID id = insert(user, trajectoryId, values, null);
        trajectories.contactsChanged(trajectoryId);
        accessLog.allowed(AccessEvent.of(
                AccessEventType.CREATE,
                user,
                trajectory.youthId(),
                "contact",
                id,
                EnumSet.of(DataCategory.CONTACT_NOTES)));
        return id;
    }

    /** The contact to edit (author, within 24 hours) or to correct (its trajectory's coach). */
    @Transactional
    public Stored requireForChange(CurrentUser user, UUID contactId, boolean edit) {
        Stored stored = requireContact(user, contactId);
        TrajectoryRef trajectory = trajectories.requireOwnOpen(user, stored.trajectoryId());
        if (edit && !mayEdit(user, stored)) {
            throw refused(user, trajectory.youthId(), contactId);
        }
        accessLog.allowed(AccessEvent.of(
                AccessEventType.READ,
                user,
                trajectory.youthId(),
                "contact",
                contactId,
                EnumSet.of(DataCategory.CONTACT_NOTES)));
        return stored;
    }

    public boolean mayEdit(CurrentUser user, Stored stored) {
        return stored.authorId().equals(user.id())
                && Duration.between(stored.createdAt(), Instant.now(clock)).compareTo(EDIT_WINDOW) < 0;
    }

    /** Edits in place; only the author, within 24 hours. Returns the youth id, or null on errors. */
    @Transactional
    public @Nullable UUID edit(CurrentUser user, UUID contactId, ContactForm form, Errors errors) {
        Stored stored = requireContact(user, contactId);
        TrajectoryRef trajectory = trajectories.requireOwnOpen(user, stored.trajectoryId());
        if (!mayEdit(user, stored)) {
            throw refused(user, trajectory.youthId(), contactId);
        }
        ContactValidator.Values values = ContactValidator.validate(form, Instant.now(clock), errors);
        if (values == null) {
            return null;
        }
        jdbc.sql("""
                        update contact set occurred_at = :at, channel = :channel, counterpart = :counterpart,
                               reached = :reached, duration_minutes = :duration, note = :note, updated_at = :now
                         where id = :id
                        """)
                .param("at", Timestamp.from(values.occurredAt()))
                .param("channel", values.channel().name())
                .param("counterpart", values.counterpart().name())
                .param("reached", values.reached())
                .param("duration", values.durationMinutes())
                .param("note", values.note())
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("id", contactId)
                .update();
        trajectories.contactsChanged(stored.trajectoryId());
        accessLog.allowed(AccessEvent.of(
                AccessEventType.UPDATE,
                user,
                trajectory.youthId(),
                "contact",
                contactId,
                EnumSet.of(DataCategory.CONTACT_NOTES)));
        return trajectory.youthId();
    }

    /** Adds a correction entry that replaces the original in "last contact". Returns the youth id. */
    @Transactional
    public @Nullable UUID correct(CurrentUser user, UUID contactId, ContactForm form, Errors errors) {
        Stored original = requireContact(user, contactId);
        TrajectoryRef trajectory = trajectories.requireOwnOpen(user, original.trajectoryId());
        if (original.correctsId() != null || isCorrected(contactId)) {
            throw refused(user, trajectory.youthId(), contactId);
        }
        ContactValidator.Values values = ContactValidator.validate(form, Instant.now(clock), errors);
        if (values == null) {
            return null;
        }
        UUID id = insert(user, original.trajectoryId(), values, contactId);
        trajectories.contactsChanged(original.trajectoryId());
        accessLog.allowed(AccessEvent.of(
                AccessEventType.UPDATE,
                user,
                trajectory.youthId(),
                "contact",
                id,
                EnumSet.of(DataCategory.CONTACT_NOTES)));
        return trajectory.youthId();
    }

    private UUID insert(CurrentUser user, UUID trajectoryId, ContactValidator.Values values, @Nullable UUID corrects) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into contact (id, trajectory_id, occurred_at, channel, counterpart, reached,
                                             duration_minutes, note, corrects_id, author_id, created_at)
                        values (:id, :trajectory, :at, :channel, :counterpart, :reached, :duration, :note, :corrects,
                                :author, :now)
                        """)
                .param("id", id)
                .param("trajectory", trajectoryId)
                .param("at", Timestamp.from(values.occurredAt()))
                .param("channel", values.channel().name())
                .param("counterpart", values.counterpart().name())
                .param("reached", values.reached())
                .param("duration", values.durationMinutes())
                .param("note", values.note())
                .param("corrects", corrects)
                .param("author", user.id())
                .param("now", Timestamp.from(Instant.now(clock)))
                .update();
        return id;
    }

    private Stored requireContact(CurrentUser user, UUID contactId) {
        return find(contactId).orElseThrow(() -> refused(user, null, contactId));
    }

    /** Logs the refusal in its own transaction and returns the 404 to throw. */
    private NotFoundException refused(CurrentUser user, @Nullable UUID youthId, UUID contactId) {
        accessLog.denied(AccessEvent.of(
                AccessEventType.UPDATE, user, youthId, "contact", contactId, EnumSet.of(DataCategory.CONTACT_NOTES)));
        return new NotFoundException();
    }

    private boolean isCorrected(UUID contactId) {
        return jdbc.sql("select exists (select 1 from contact where corrects_id = :id)")
                .param("id", contactId)
                .query(Boolean.class)
                .single();
    }

    private Optional<Stored> find(UUID id) {
        return jdbc.sql("select * from contact where id = :id")
                .param("id", id)
                .query((rs, n) -> {
                    Object duration = rs.getObject("duration_minutes");
                    Object reached = rs.getObject("reached");
                    return new Stored(
                            rs.getObject("id", UUID.class),
                            rs.getObject("trajectory_id", UUID.class),
                            rs.getObject("author_id", UUID.class),
                            rs.getTimestamp("created_at").toInstant(),
                            rs.getObject("corrects_id", UUID.class),
                            new ContactValidator.Values(
                                    rs.getTimestamp("occurred_at").toInstant(),
                                    Channel.valueOf(rs.getString("channel")),
                                    Counterpart.valueOf(rs.getString("counterpart")),
                                    reached == null ? null : (Boolean) reached,
                                    duration == null ? null : ((Number) duration).intValue(),
                                    rs.getString("note")));
                })
                .optional();
    }
}
