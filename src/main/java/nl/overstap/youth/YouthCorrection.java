package nl.overstap.youth;

import static nl.overstap.youth.FormParsing.isBlank;
import static nl.overstap.youth.FormParsing.trimToNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.DutchTime;
import nl.overstap.shared.Municipality;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Correction of a youth's details with history (AVG right to rectification).
 *
 * <ul>
 *   <li>The details page with its history: the coaches of the youth's organisation and the
 *       coordinators of its region ({@link YouthScope}). Partners and break-the-glass access do not
 *       get this page (404).
 *   <li>Correcting: any coach of the youth's organisation, with a reason. Only the fields that
 *       really change are written to {@code youth_change}, one row each, in the same transaction
 *       as the update and one access-log row. The 16-27 rule belongs to registration; here the
 *       date of birth only has to be a real date in the past. The BSN cannot be corrected here, so
 *       it never enters the history.
 * </ul>
 *
 * Every refusal is logged in a transaction of its own and answered with a 404.
 */
@Service
public class YouthCorrection {

    static final int MAX_NAME = 100;
    static final int MAX_REASON = 1000;

    private static final String SELECT = """
            select y.*, o.region from youth y join organisation o on o.id = y.organisation_id
             where y.id = :id and y.merged_into_id is null
            """;
    private static final String SELECT_FOR_UPDATE = SELECT + " for update of y";

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final Clock clock;

