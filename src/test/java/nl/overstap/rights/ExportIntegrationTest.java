package nl.overstap.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.overstap.contact.Contacts;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.StatementCounter;
import nl.overstap.trajectory.Trajectories;
import nl.overstap.youth.YouthRegistration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The export holds everything about the youth and nothing about anyone else, shows the BSN only
 * masked, is logged as EXPORT, answers 404 to everyone outside the youth's own scope, and needs a
 * fixed number of queries however long the access log is.
 */
@IntegrationTest
class ExportIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    YouthExport exports;

    @Autowired
    YouthRegistration registration;

    @Autowired
    Trajectories trajectories;

    @Autowired
    Contacts contacts;

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcClient jdbc;

    RightsFixtures fixtures;
    CurrentUser coach;
    RightsFixtures.Youth youth;
    RightsFixtures.Youth other;

    @BeforeEach
    void setUp() {
        fixtures = new RightsFixtures(registration, trajectories, contacts, jdbc);
        coach = logins.currentUser("coach");
        youth = fixtures.youthWithClosedTrajectory(coach);
        other = fixtures.youthWithOpenTrajectory(coach);
        recordConsentCorrectionAndEmergency(youth);
    }

    /** Two versions of a consent, a legal basis, a correction and a break-the-glass access. */
    private void recordConsentCorrectionAndEmergency(RightsFixtures.Youth target) {
        UUID partner = jdbc.sql("select id from organisation where id <> :org order by name limit 1")
                .param("org", coach.organisationId())
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        insert into consent_record (id, youth_id, organisation_id, data_category, version, is_current,
                                                    basis, decision, given_on, given_how, valid_until, guardian_note,
                                                    recorded_by, recorded_at)
                        values (gen_random_uuid(), :youth, :org, 'CONTACT_DETAILS', 1, false, 'CONSENT', 'GRANTED',
                                current_date - 30, 'WRITTEN', current_date + 300, 'Moeder was erbij', :by, now()),
                               (gen_random_uuid(), :youth, :org, 'CONTACT_DETAILS', 2, true, 'CONSENT', 'REFUSED',
                                current_date, 'VERBAL', null, null, :by, now())
                        """)
                .param("youth", target.id())
                .param("org", partner)
                .param("by", coach.id())
                .update();
        jdbc.sql("""
                        insert into consent_record (id, youth_id, organisation_id, data_category, version, is_current,
                                                    basis, decision, statute, given_on, recorded_by, recorded_at)
                        values (gen_random_uuid(), :youth, :org, 'TRAJECTORY', 1, true, 'LEGAL_BASIS', 'GRANTED',
                                'JEUGDWET', current_date, :by, now())
                        """)
                .param("youth", target.id())
                .param("org", partner)
                .param("by", coach.id())
                .update();
        jdbc.sql("""
                        insert into youth_change (id, youth_id, field, old_value, new_value, reason, changed_by, changed_at)
                        values (gen_random_uuid(), :youth, 'postcode', '2500 AA', '2511 AB', 'Verhuisd', :by, now())
                        """).param("youth", target.id()).param("by", coach.id()).update();
        jdbc.sql("""
                        insert into emergency_access (id, account_id, youth_id, reason, started_at, expires_at)
                        values (gen_random_uuid(), :account, :youth, 'Crisis in de nacht, coach niet bereikbaar',
                                now() - interval '2 hours', now() + interval '2 hours')
                        """)
                .param("account", logins.currentUser("coach3").id())
                .param("youth", target.id())
                .update();
    }

    @Test
    void jsonExportHoldsTheYouthsDataWithTheBsnOnlyMasked() throws Exception {
        String body = mvc.perform(get("/youths/{id}/export.json", youth.id()).with(logins.as("coach")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"overstap-export.json\""))
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andExpect(jsonPath("$.exportedAt").value(Matchers.matchesPattern("\\d{4}-\\d{2}-\\d{2}T.+Z")))
                .andExpect(jsonPath("$.youth.dateOfBirth").value(Matchers.matchesPattern("\\d{4}-\\d{2}-\\d{2}")))
                .andExpect(jsonPath("$.youth.givenNames").value(youth.givenNames()))
                .andExpect(jsonPath("$.youth.bsnMasked").value(youth.maskedBsn()))
                .andExpect(jsonPath("$.youth.phone").value(youth.phone()))
                .andExpect(jsonPath("$.contacts[0].note").value(youth.note()))
                .andExpect(jsonPath("$.contacts[0].channel").value("PHONE"))
                .andExpect(jsonPath("$.trajectories[0].outcome").value("WORK"))
                .andExpect(jsonPath("$.trajectories[0].phaseHistory.length()").value(2))
                .andExpect(jsonPath("$.keyPersons[0].name").value(youth.keyPerson()))
                .andExpect(jsonPath("$.accessLog[0].eventType").value("CREATE"))
                .andExpect(jsonPath("$.consentRecords.length()").value(3))
                .andExpect(jsonPath(
                                "$.consentRecords[?(@.version == 1 && @.dataCategory == 'CONTACT_DETAILS')].guardianNote")
                        .value("Moeder was erbij"))
                .andExpect(jsonPath("$.corrections[0].oldValue").value("2500 AA"))
                .andExpect(jsonPath("$.emergencyAccesses[0].reason").value("Crisis in de nacht, coach niet bereikbaar"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        String encrypted = fixtures.field(youth, "bsn_encrypted");
        assertThat(body)
                .doesNotContain(youth.bsn())
                .doesNotContain(encrypted)
                .doesNotContain(fixtures.field(youth, "bsn_hash"));
        assertThat(body)
                .as("nothing of another youth")
                .doesNotContain(other.familyName())
                .doesNotContain(other.note())
                .doesNotContain(other.keyPerson())
                .doesNotContain(other.maskedBsn())
                .doesNotContain(other.id().toString());
    }

    @Test
    void exportHoldsTheScansAndThePlanAndLogsTheirCategories() throws Exception {
        RightsFixtures.ScanAndPlan canaries = fixtures.scanAndPlan(youth, coach);
        RightsFixtures.ScanAndPlan others = fixtures.scanAndPlan(other, coach);

        String body = mvc.perform(get("/youths/{id}/export.json", youth.id()).with(logins.as("coach")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scans.length()").value(1))
                .andExpect(jsonPath("$.scans[0].scanDate").value(Matchers.matchesPattern("\\d{4}-\\d{2}-\\d{2}")))
                .andExpect(jsonPath("$.scans[0].talents").value(canaries.talents()))
                .andExpect(jsonPath("$.scans[0].wishes").value(canaries.wishes()))
                .andExpect(jsonPath("$.scans[0].interests[0]").value("CARE"))
                .andExpect(jsonPath("$.scans[0].participants[1]").value("NETWORK"))
                .andExpect(jsonPath("$.scans[0].scores.length()").value(2))
                .andExpect(jsonPath("$.scans[0].scores[0].domain").value("FINANCES"))
                .andExpect(jsonPath("$.scans[0].scores[0].score").value(2))
                .andExpect(jsonPath("$.scans[0].scores[0].goesWell").value(canaries.goesWell()))
                .andExpect(jsonPath("$.scans[0].scores[0].needed").value(canaries.needed()))
                .andExpect(jsonPath("$.scans[0].scores[0].explanation").value(canaries.explanation()))
                .andExpect(jsonPath("$.scans[0].scores[1].domain").value("MENTAL_HEALTH"))
                .andExpect(jsonPath("$.scans[0].scores[1].needed").value(canaries.healthNeeded()))
                .andExpect(jsonPath("$.plan.agreedOn").value(Matchers.matchesPattern("\\d{4}-\\d{2}-\\d{2}")))
                .andExpect(jsonPath("$.plan.goals.length()").value(1))
                .andExpect(jsonPath("$.plan.goals[0].text").value(canaries.goal()))
                .andExpect(jsonPath("$.plan.goals[0].domain").value("FINANCES"))
                .andExpect(jsonPath("$.plan.goals[0].status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.plan.goals[0].targetDate").exists())
                .andExpect(jsonPath("$.plan.goals[0].actions.length()").value(2))
                .andExpect(jsonPath("$.plan.goals[0].actions[?(@.ownerType == 'NETWORK')].description")
                        .value(canaries.action()))
                .andExpect(jsonPath("$.plan.goals[0].actions[?(@.ownerType == 'NETWORK')].ownerName")
                        .value(canaries.ownerName()))
                .andExpect(jsonPath("$.plan.goals[0].actions[?(@.ownerType == 'NETWORK')].blockedReason")
                        .value(canaries.blockedReason()))
                .andExpect(jsonPath("$.plan.goals[0].actions[?(@.ownerType == 'YOUTH')].resultNote")
                        .value(canaries.resultNote()))
                .andExpect(jsonPath("$.plan.goals[0].actions[?(@.ownerType == 'YOUTH')].status")
                        .value("DONE"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body)
                .as("nothing of another youth's scan or plan")
                .doesNotContain(others.talents())
                .doesNotContain(others.goal())
                .doesNotContain(others.ownerName());
        assertThat(jdbc.sql("""
                        select count(*) from access_log
                         where youth_id = :y and event_type = 'EXPORT' and object_type = 'export:json'
                           and 'PLAN' = any(data_categories) and 'SCAN_WORK_INCOME' = any(data_categories)
                           and 'SCAN_HOUSING' = any(data_categories) and 'SCAN_HEALTH' = any(data_categories)
                           and 'SCAN_JUSTICE' = any(data_categories) and 'SCAN_SOCIAL' = any(data_categories)
                        """).param("y", youth.id()).query(Long.class).single())
                .isEqualTo(1);

        mvc.perform(get("/youths/{id}/export", youth.id()).with(logins.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(canaries.talents())))
                .andExpect(content().string(Matchers.containsString(canaries.explanation())))
                .andExpect(content().string(Matchers.containsString(canaries.goal())))
                .andExpect(content().string(Matchers.containsString(canaries.ownerName())))
                .andExpect(content().string(Matchers.containsString(canaries.blockedReason())))
                .andExpect(content().string(Matchers.containsString(canaries.resultNote())))
                .andExpect(content().string(Matchers.not(Matchers.containsString(others.goal()))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
    }

    @Test
    void everyExportWritesOneExportRow() throws Exception {
        long before = exportRows("ALLOWED");

        mvc.perform(get("/youths/{id}/export.json", youth.id()).with(logins.as("coach")))
                .andExpect(status().isOk());
        mvc.perform(get("/youths/{id}/export", youth.id()).with(logins.as("coordinator")))
                .andExpect(status().isOk());

        assertThat(exportRows("ALLOWED")).isEqualTo(before + 2);
        assertThat(jdbc.sql("""
                        select count(*) from access_log
                         where youth_id = :y and event_type = 'EXPORT' and object_type = 'export:json'
                           and 'BSN' = any(data_categories) and 'CONTACT_NOTES' = any(data_categories)
                        """).param("y", youth.id()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void printablePageShowsTheSameWithoutTheFullBsn() throws Exception {
        mvc.perform(get("/youths/{id}/export", youth.id()).with(logins.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(Matchers.containsString(youth.familyName())))
                .andExpect(content().string(Matchers.containsString(youth.maskedBsn())))
                .andExpect(content().string(Matchers.containsString(youth.note())))
                .andExpect(content().string(Matchers.containsString(youth.keyPerson())))
                .andExpect(content().string(Matchers.containsString("Moeder was erbij")))
                .andExpect(content().string(Matchers.containsString("Jeugdwet")))
                .andExpect(content().string(Matchers.containsString("Crisis in de nacht")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(youth.bsn()))))
                .andExpect(content().string(Matchers.not(Matchers.containsString(other.familyName()))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
    }

    @Test
    void everyoneOutsideTheOwnScopeGets404AndTheRefusalIsLogged() throws Exception {
        long deniedBefore = exportRows("DENIED");
        List<String> outsiders = List.of("coach3", "partner", "admin", "analyst", "employer");

        for (String username : outsiders) {
            mvc.perform(get("/youths/{id}/export.json", youth.id()).with(logins.as(username)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(Matchers.not(Matchers.containsString(youth.familyName()))));
        }

        assertThat(exportRows("DENIED")).isEqualTo(deniedBefore + outsiders.size());
        assertThat(exportRows("ALLOWED")).isZero();
    }

    @Test
    void aLongAccessLogNeedsNoExtraQueriesAndFinishesWellWithinAMinute() {
        // scans, plan, signal, match and follow-up rows must not add queries either: one query per block
        fixtures.scanAndPlan(youth, coach);
        fixtures.scanAndPlan(youth, coach);
        jdbc.sql("""
                        insert into access_log (event_type, outcome, account_id, role, organisation_id, youth_id,
                                                object_type, object_id, data_categories, legal_basis)
                        select 'READ', 'ALLOWED', :account, 'COACH', :org, :youth, 'youth', :youth, '{BASIC}',
                               'task:coach'
                          from generate_series(1, 5000)
                        """)
                .param("account", coach.id())
                .param("org", coach.organisationId())
                .param("youth", youth.id())
                .update();

        StatementCounter.reset();
        long started = System.nanoTime();
        ExportDocument document = exports.export(coach, youth.id(), "json");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        List<String> statements = StatementCounter.statements();

        assertThat(document.accessLog()).hasSizeGreaterThan(5000);
        assertThat(took).isLessThan(Duration.ofSeconds(60));
        assertThat(statements.stream().filter(s -> !s.contains("insert into access_log")))
                .as(statements.toString())
                .hasSizeLessThanOrEqualTo(20);
        assertThat(statements.stream().filter(s -> s.contains("insert into access_log")))
                .hasSize(1);
    }

    private long exportRows(String outcome) {
        // a refusal without any grant names the youth only as the object, not as the youth
        return jdbc.sql("""
                        select count(*) from access_log
                         where (youth_id = :y or object_id = :y) and event_type = 'EXPORT' and outcome = :o
                        """)
                .param("y", youth.id())
                .param("o", outcome)
                .query(Long.class)
                .single();
    }
}
