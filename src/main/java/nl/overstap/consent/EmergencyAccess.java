package nl.overstap.consent;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.DutchDates;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import nl.overstap.youth.Bsn;
import nl.overstap.youth.BsnProtector;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Break-the-glass: a coach or coordinator opens a file outside their normal scope, identified
 * exactly (full BSN, or family name plus date of birth), with a written reason, for a limited time.
 * Every opening is flagged in the access log and listed for review by the region's coordinator.
 */
@Service
public class EmergencyAccess {

    static final int MIN_REASON = 20;

    private final JdbcClient jdbc;
    private final BsnProtector bsnProtector;
    private final AccessLog accessLog;
    private final YouthAccess youthAccess;
    private final Clock clock;
    private final Duration duration;

    EmergencyAccess(
            JdbcClient jdbc,
            BsnProtector bsnProtector,
            AccessLog accessLog,
            YouthAccess youthAccess,
            Clock clock,
            @Value("${overstap.emergency.duration:4h}") Duration duration) {
        this.jdbc = jdbc;
        this.bsnProtector = bsnProtector;
        this.accessLog = accessLog;
        this.youthAccess = youthAccess;
        this.clock = clock;
        this.duration = duration;
    }

    /** Only coaches and coordinators may break the glass. */
    public static boolean mayOpen(CurrentUser user) {
        return user.is(Role.COACH) || user.is(Role.COORDINATOR);
    }

    /** Opens access and returns the youth id, or null when {@code errors} got a reason. */
    @Transactional
    public @Nullable UUID open(CurrentUser user, EmergencyForm form, Errors errors) {
        if (!mayOpen(user)) {
            throw new NotFoundException();
        }
        String reason = form.reason() == null ? "" : form.reason().strip();
        if (reason.length() < MIN_REASON) {
            errors.rejectValue("reason", "emergency.error.reason");
        } else if (reason.length() > 1000) {
            errors.rejectValue("reason", "emergency.error.reason.tooLong");
        }
        boolean byBsn = form.bsn() != null && !form.bsn().isBlank();
        Optional<Bsn> bsn = byBsn ? Bsn.parse(form.bsn()) : Optional.empty();
        Optional<LocalDate> birth = DutchDates.parse(form.dateOfBirth());
        if (byBsn && bsn.isEmpty()) {
            errors.rejectValue("bsn", "youth.error.bsn.invalid");
        }
        if (!byBsn && (form.familyName() == null || form.familyName().isBlank() || birth.isEmpty())) {
            errors.rejectValue("bsn", "emergency.error.identify");
        }
        if (errors.hasErrors()) {
            return null;
        }
        List<UUID> matches = byBsn
                ? jdbc.sql("select id from youth where bsn_hash = :hash and merged_into_id is null")
                        .param("hash", bsnProtector.hash(bsn.get()))
                        .query(UUID.class)
                        .list()
                : jdbc.sql("select id from youth where lower(family_name) = lower(:family) and date_of_birth = :birth"
                                + " and merged_into_id is null limit 2")
                        .param("family", form.familyName().strip())
                        .param("birth", birth.get())
                        .query(UUID.class)
                        .list();
        AccessEvent search = new AccessEvent(
                        AccessEventType.SEARCH,
                        user,
                        matches.size() == 1 ? matches.get(0) : null,
                        "emergency-search",
                        null,
                        EnumSet.of(DataCategory.BASIC),
                        "emergency")
                .resting("emergency", true, reason);
        if (matches.size() != 1) {
            accessLog.denied(search);
            errors.rejectValue("bsn", matches.isEmpty() ? "emergency.error.notFound" : "emergency.error.ambiguous");
            return null;
        }
        UUID youthId = matches.get(0);
        Optional<Grant> existing = youthAccess.decide(user, youthId);
        if (existing.isPresent() && existing.get().ownScope()) {
            return youthId; // within normal scope: no emergency needed
        }
        Instant now = Instant.now(clock);
        jdbc.sql("""
                        insert into emergency_access (id, account_id, youth_id, reason, started_at, expires_at)
                        values (:id, :account, :youth, :reason, :now, :expires)
                        """)
                .param("id", UUID.randomUUID())
                .param("account", user.id())
                .param("youth", youthId)
                .param("reason", reason)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(duration)))
                .update();
        accessLog.allowed(new AccessEvent(
                        AccessEventType.EMERGENCY,
                        user,
                        youthId,
                        "emergency_access",
                        youthId,
                        EnumSet.of(DataCategory.BASIC),
                        "emergency")
                .resting("emergency", true, reason));
        return youthId;
    }

    /** One break-the-glass opening, for the coordinator's review. */
    public record Opening(
            UUID id,
            String who,
            String organisation,
            UUID youthId,
            String reason,
            Instant startedAt,
            Instant expiresAt,
            @Nullable String reviewedBy,
            @Nullable Instant reviewedAt,
            @Nullable String reviewNote) {}

    /** Openings of files held in the coordinator's region, or by accounts of the region; open reviews first. */
    @Transactional(readOnly = true)
    public List<Opening> forReview(CurrentUser coordinator) {
        if (!coordinator.is(Role.COORDINATOR)) {
            throw new NotFoundException();
        }
        return jdbc.sql("""
                        select e.id, a.display_name as who, ao.name as organisation, e.youth_id, e.reason, e.started_at,
                               e.expires_at, r.display_name as reviewed_by, e.reviewed_at, e.review_note
                          from emergency_access e
                          join account a on a.id = e.account_id
                          join organisation ao on ao.id = a.organisation_id
                          join youth y on y.id = e.youth_id
                          join organisation yo on yo.id = y.organisation_id
                          left join account r on r.id = e.reviewed_by
                         where yo.region = :region or ao.region = :region
                         order by e.reviewed_at is not null, e.started_at desc
                         limit 200
                        """)
                .param("region", coordinator.region())
                .query((rs, n) -> new Opening(
                        rs.getObject("id", UUID.class),
                        rs.getString("who"),
                        rs.getString("organisation"),
                        rs.getObject("youth_id", UUID.class),
                        rs.getString("reason"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getString("reviewed_by"),
                        rs.getTimestamp("reviewed_at") == null
                                ? null
                                : rs.getTimestamp("reviewed_at").toInstant(),
                        rs.getString("review_note")))
                .list();
    }

    @Transactional
    public void markReviewed(CurrentUser coordinator, UUID openingId, @Nullable String note) {
        if (!coordinator.is(Role.COORDINATOR)) {
            throw new NotFoundException();
        }
        int rows = jdbc.sql("""
                        update emergency_access e set reviewed_by = :me, reviewed_at = :now, review_note = :note
                         where e.id = :id and e.reviewed_at is null
                           and exists (select 1 from youth y join organisation yo on yo.id = y.organisation_id
                                        join account a on a.id = e.account_id
                                        join organisation ao on ao.id = a.organisation_id
                                       where y.id = e.youth_id and (yo.region = :region or ao.region = :region))
                        """)
                .param("me", coordinator.id())
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("note", note == null || note.isBlank() ? null : note.strip())
                .param("id", openingId)
                .param("region", coordinator.region())
                .update();
        if (rows != 1) {
            throw new NotFoundException();
        }
    }
}
