package nl.overstap.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.overstap.audit.AccessEventType;
import nl.overstap.identity.Organisation;
import nl.overstap.identity.Organisations;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.DutchDates;
import nl.overstap.shared.DutchTime;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import nl.overstap.shared.Statute;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Records consent and legal bases as versions: a change never overwrites, it adds a version and
 * makes it the current one. Youths of 16 and older consent themselves; the coach records it. A BSN
 * is shared only on a statute, never on consent. Only coaches and coordinators working on the file
 * (own scope) record or withdraw; every change is logged in the same transaction.
 */
@Service
public class ConsentRecords {

    static final int DEFAULT_VALIDITY_YEARS = 1;
    static final int MAX_NOTE = 500;

    private final JdbcClient jdbc;
    private final YouthAccess youthAccess;
    private final Organisations organisations;
    private final Clock clock;

    ConsentRecords(JdbcClient jdbc, YouthAccess youthAccess, Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.youthAccess = youthAccess;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The consent page's data: every version, newest first, plus whether the viewer may change it. */
    public record Overview(Grant grant, List<ConsentRecord> records, boolean mayChange) {

        public List<ConsentRecord> current() {
            return records.stream().filter(ConsentRecord::current).toList();
        }

        /** What is shared today: the versions in force. */
        public List<ConsentRecord> inForce(LocalDate today) {
            return records.stream().filter(r -> r.inForce(today)).toList();
        }
    }

    @Transactional
    public Overview overview(CurrentUser user, UUID youthId) {
        Grant grant = requireOwnScope(user, youthId, AccessEventType.READ);
        List<ConsentRecord> records = records(youthId);
        youthAccess.logAllowed(user, grant, AccessEventType.READ, "consent", youthId, EnumSet.of(DataCategory.BASIC));
        return new Overview(grant, records, mayChange(user, grant));
    }

    /** The printable consent form: the same data, logged as a print. */
    @Transactional
    public Overview printable(CurrentUser user, UUID youthId) {
        Grant grant = requireOwnScope(user, youthId, AccessEventType.EXPORT);
        List<ConsentRecord> records = records(youthId);
        youthAccess.logAllowed(user, grant, AccessEventType.EXPORT, "consent", youthId, EnumSet.of(DataCategory.BASIC));
        return new Overview(grant, records, false);
    }

    /** Records one version per chosen category; returns false when {@code errors} got field errors. */
    @Transactional
    public boolean record(CurrentUser user, UUID youthId, ConsentForm form, Errors errors) {
        Grant grant = requireOwnScope(user, youthId, AccessEventType.CONSENT_CHANGE);
        if (!mayChange(user, grant)) {
            throw new NotFoundException();
        }
        LocalDate today = DutchTime.today(clock);
        Optional<Organisation> organisation =
                form.organisationId() == null ? Optional.empty() : organisations.find(form.organisationId());
        if (organisation.isEmpty()) {
            errors.rejectValue("organisationId", "consent.error.organisation.required");
        } else if (organisation.get().id().equals(grant.youthOrganisationId())) {
            errors.rejectValue("organisationId", "consent.error.organisation");
        }
        List<DataCategory> categories = new ArrayList<>();
        for (String value : form.categories() == null ? List.<String>of() : form.categories()) {
            parse(DataCategory.class, value).ifPresent(categories::add);
        }
        if (categories.isEmpty()) {
            errors.rejectValue("categories", "consent.error.categories");
        }
        ConsentBasis basis = parse(ConsentBasis.class, form.basis()).orElse(null);
        if (basis == null) {
            errors.rejectValue("basis", "consent.error.basis");
        }
        Statute statute = parse(Statute.class, form.statute()).orElse(null);
        ConsentMethod method = parse(ConsentMethod.class, form.method()).orElse(null);
        String decision =
                "REFUSED".equals(form.decision()) ? "REFUSED" : "GRANTED".equals(form.decision()) ? "GRANTED" : null;
        LocalDate givenOn = DutchDates.parse(form.givenOn()).orElse(null);
        if (givenOn == null) {
            errors.rejectValue("givenOn", "consent.error.givenOn");
        } else if (givenOn.isAfter(today)) {
            errors.rejectValue("givenOn", "consent.error.givenOn.future");
        }
        LocalDate validUntil = null;
        if (basis == ConsentBasis.CONSENT) {
            if (decision == null) {
                errors.rejectValue("decision", "consent.error.decision");
            }
            if (method == null) {
                errors.rejectValue("method", "consent.error.method");
            }
            if (categories.contains(DataCategory.BSN)) {
                errors.rejectValue("categories", "consent.error.bsnNeedsStatute");
            }
            boolean typed = form.validUntil() != null && !form.validUntil().isBlank();
            validUntil = typed
                    ? DutchDates.parse(form.validUntil()).orElse(null)
                    : givenOn == null ? null : givenOn.plusYears(DEFAULT_VALIDITY_YEARS);
            if (typed && validUntil == null) {
                errors.rejectValue("validUntil", "consent.error.validUntil");
            } else if (validUntil != null && givenOn != null && !validUntil.isAfter(givenOn)) {
                errors.rejectValue("validUntil", "consent.error.validUntil.beforeGiven");
            } else if (validUntil != null && givenOn != null && validUntil.isAfter(givenOn.plusYears(2))) {
                errors.rejectValue("validUntil", "consent.error.validUntil.tooLong");
            }
        } else if (basis == ConsentBasis.LEGAL_BASIS && statute == null) {
            errors.rejectValue("statute", "consent.error.statute");
        } else if (basis == ConsentBasis.LEGAL_BASIS && organisation.isPresent()) {
            if (!legalTasksOf(organisation.get().id()).contains(statute.name())) {
                errors.rejectValue("statute", "consent.error.statuteNotATask");
            } else if (!statute.covers().containsAll(categories)) {
                errors.rejectValue("categories", "consent.error.statuteDoesNotCover");
            }
        }
        if (form.guardianNote() != null && form.guardianNote().length() > MAX_NOTE) {
            errors.rejectValue("guardianNote", "consent.error.note.tooLong");
        }
        if (errors.hasErrors() || basis == null || givenOn == null || organisation.isEmpty()) {
            return false;
        }
        Instant now = Instant.now(clock);
        for (DataCategory category : categories) {
            int version = supersede(youthId, organisation.get().id(), category);
            insert(new Version(
                    youthId,
                    organisation.get().id(),
                    category,
                    version,
                    basis,
                    basis == ConsentBasis.LEGAL_BASIS ? "GRANTED" : decision,
                    basis == ConsentBasis.LEGAL_BASIS ? statute : null,
                    givenOn,
                    basis == ConsentBasis.CONSENT ? method : null,
                    basis == ConsentBasis.CONSENT ? validUntil : null,
                    blankToNull(form.guardianNote()),
                    null,
                    user.id(),
                    now));
        }
        youthAccess.logAllowed(
                user,
                grant,
                AccessEventType.CONSENT_CHANGE,
                "consent",
                organisation.get().id(),
                EnumSet.copyOf(categories));
        return true;
    }

    /** Withdraws (or ends) the current version: a new version with the withdrawal moment. Takes effect at once. */
    @Transactional
    public UUID withdraw(CurrentUser user, UUID recordId) {
        ConsentRecord record = findCurrent(recordId).orElseThrow(NotFoundException::new);
        UUID youthId = jdbc.sql("select youth_id from consent_record where id = :id")
                .param("id", recordId)
                .query(UUID.class)
                .single();
        Grant grant = requireOwnScope(user, youthId, AccessEventType.CONSENT_CHANGE);
        if (!mayChange(user, grant) || record.withdrawnAt() != null || !"GRANTED".equals(record.decision())) {
            throw new NotFoundException();
        }
        Instant now = Instant.now(clock);
        int version = supersede(youthId, record.organisationId(), record.category());
        insert(new Version(
                youthId,
                record.organisationId(),
                record.category(),
                version,
                record.basis(),
                record.decision(),
                record.statute(),
                record.givenOn(),
                record.method(),
                record.validUntil(),
                record.guardianNote(),
                now,
                user.id(),
                now));
        youthAccess.logAllowed(
                user, grant, AccessEventType.CONSENT_CHANGE, "consent", recordId, EnumSet.of(record.category()));
        return youthId;
    }

    /** Every version for a youth, newest first. */
    List<ConsentRecord> records(UUID youthId) {
        return jdbc.sql(SELECT + " where c.youth_id = :youth order by o.name, c.data_category, c.version desc")
                .param("youth", youthId)
                .query((rs, n) -> map(rs))
                .list();
    }

    private List<String> legalTasksOf(UUID organisationId) {
        return jdbc.sql("select unnest(legal_tasks) from organisation where id = :id")
                .param("id", organisationId)
                .query(String.class)
                .list();
    }

    static boolean mayChange(CurrentUser user, Grant grant) {
        return grant.ownScope() && (user.is(Role.COACH) || user.is(Role.COORDINATOR));
    }

    private Grant requireOwnScope(CurrentUser user, UUID youthId, AccessEventType type) {
        Grant grant = youthAccess.require(user, youthId, type, DataCategory.BASIC);
        if (!grant.ownScope()) {
            throw new NotFoundException();
        }
        return grant;
    }

    private Optional<ConsentRecord> findCurrent(UUID id) {
        return jdbc.sql(SELECT + " where c.id = :id and c.is_current")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** Marks the current version (if any) as history and returns the next version number. */
    private int supersede(UUID youthId, UUID organisationId, DataCategory category) {
        Integer previous = jdbc.sql("""
                        update consent_record set is_current = false
                         where youth_id = :youth and organisation_id = :org and data_category = :category and is_current
                        returning version
                        """)
                .param("youth", youthId)
                .param("org", organisationId)
                .param("category", category.name())
                .query(Integer.class)
                .optional()
                .orElse(0);
        return previous + 1;
    }

    private record Version(
            UUID youthId,
            UUID organisationId,
            DataCategory category,
            int version,
            ConsentBasis basis,
            String decision,
            @Nullable Statute statute,
            LocalDate givenOn,
            @Nullable ConsentMethod method,
            @Nullable LocalDate validUntil,
            @Nullable String guardianNote,
            @Nullable Instant withdrawnAt,
            UUID recordedBy,
            Instant recordedAt) {}

    private void insert(Version v) {
        jdbc.sql("""
                        insert into consent_record (id, youth_id, organisation_id, data_category, version, is_current, basis,
                                                    decision, statute, given_on, given_how, valid_until, guardian_note,
                                                    withdrawn_at, recorded_by, recorded_at)
                        values (:id, :youth, :org, :category, :version, true, :basis, :decision, :statute, :givenOn,
                                :method, :validUntil, :note, :withdrawnAt, :by, :at)
                        """)
                .param("id", UUID.randomUUID())
                .param("youth", v.youthId())
                .param("org", v.organisationId())
                .param("category", v.category().name())
                .param("version", v.version())
                .param("basis", v.basis().name())
                .param("decision", v.decision())
                .param("statute", v.statute() == null ? null : v.statute().name())
                .param("givenOn", v.givenOn())
                .param("method", v.method() == null ? null : v.method().name())
                .param("validUntil", v.validUntil())
                .param("note", v.guardianNote())
                .param("withdrawnAt", v.withdrawnAt() == null ? null : Timestamp.from(v.withdrawnAt()))
                .param("by", v.recordedBy())
                .param("at", Timestamp.from(v.recordedAt()))
                .update();
    }

    private static final String SELECT = """
            select c.*, o.name as organisation_name, a.display_name as recorded_by_name
              from consent_record c
              join organisation o on o.id = c.organisation_id
              join account a on a.id = c.recorded_by
            """;

    private static ConsentRecord map(ResultSet rs) throws SQLException {
        String statute = rs.getString("statute");
        String method = rs.getString("given_how");
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new ConsentRecord(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"),
                DataCategory.valueOf(rs.getString("data_category")),
                rs.getInt("version"),
                rs.getBoolean("is_current"),
                ConsentBasis.valueOf(rs.getString("basis")),
                rs.getString("decision"),
                statute == null ? null : Statute.valueOf(statute),
                rs.getObject("given_on", LocalDate.class),
                method == null ? null : ConsentMethod.valueOf(method),
                rs.getObject("valid_until", LocalDate.class),
                rs.getString("guardian_note"),
                withdrawn == null ? null : withdrawn.toInstant(),
                rs.getString("recorded_by_name"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String value) {
        return nl.overstap.shared.Choices.parse(type, value);
    }
}