    YouthCorrection(JdbcClient jdbc, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** What became of a correction. */
    public sealed interface Outcome {

        /** The changed fields were stored; {@code changes} rows were added to the history. */
        record Corrected(UUID youthId, int changes) implements Outcome {}

        /** Field or form errors were added to the errors; nothing was stored. */
        record Invalid(YouthDetailsView.Header header) implements Outcome {}
    }

    /** The correction form, filled with the stored details. */
    public record Editing(YouthDetailsView.Header header, YouthDetailsForm form) {}

    private record Stored(
            UUID organisationId,
            String region,
            String displayName,
            Map<YouthCorrectionField, @Nullable String> values) {}

    /** Only coaches correct, and only the youths of their own organisation. */
    public static boolean mayCorrect(CurrentUser user) {
        return user.is(Role.COACH);
    }

    @Transactional
    public YouthDetailsView details(CurrentUser user, UUID youthId) {
        Stored stored = require(user, youthId, AccessEventType.READ, false, false);
        YouthDetailsView.Access access = YouthDetailsView.Access.full();
        List<YouthDetailsView.Group> groups = new ArrayList<>();
        for (DataCategory category :
                List.of(DataCategory.BASIC, DataCategory.CONTACT_DETAILS, DataCategory.SITUATION)) {
            if (!access.allows(category)) {
                continue;
            }
            List<YouthDetailsView.Line> lines = new ArrayList<>();
            for (YouthCorrectionField field : YouthCorrectionField.values()) {
                if (field.category() == category) {
                    lines.add(new YouthDetailsView.Line(
                            field, field.shown(stored.values().get(field))));
                }
            }
            groups.add(new YouthDetailsView.Group(category, List.copyOf(lines)));
        }
        List<YouthChange> history = history(youthId).stream()
                .filter(change -> access.allows(change.field().category()))
                .toList();
        accessLog.allowed(AccessEvent.of(
                AccessEventType.READ,
                user,
                youthId,
                "youth",
                youthId,
                EnumSet.of(DataCategory.BASIC, DataCategory.CONTACT_DETAILS, DataCategory.SITUATION)));
        return new YouthDetailsView(
                new YouthDetailsView.Header(youthId, stored.displayName(), access),
                List.copyOf(groups),
                history,
                mayCorrect(user));
    }

    /** The correction form for a coach of the youth's organisation; logged as a read of the details. */
    @Transactional
    public Editing requireCorrectable(CurrentUser user, UUID youthId) {
        Stored stored = require(user, youthId, AccessEventType.UPDATE, true, false);
        accessLog.allowed(AccessEvent.of(
                AccessEventType.READ,
                user,
                youthId,
                "youth",
                youthId,
                EnumSet.of(DataCategory.BASIC, DataCategory.CONTACT_DETAILS, DataCategory.SITUATION)));
        return new Editing(
                new YouthDetailsView.Header(youthId, stored.displayName(), YouthDetailsView.Access.full()),
                YouthDetailsForm.of(stored.values()));
    }

    @Transactional
    public Outcome correct(CurrentUser user, UUID youthId, YouthDetailsForm form, Errors errors) {
        Stored stored = require(user, youthId, AccessEventType.UPDATE, true, true);
        YouthDetailsView.Header header =
                new YouthDetailsView.Header(youthId, stored.displayName(), YouthDetailsView.Access.full());
        Map<YouthCorrectionField, @Nullable String> corrected = validate(form, errors);
        String reason = trimToNull(form.reason());
        if (reason == null) {
            errors.rejectValue("reason", "details.error.reason.required");
        } else if (reason.length() > MAX_REASON) {
            errors.rejectValue("reason", "details.error.reason.tooLong");
        }
        if (errors.hasErrors() || corrected == null || reason == null) {
            return invalid(user, header);
        }
        List<YouthCorrectionField> changed = new ArrayList<>();
        for (YouthCorrectionField field : YouthCorrectionField.values()) {
            if (!Objects.equals(stored.values().get(field), corrected.get(field))) {
                changed.add(field);
            }
        }
        if (changed.isEmpty()) {
            errors.reject("details.error.unchanged");
            return invalid(user, header);
        }
        update(youthId, corrected);
        Instant now = Instant.now(clock);
        Set<DataCategory> touched = EnumSet.noneOf(DataCategory.class);
        for (YouthCorrectionField field : changed) {
            jdbc.sql("""
                            insert into youth_change (id, youth_id, field, old_value, new_value, reason, changed_by,
                                                      changed_at)
                            values (:id, :youth, :field, :old, :new, :reason, :by, :at)
                            """)
                    .param("id", UUID.randomUUID())
                    .param("youth", youthId)
                    .param("field", field.column())
                    .param("old", stored.values().get(field))
                    .param("new", corrected.get(field))
                    .param("reason", reason)
                    .param("by", user.id())
                    .param("at", Timestamp.from(now))
                    .update();
            touched.add(field.category());
        }
        accessLog.allowed(AccessEvent.of(AccessEventType.UPDATE, user, youthId, "youth", youthId, touched));
        return new Outcome.Corrected(youthId, changed.size());
    }

    /** The form again with the errors: it shows the youth's name, so that is logged as a read. */
    private Outcome invalid(CurrentUser user, YouthDetailsView.Header header) {
        accessLog.allowed(AccessEvent.of(
                AccessEventType.READ,
                user,
                header.youthId(),
                "youth",
                header.youthId(),
                EnumSet.of(DataCategory.BASIC)));
        return new Outcome.Invalid(header);
    }

    /** The corrected values as stored (see {@link YouthCorrectionField}), or null with field errors. */
    private @Nullable Map<YouthCorrectionField, @Nullable String> validate(YouthDetailsForm form, Errors errors) {
        Map<YouthCorrectionField, @Nullable String> values = new EnumMap<>(YouthCorrectionField.class);
        values.put(YouthCorrectionField.GIVEN_NAMES, name(form.givenNames(), "givenNames", errors));
        values.put(YouthCorrectionField.FAMILY_NAME, name(form.familyName(), "familyName", errors));
        String preferred = trimToNull(form.preferredName());
        if (preferred != null && preferred.length() > MAX_NAME) {
            errors.rejectValue("preferredName", "youth.error.name.tooLong");
        }
        values.put(YouthCorrectionField.PREFERRED_NAME, preferred);
        Optional<LocalDate> birth = FormParsing.date(form.dateOfBirth());
        if (isBlank(form.dateOfBirth())) {
            errors.rejectValue("dateOfBirth", "youth.error.dateOfBirth.required");
        } else if (birth.isEmpty()) {
            errors.rejectValue("dateOfBirth", "youth.error.dateOfBirth.format");
        } else if (!birth.get().isBefore(DutchTime.today(clock))) {
            errors.rejectValue("dateOfBirth", "details.error.dateOfBirth.notPast");
        }
        values.put(
                YouthCorrectionField.DATE_OF_BIRTH,
                birth.map(LocalDate::toString).orElse(null));
        Optional<Municipality> municipality = FormParsing.enumValue(Municipality.class, form.municipality());
        if (municipality.isEmpty()) {
            errors.rejectValue("municipality", "youth.error.municipality.required");
        }
        values.put(
                YouthCorrectionField.MUNICIPALITY, municipality.map(Enum::name).orElse(null));
        Optional<String> postcode = FormParsing.postcode(form.postcode());
        if (!isBlank(form.postcode()) && postcode.isEmpty()) {
            errors.rejectValue("postcode", "youth.error.postcode.format");
        }
        values.put(YouthCorrectionField.POSTCODE, postcode.orElse(null));
        String phone = trimToNull(form.phone());
        if (phone != null && !FormParsing.phone(phone)) {
            errors.rejectValue("phone", "youth.error.phone.format");
        }
        values.put(YouthCorrectionField.PHONE, phone);
        String email = trimToNull(form.email());
        if (email != null && !FormParsing.email(email)) {
            errors.rejectValue("email", "youth.error.email.format");
        }
        values.put(YouthCorrectionField.EMAIL, email);
        Optional<EducationStatus> education = FormParsing.enumValue(EducationStatus.class, form.educationStatus());
        if (education.isEmpty()) {
            errors.rejectValue("educationStatus", "youth.error.educationStatus.required");
        }
        values.put(
                YouthCorrectionField.EDUCATION_STATUS, education.map(Enum::name).orElse(null));
        Optional<StartQualification> qualification =
                FormParsing.enumValue(StartQualification.class, form.startQualification());
        if (qualification.isEmpty()) {
            errors.rejectValue("startQualification", "youth.error.startQualification.required");
        }
        values.put(
                YouthCorrectionField.START_QUALIFICATION,
                qualification.map(Enum::name).orElse(null));
        values.put(YouthCorrectionField.YOUTH_CARE_HISTORY, flag(form.youthCareHistory()));
        values.put(YouthCorrectionField.MILD_INTELLECTUAL_DISABILITY, flag(form.mildIntellectualDisability()));
        values.put(YouthCorrectionField.NON_INTELLECTUAL_DISABILITY, flag(form.nonIntellectualDisability()));
        values.put(YouthCorrectionField.MULTI_PROBLEM, flag(form.multiProblem()));
        values.put(YouthCorrectionField.JUSTICE_CONTACT, flag(form.justiceContact()));
        return errors.hasErrors() ? null : values;
    }

    private static @Nullable String name(@Nullable String value, String field, Errors errors) {
        String name = trimToNull(value);
        if (name == null) {
            errors.rejectValue(field, "youth.error." + field + ".required");
        } else if (name.length() > MAX_NAME) {
            errors.rejectValue(field, "youth.error.name.tooLong");
        }
        return name;
    }

    private static String flag(@Nullable Boolean value) {
        return Boolean.toString(Boolean.TRUE.equals(value));
    }

    private void update(UUID youthId, Map<YouthCorrectionField, @Nullable String> values) {
        jdbc.sql("""
                        update youth set given_names = :given, family_name = :family, preferred_name = :preferred,
                               date_of_birth = :birth, municipality = :municipality, postcode = :postcode,
                               phone = :phone, email = :email, education_status = :education,
                               start_qualification = :qualification, youth_care_history = :youthCare,
                               mild_intellectual_disability = :lvb, non_intellectual_disability = :nonLvb,
                               multi_problem = :multi, justice_contact = :justice
                         where id = :id
                        """)
                .param("given", values.get(YouthCorrectionField.GIVEN_NAMES))
                .param("family", values.get(YouthCorrectionField.FAMILY_NAME))
                .param("preferred", values.get(YouthCorrectionField.PREFERRED_NAME))
                .param("birth", LocalDate.parse(Objects.requireNonNull(values.get(YouthCorrectionField.DATE_OF_BIRTH))))
                .param("municipality", values.get(YouthCorrectionField.MUNICIPALITY))
                .param("postcode", values.get(YouthCorrectionField.POSTCODE))
                .param("phone", values.get(YouthCorrectionField.PHONE))
                .param("email", values.get(YouthCorrectionField.EMAIL))
                .param("education", values.get(YouthCorrectionField.EDUCATION_STATUS))
                .param("qualification", values.get(YouthCorrectionField.START_QUALIFICATION))
                .param("youthCare", Boolean.valueOf(values.get(YouthCorrectionField.YOUTH_CARE_HISTORY)))
                .param("lvb", Boolean.valueOf(values.get(YouthCorrectionField.MILD_INTELLECTUAL_DISABILITY)))
                .param("nonLvb", Boolean.valueOf(values.get(YouthCorrectionField.NON_INTELLECTUAL_DISABILITY)))
                .param("multi", Boolean.valueOf(values.get(YouthCorrectionField.MULTI_PROBLEM)))
                .param("justice", Boolean.valueOf(values.get(YouthCorrectionField.JUSTICE_CONTACT)))
                .param("id", youthId)
                .update();
    }

    /**
     * The stored details if this user may see them (and, for {@code correcting}, correct them);
     * otherwise the refusal is logged in its own transaction and a 404 thrown, the same as for an
     * unknown id. {@code lock} holds the row until the correction is written, so the old values in
     * the history are the ones that were replaced.
     */
    private Stored require(CurrentUser user, UUID youthId, AccessEventType type, boolean correcting, boolean lock) {
        Stored stored = jdbc.sql(lock ? SELECT_FOR_UPDATE : SELECT)
                .param("id", youthId)
                .query((rs, n) -> stored(rs))
                .optional()
                .orElse(null);
        boolean allowed = stored != null
                && YouthScope.allows(user, stored.organisationId(), stored.region())
                && (!correcting || mayCorrect(user));
        if (!allowed) {
            accessLog.denied(AccessEvent.of(
                    type, user, stored == null ? null : youthId, "youth", youthId, EnumSet.of(DataCategory.BASIC)));
            throw new NotFoundException();
        }
        return stored;
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        Map<YouthCorrectionField, @Nullable String> values = new EnumMap<>(YouthCorrectionField.class);
        for (YouthCorrectionField field : YouthCorrectionField.values()) {
            Object value = rs.getObject(field.column());
            values.put(field, value == null ? null : value.toString());
        }
        String preferred = rs.getString("preferred_name");
        return new Stored(
                rs.getObject("organisation_id", UUID.class),
                rs.getString("region"),
                (preferred != null ? preferred : rs.getString("given_names")) + " " + rs.getString("family_name"),
                values);
    }

    private List<YouthChange> history(UUID youthId) {
        return jdbc
                .sql("""
                        select c.field, c.old_value, c.new_value, c.reason, c.changed_at,
                               coalesce(a.display_name, '-') as changed_by
                          from youth_change c
                          left join account a on a.id = c.changed_by
                         where c.youth_id = :youth
                         order by c.changed_at desc
                        """)
                .param("youth", youthId)
                .query((rs, n) -> new YouthChange(
                        YouthCorrectionField.ofColumn(rs.getString("field")),
                        rs.getString("old_value"),
                        rs.getString("new_value"),
                        rs.getString("reason"),
                        rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list()
                .stream()
                .sorted(Comparator.comparing(YouthChange::changedAt).reversed().thenComparing(YouthChange::field))
                .toList();
    }
}
