package nl.overstap.youth;

import static nl.overstap.youth.FormParsing.isBlank;
import static nl.overstap.youth.FormParsing.trimToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.Municipality;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Registers a youth: validates every field (positive validation at the service boundary), refuses
 * a BSN already known in the coach's scope, warns about possible duplicates ({@link DuplicateCandidates}:
 * similar name, date of birth and postcode), stores the
 * BSN encrypted and logs the creation in the same transaction.
 */
@Service
public class YouthRegistration {

    private static final int MAX_NAME = 100;
    /** At most this many possible duplicates are shown in the warning. */
    static final int DUPLICATES_SHOWN = 5;

    private final JdbcClient jdbc;
    private final BsnProtector bsnProtector;
    private final AccessLog accessLog;
    private final YouthSearch search;
    private final DuplicateCandidates candidates;
    private final Clock clock;

    YouthRegistration(
            JdbcClient jdbc,
            BsnProtector bsnProtector,
            AccessLog accessLog,
            YouthSearch search,
            DuplicateCandidates candidates,
            Clock clock) {
        this.jdbc = jdbc;
        this.bsnProtector = bsnProtector;
        this.accessLog = accessLog;
        this.search = search;
        this.candidates = candidates;
        this.clock = clock;
    }

    /** Only coaches register youths, for their own organisation. */
    public static boolean mayRegister(CurrentUser user) {
        return user.is(Role.COACH);
    }

    @Transactional
    public Registration register(CurrentUser coach, YouthForm form, Errors errors) {
        if (!mayRegister(coach)) {
            throw new NotFoundException();
        }
        LocalDate today = nl.overstap.shared.DutchTime.today(clock);
        requireName(form.givenNames(), "givenNames", errors);
        requireName(form.familyName(), "familyName", errors);
        if (form.preferredName() != null && form.preferredName().length() > MAX_NAME) {
            errors.rejectValue("preferredName", "youth.error.name.tooLong");
        }
        Optional<LocalDate> birth = FormParsing.date(form.dateOfBirth());
        if (isBlank(form.dateOfBirth())) {
            errors.rejectValue("dateOfBirth", "youth.error.dateOfBirth.required");
        } else if (birth.isEmpty()) {
            errors.rejectValue("dateOfBirth", "youth.error.dateOfBirth.format");
        } else {
            switch (AgePolicy.atRegistration(birth.get(), today)) {
                case IN_FUTURE -> errors.rejectValue("dateOfBirth", "youth.error.dateOfBirth.future");
                case TOO_YOUNG -> errors.rejectValue("dateOfBirth", "youth.error.dateOfBirth.tooYoung");
                case TOO_OLD -> errors.rejectValue("dateOfBirth", "youth.error.dateOfBirth.tooOld");
                case ALLOWED -> {}
            }
        }
        Optional<Municipality> municipality = FormParsing.enumValue(Municipality.class, form.municipality());
        if (municipality.isEmpty()) {
            errors.rejectValue("municipality", "youth.error.municipality.required");
        }
        Optional<String> postcode = FormParsing.postcode(form.postcode());
        if (!isBlank(form.postcode()) && postcode.isEmpty()) {
            errors.rejectValue("postcode", "youth.error.postcode.format");
        }
        if (!isBlank(form.phone()) && !FormParsing.phone(form.phone())) {
            errors.rejectValue("phone", "youth.error.phone.format");
        }
        if (!isBlank(form.email()) && !FormParsing.email(form.email())) {
            errors.rejectValue("email", "youth.error.email.format");
        }
        Optional<Bsn> bsn = isBlank(form.bsn()) ? Optional.empty() : Bsn.parse(form.bsn());
        if (!isBlank(form.bsn()) && bsn.isEmpty()) {
            errors.rejectValue("bsn", "youth.error.bsn.invalid");
        }
        Optional<EducationStatus> education = FormParsing.enumValue(EducationStatus.class, form.educationStatus());
        if (education.isEmpty()) {
            errors.rejectValue("educationStatus", "youth.error.educationStatus.required");
        }
        Optional<StartQualification> qualification =
                FormParsing.enumValue(StartQualification.class, form.startQualification());
        if (qualification.isEmpty()) {
            errors.rejectValue("startQualification", "youth.error.startQualification.required");
        }
        String bsnHash = bsn.map(bsnProtector::hash).orElse(null);
        if (bsnHash != null && search.bsnKnownInScope(coach, bsnHash)) {
            errors.rejectValue("bsn", "youth.error.bsn.duplicate");
        }
        if (errors.hasErrors()) {
            return new Registration.Invalid();
        }
        if (!YouthForm.isTrue(form.confirmDuplicate())) {
            List<DuplicateCandidates.Candidate> matches = candidates.find(
                    coach,
                    new DuplicateCandidates.Person(
                            form.givenNames().trim(),
                            form.familyName().trim(),
                            birth.get(),
                            postcode.orElse(null),
                            null),
                    DUPLICATES_SHOWN);
            if (!matches.isEmpty()) {
                return new Registration.PossibleDuplicates(matches);
            }
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into youth (id, organisation_id, given_names, family_name, preferred_name, date_of_birth,
                                           municipality, postcode, phone, email, bsn_encrypted, bsn_hash,
                                           education_status, start_qualification, youth_care_history,
                                           mild_intellectual_disability, non_intellectual_disability, multi_problem,
                                           justice_contact, created_by)
                        values (:id, :org, :given, :family, :preferred, :birth, :municipality, :postcode, :phone,
                                :email, :bsn, :bsnHash, :education, :qualification, :youthCare, :lvb, :nonLvb,
                                :multi, :justice, :createdBy)
                        """)
                .param("id", id)
                .param("org", coach.organisationId())
                .param("given", form.givenNames().trim())
                .param("family", form.familyName().trim())
                .param("preferred", trimToNull(form.preferredName()))
                .param("birth", birth.get())
                .param("municipality", municipality.get().name())
                .param("postcode", postcode.orElse(null))
                .param("phone", trimToNull(form.phone()))
                .param("email", trimToNull(form.email()))
                .param("bsn", bsn.map(bsnProtector::encrypt).orElse(null))
                .param("bsnHash", bsnHash)
                .param("education", education.get().name())
                .param("qualification", qualification.get().name())
                .param("youthCare", YouthForm.isTrue(form.youthCareHistory()))
                .param("lvb", YouthForm.isTrue(form.mildIntellectualDisability()))
                .param("nonLvb", YouthForm.isTrue(form.nonIntellectualDisability()))
                .param("multi", YouthForm.isTrue(form.multiProblem()))
                .param("justice", YouthForm.isTrue(form.justiceContact()))
                .param("createdBy", coach.id())
                .update();
        Set<DataCategory> categories =
                EnumSet.of(DataCategory.BASIC, DataCategory.CONTACT_DETAILS, DataCategory.SITUATION);
        if (bsn.isPresent()) {
            categories.add(DataCategory.BSN);
        }
        accessLog.allowed(AccessEvent.of(AccessEventType.CREATE, coach, id, "youth", id, categories));
        return new Registration.Registered(id);
    }

    private static void requireName(String value, String field, Errors errors) {
        if (isBlank(value)) {
            errors.rejectValue(field, "youth.error." + field + ".required");
        } else if (value.trim().length() > MAX_NAME) {
            errors.rejectValue(field, "youth.error.name.tooLong");
        }
    }
}
