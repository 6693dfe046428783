package nl.overstap.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import nl.overstap.casefile.YouthFile;
import nl.overstap.casefile.YouthFileQuery;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.NotFoundException;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.YouthFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.MapBindingResult;

/** Partners see exactly what the youth agreed to (within the covenant) or a statute allows, and nothing else. */
@IntegrationTest
class ConsentIntegrationTest {

    private static final String RMC = "RMC Regio Haaglanden";
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    ConsentRecords consents;

    @Autowired
    YouthAccess youthAccess;

    @Autowired
    PartnerYouths partnerYouths;

    @Autowired
    YouthFileQuery files;

    @Autowired
    EmergencyAccess emergency;

    @Autowired
    TestLogins logins;

    @Autowired
    DemoFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    YouthFactory youths;

    CurrentUser coach;
    CurrentUser partner;
    DemoFixtures.Ids ids;
    UUID rmc;

    @BeforeEach
    void setUp() {
        coach = logins.currentUser("coach");
        partner = logins.currentUser("partner");
        ids = youths.withTrajectory(
                "coach", "Toestemmingtest" + UUID.randomUUID().toString().substring(0, 8));
        rmc = fixtures.organisationId(RMC);
    }

    @Test
    void withoutConsentAPartnerSeesNothingAndGets404() {
        assertThat(youthAccess.decide(partner, ids.youthId())).isEmpty();
        assertThatThrownBy(() -> files.read(partner, ids.youthId(), 0)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPartnerSeesExactlyTheConsentedCategoriesUntilConsentIsWithdrawn() {
        record(List.of("BASIC", "TRAJECTORY"), "CONSENT", null);

        assertThat(youthAccess.decide(partner, ids.youthId()).orElseThrow().categories())
                .containsExactlyInAnyOrder(DataCategory.BASIC, DataCategory.TRAJECTORY);
        YouthFile file = files.read(partner, ids.youthId(), 0);
        assertThat(file.displayName()).isNotBlank();
        assertThat(file.phone()).isNull();
        assertThat(file.email()).isNull();
        assertThat(file.maskedBsn()).isNull();
        assertThat(file.educationStatus()).isNull();
        assertThat(file.timeline()).isNotEmpty().noneMatch(e -> e.isContact());
        assertThat(file.actions().logContact()).isFalse();
        assertThat(allPartnerRows()).anyMatch(r -> r.youthId().equals(ids.youthId()));
        assertThat(jdbc.sql("select legal_basis from access_log where youth_id = :y and account_id = :p"
                                + " and event_type = 'READ' and outcome = 'ALLOWED' order by id desc limit 1")
                        .param("y", ids.youthId())
                        .param("p", partner.id())
                        .query(String.class)
                        .single())
                .contains("BASIC=consent:")
                .contains("/v1");

        for (ConsentRecord current : consents.overview(coach, ids.youthId()).current()) {
            consents.withdraw(coach, current.id());
        }

        assertThat(youthAccess.decide(partner, ids.youthId())).isEmpty();
        assertThatThrownBy(() -> files.read(partner, ids.youthId(), 0)).isInstanceOf(NotFoundException.class);
        assertThat(allPartnerRows()).noneMatch(r -> r.youthId().equals(ids.youthId()));
        assertThat(consents.overview(coach, ids.youthId()).records())
                .filteredOn(r -> r.category() == DataCategory.BASIC)
                .extracting(ConsentRecord::version)
                .containsExactly(2, 1);
    }

    /** Every page of the partner's list (other tests add consented youths to the shared database). */
    private List<PartnerYouths.Row> allPartnerRows() {
        List<PartnerYouths.Row> rows = new java.util.ArrayList<>();
        PartnerYouths.Page page = partnerYouths.list(partner, 0);
        rows.addAll(page.rows());
        while (page.hasNext()) {
            page = partnerYouths.list(partner, page.page() + 1);
            rows.addAll(page.rows());
        }
        return rows;
    }

    @Test
    void expiredConsentNoLongerCounts() {
        record(List.of("BASIC"), "CONSENT", null);
        jdbc.sql("update consent_record set valid_until = current_date - 1 where youth_id = :y")
                .param("y", ids.youthId())
                .update();
        assertThat(youthAccess.decide(partner, ids.youthId())).isEmpty();
    }

    @Test
    void aRefusalIsRecordedButGrantsNothing() {
        MapBindingResult errors = errors();
        assertThat(consents.record(coach, ids.youthId(), form(List.of("BASIC"), "CONSENT", "REFUSED", null), errors))
                .isTrue();
        assertThat(youthAccess.decide(partner, ids.youthId())).isEmpty();
    }

    @Test
    void anEndedCovenantStopsEverySharingItAllowedButNotAStatute() {
        record(List.of("BASIC"), "CONSENT", null);
        record(List.of("SITUATION"), "LEGAL_BASIS", "RMC_EARLY_SCHOOL_LEAVERS");
        List<UUID> covenants = jdbc.sql("select id from covenant where end_date is null")
                .query(UUID.class)
                .list();
        try {
            jdbc.sql("update covenant set end_date = current_date - 1 where end_date is null")
                    .update();
            assertThat(youthAccess.decide(partner, ids.youthId()).orElseThrow().categories())
                    .containsExactly(DataCategory.SITUATION);
        } finally {
            jdbc.sql("update covenant set end_date = null where id in (:ids)")
                    .param("ids", covenants)
                    .update();
        }
        assertThat(youthAccess.decide(partner, ids.youthId()).orElseThrow().categories())
                .containsExactlyInAnyOrder(DataCategory.BASIC, DataCategory.SITUATION);
    }

    @Test
    void theBsnIsSharedOnAStatuteOnlyNeverOnConsent() {
        MapBindingResult errors = errors();
        assertThat(consents.record(coach, ids.youthId(), form(List.of("BSN"), "CONSENT", "GRANTED", null), errors))
                .isFalse();
        assertThat(errors.getFieldError("categories").getCode()).isEqualTo("consent.error.bsnNeedsStatute");

        record(List.of("BSN", "BASIC"), "LEGAL_BASIS", "RMC_EARLY_SCHOOL_LEAVERS");
        assertThat(youthAccess.decide(partner, ids.youthId()).orElseThrow().categories())
                .containsExactlyInAnyOrder(DataCategory.BSN, DataCategory.BASIC);
    }

    @Test
    void aLegalBasisMustBeOneOfThePartnersLegalTasksAndCoverTheCategories() {
        MapBindingResult notATask = errors();
        assertThat(consents.record(
                        coach,
                        ids.youthId(),
                        form(List.of("CONTACT_DETAILS"), "LEGAL_BASIS", "GRANTED", "WMO"),
                        notATask))
                .isFalse();
        assertThat(notATask.getFieldError("statute").getCode()).isEqualTo("consent.error.statuteNotATask");

        MapBindingResult notCovered = errors();
        assertThat(consents.record(
                        coach,
                        ids.youthId(),
                        form(List.of("CONTACT_NOTES", "BSN"), "LEGAL_BASIS", "GRANTED", "RMC_EARLY_SCHOOL_LEAVERS"),
                        notCovered))
                .isFalse();
        assertThat(notCovered.getFieldError("categories").getCode()).isEqualTo("consent.error.statuteDoesNotCover");
        assertThat(youthAccess.decide(partner, ids.youthId())).isEmpty();
    }

    @Test
    void aLegalBasisStopsCountingWhenThePartnerNoLongerHasThatTask() {
        record(List.of("BASIC"), "LEGAL_BASIS", "RMC_EARLY_SCHOOL_LEAVERS");
        assertThat(youthAccess.decide(partner, ids.youthId())).isPresent();
        String[] tasks = jdbc.sql("select legal_tasks from organisation where id = :o")
                .param("o", rmc)
                .query((rs, n) -> (String[]) rs.getArray(1).getArray())
                .single();
        try {
            jdbc.sql("update organisation set legal_tasks = '{LEERPLICHTWET}' where id = :o")
                    .param("o", rmc)
                    .update();
            assertThat(youthAccess.decide(partner, ids.youthId())).isEmpty();
        } finally {
            jdbc.sql("update organisation set legal_tasks = cast(:t as text[]) where id = :o")
                    .param("t", "{" + String.join(",", tasks) + "}")
                    .param("o", rmc)
                    .update();
        }
    }

    @Test
    void onlyTheYouthsOwnCoachingSideRecordsConsent() {
        CurrentUser other = logins.currentUser("coach3");
        assertThatThrownBy(() -> consents.record(
                        other, ids.youthId(), form(List.of("BASIC"), "CONSENT", "GRANTED", null), errors()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> consents.overview(partner, ids.youthId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void breakTheGlassOpensAFileForFourHoursFlaggedAndListedForReview() {
        CurrentUser other = logins.currentUser("coach3");
        assertThat(youthAccess.decide(other, ids.youthId())).isEmpty();
        String family = fixtures.familyNameOf(ids.youthId());
        LocalDate birth = jdbc.sql("select date_of_birth from youth where id = :y")
                .param("y", ids.youthId())
                .query(LocalDate.class)
                .single();
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "emergencyForm");
        UUID opened = emergency.open(
                other,
                new EmergencyForm(
                        null,
                        family,
                        birth.format(DUTCH),
                        "Jongere staat bij ons loket in crisis en moet nu geholpen worden."),
                errors);

        assertThat(errors.hasErrors()).as(errors.toString()).isFalse();
        assertThat(opened).isEqualTo(ids.youthId());
        Grant grant = youthAccess.decide(other, ids.youthId()).orElseThrow();
        assertThat(grant.emergency()).isTrue();
        assertThat(grant.allows(DataCategory.BSN)).isFalse();
        assertThat(grant.allows(DataCategory.CONTACT_NOTES)).isTrue();
        files.read(other, ids.youthId(), 0);
        assertThat(jdbc.sql("select count(*) from access_log where youth_id = :y and account_id = :a and emergency"
                                + " and justification like 'Jongere staat%'")
                        .param("y", ids.youthId())
                        .param("a", other.id())
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
        CurrentUser coordinator = logins.currentUser("coordinator");
        List<EmergencyAccess.Opening> openings = emergency.forReview(coordinator);
        EmergencyAccess.Opening opening = openings.stream()
                .filter(o -> o.youthId().equals(ids.youthId()))
                .findFirst()
                .orElseThrow();
        emergency.markReviewed(coordinator, opening.id(), "Terecht gebruikt");

        jdbc.sql("update emergency_access set expires_at = now() - interval '1 minute' where youth_id = :y")
                .param("y", ids.youthId())
                .update();
        assertThat(youthAccess.decide(other, ids.youthId())).isEmpty();
    }

    @Test
    void breakTheGlassNeedsAReasonAndAnExactMatch() {
        CurrentUser other = logins.currentUser("coach3");
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "emergencyForm");
        assertThat(emergency.open(other, new EmergencyForm(null, "Bestaatniet", "01-01-2005", "kort"), errors))
                .isNull();
        assertThat(errors.getFieldError("reason")).isNotNull();
        assertThatThrownBy(() -> emergency.open(
                        logins.currentUser("partner"),
                        new EmergencyForm("111222333", null, null, "x".repeat(30)),
                        errors()))
                .isInstanceOf(NotFoundException.class);
    }

    private void record(List<String> categories, String basis, String statute) {
        MapBindingResult errors = errors();
        boolean ok = consents.record(coach, ids.youthId(), form(categories, basis, "GRANTED", statute), errors);
        assertThat(ok).as(errors.toString()).isTrue();
    }

    private ConsentForm form(List<String> categories, String basis, String decision, String statute) {
        return new ConsentForm(
                rmc, categories, basis, decision, "VERBAL", LocalDate.now().format(DUTCH), null, statute, null);
    }

    private static MapBindingResult errors() {
        return new MapBindingResult(new HashMap<>(), "consentForm");
    }
}
