package nl.overstap.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.UUID;
import nl.overstap.contact.Contacts;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.NotFoundException;
import nl.overstap.support.IntegrationTest;
import nl.overstap.trajectory.Trajectories;
import nl.overstap.youth.YouthRegistration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.MapBindingResult;

/**
 * Erasure on request with four eyes: a coach asks, a coordinator who did not ask decides; approval
 * anonymises the youth but keeps the trajectory and outcome; legal hold stops it.
 */
@IntegrationTest
class ErasureIntegrationTest {

    @Autowired
    Erasures erasures;

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

    @Autowired
    MockMvc mvc;

    RightsFixtures fixtures;
    CurrentUser coach;
    CurrentUser coordinator;

    @BeforeEach
    void setUp() {
        fixtures = new RightsFixtures(registration, trajectories, contacts, jdbc);
        coach = logins.currentUser("coach");
        coordinator = logins.currentUser("coordinator");
    }

    @Test
    void coordinatorApprovalAnonymisesButKeepsTrajectoryAndOutcome() {
        RightsFixtures.Youth youth = fixtures.youthWithClosedTrajectory(coach);
        LocalDate born = LocalDate.parse(fixtures.field(youth, "date_of_birth"));
        UUID request = request(coach, youth);

        MapBindingResult errors = decisionErrors();
        assertThat(erasures.decide(
                        coordinator, request, true, new ErasureDecisionForm("Akkoord, geen bewaarplicht"), errors))
                .isEqualTo(youth.id());

        assertThat(errors.getAllErrors()).isEmpty();
        assertThat(fixtures.field(youth, "given_names")).isEqualTo(Anonymiser.PLACEHOLDER_GIVEN_NAMES);
        assertThat(fixtures.field(youth, "family_name")).isEqualTo(Anonymiser.PLACEHOLDER_FAMILY_NAME);
        for (String gone : new String[] {"preferred_name", "postcode", "phone", "email", "bsn_encrypted", "bsn_hash"}) {
            assertThat(fixtures.field(youth, gone)).as(gone).isNull();
        }
        assertThat(fixtures.field(youth, "date_of_birth"))
                .isEqualTo(born.withDayOfYear(1).toString());
        assertThat(fixtures.field(youth, "anonymised_at")).isNotNull();
        assertThat(fixtures.count(
                        "select count(*) from contact c join trajectory t on t.id = c.trajectory_id"
                                + " where t.youth_id = :id and c.note is not null",
                        youth.id()))
                .as("contact notes")
                .isZero();
        assertThat(fixtures.count(
                        "select count(*) from phase_change p join trajectory t on t.id = p.trajectory_id"
                                + " where t.youth_id = :id and p.reason is not null",
                        youth.id()))
                .as("phase-change reasons")
                .isZero();
        assertThat(fixtures.count("select count(*) from key_person where youth_id = :id", youth.id()))
                .isZero();

        assertThat(fixtures.count(
                        "select count(*) from trajectory where youth_id = :id and phase = 'CLOSED' and outcome = 'WORK'",
                        youth.id()))
                .as("the trajectory and its outcome still count")
                .isEqualTo(1);
        assertThat(fixtures.count(
                        "select count(*) from contact c join trajectory t on t.id = c.trajectory_id where t.youth_id = :id",
                        youth.id()))
                .as("the contact itself (date, channel) stays")
                .isEqualTo(1);
        assertThat(jdbc.sql("select status from erasure_request where id = :id")
                        .param("id", request)
                        .query(String.class)
                        .single())
                .isEqualTo("APPROVED");
        assertThat(fixtures.count(
                        "select count(*) from access_log where youth_id = :id and event_type = 'UPDATE'"
                                + " and object_type = 'erasure' and outcome = 'ALLOWED'",
                        youth.id()))
                .as("request and approval logged")
                .isEqualTo(2);
    }

    @Test
    void approvalRemovesTheWordsOfScanAndPlanButKeepsScoresAndStatuses() {
        RightsFixtures.Youth youth = fixtures.youthWithClosedTrajectory(coach);
        RightsFixtures.ScanAndPlan canaries = fixtures.scanAndPlan(youth, coach);
        RightsFixtures.Youth bystander = fixtures.youthWithOpenTrajectory(coach);
        RightsFixtures.ScanAndPlan untouched = fixtures.scanAndPlan(bystander, coach);
        UUID request = request(coach, youth);

        assertThat(erasures.decide(coordinator, request, true, new ErasureDecisionForm("Akkoord"), decisionErrors()))
                .isEqualTo(youth.id());

        fixtures.assertScanAndPlanCleared(youth, canaries);
        assertThat(fixtures.scanAndPlanText(bystander))
                .as("another youth keeps everything")
                .contains(untouched.talents(), untouched.explanation(), untouched.healthNeeded(), untouched.goal())
                .contains(untouched.ownerName(), untouched.blockedReason(), untouched.resultNote());
        assertThat(fixtures.count(
                        "select count(*) from access_log where youth_id = :id and object_type = 'erasure'"
                                + " and outcome = 'ALLOWED' and 'PLAN' = any(data_categories)"
                                + " and 'SCAN_HEALTH' = any(data_categories)",
                        youth.id()))
                .as("the approval is logged with the scan and plan categories")
                .isEqualTo(1);
    }

    @Test
    void theRequesterCannotApproveTheirOwnRequest() {
        RightsFixtures.Youth youth = fixtures.youthWithOpenTrajectory(coach);
        UUID request = UUID.randomUUID();
        jdbc.sql("""
                        insert into erasure_request (id, youth_id, reason, requested_by, requested_at)
                        values (:id, :youth, 'Zelf gevraagd', :by, now())
                        """)
                .param("id", request)
                .param("youth", youth.id())
                .param("by", coordinator.id())
                .update();

        MapBindingResult errors = decisionErrors();
        assertThat(erasures.decide(coordinator, request, true, new ErasureDecisionForm("Akkoord"), errors))
                .isNull();

        assertThat(errors.getGlobalError().getCode()).isEqualTo("rights.rejected.OWN_REQUEST");
        assertThat(fixtures.field(youth, "family_name")).isEqualTo(youth.familyName());
        assertThat(fixtures.count(
                        "select count(*) from access_log where youth_id = :id and object_type = 'erasure'"
                                + " and outcome = 'DENIED'",
                        youth.id()))
                .isEqualTo(1);
    }

    @Test
    void aCoachCannotApproveNotEvenAColleaguesRequest() {
        RightsFixtures.Youth youth = fixtures.youthWithOpenTrajectory(coach);
        UUID request = request(coach, youth);

        for (String username : new String[] {"coach", "coach2", "coach3", "partner", "admin"}) {
            CurrentUser other = logins.currentUser(username);
            assertThatThrownBy(() ->
                            erasures.decide(other, request, true, new ErasureDecisionForm("Akkoord"), decisionErrors()))
                    .as(username)
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(fixtures.field(youth, "family_name")).isEqualTo(youth.familyName());
    }

    @Test
    void onlyOneOpenRequestPerYouthAndOnlyCoachesAsk() {
        RightsFixtures.Youth youth = fixtures.youthWithOpenTrajectory(coach);
        request(coach, youth);

        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "erasureRequestForm");
        assertThat(erasures.request(
                        logins.currentUser("coach2"), youth.id(), new ErasureRequestForm("Nog een keer"), errors))
                .isNull();
        assertThat(errors.getGlobalError().getCode()).isEqualTo("rights.rejected.ALREADY_REQUESTED");
        assertThatThrownBy(() ->
                        erasures.request(coordinator, youth.id(), new ErasureRequestForm("Verzoek"), decisionErrors()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRequestNeedsAReason() {
        RightsFixtures.Youth youth = fixtures.youthWithOpenTrajectory(coach);
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "erasureRequestForm");

        assertThat(erasures.request(coach, youth.id(), new ErasureRequestForm("  "), errors))
                .isNull();

        assertThat(errors.getFieldError("reason").getCode()).isEqualTo("rights.error.reason.required");
    }

    @Test
    void legalHoldBlocksApprovalUntilItIsLifted() {
        RightsFixtures.Youth youth = fixtures.youthWithOpenTrajectory(coach);
        UUID request = request(coach, youth);
        assertThat(erasures.legalHold(
                        coordinator, youth.id(), new LegalHoldForm("true", "Klacht loopt nog"), holdErrors()))
                .isTrue();

        MapBindingResult errors = decisionErrors();
        assertThat(erasures.decide(coordinator, request, true, new ErasureDecisionForm("Akkoord"), errors))
                .isNull();
        assertThat(errors.getGlobalError().getCode()).isEqualTo("rights.rejected.LEGAL_HOLD");
        assertThat(fixtures.field(youth, "family_name")).isEqualTo(youth.familyName());
        assertThat(fixtures.field(youth, "anonymised_at")).isNull();

        assertThat(erasures.legalHold(
                        coordinator, youth.id(), new LegalHoldForm("false", "Klacht afgehandeld"), holdErrors()))
                .isTrue();
        assertThat(erasures.decide(coordinator, request, true, new ErasureDecisionForm("Akkoord"), decisionErrors()))
                .isEqualTo(youth.id());
        assertThat(fixtures.field(youth, "family_name")).isEqualTo(Anonymiser.PLACEHOLDER_FAMILY_NAME);
        assertThat(fixtures.count("select count(*) from legal_hold_change where youth_id = :id", youth.id()))
                .isEqualTo(2);
        assertThat(fixtures.count(
                        "select count(*) from access_log where youth_id = :id and object_type = 'legal_hold'"
                                + " and event_type = 'UPDATE' and outcome = 'ALLOWED'",
                        youth.id()))
                .isEqualTo(2);
    }

    @Test
    void onlyACoordinatorSetsLegalHold() {
        RightsFixtures.Youth youth = fixtures.youthWithOpenTrajectory(coach);

        assertThatThrownBy(
                        () -> erasures.legalHold(coach, youth.id(), new LegalHoldForm("true", "Klacht"), holdErrors()))
                .isInstanceOf(NotFoundException.class);
        MapBindingResult errors = holdErrors();
        assertThat(erasures.legalHold(coordinator, youth.id(), new LegalHoldForm("true", ""), errors))
                .isFalse();
        assertThat(errors.getFieldError("holdReason").getCode()).isEqualTo("rights.error.holdReason.required");
        assertThat(fixtures.field(youth, "legal_hold")).isEqualTo("false");
    }

    @Test
    void theWholeFlowWorksThroughTheWebWithCsrf() throws Exception {
        RightsFixtures.Youth youth = fixtures.youthWithOpenTrajectory(coach);

        mvc.perform(get("/youths/{id}/rights", youth.id()).with(logins.as("coach")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"reason\"")));
        mvc.perform(post("/youths/{id}/erasure-requests", youth.id())
                        .with(logins.as("coach"))
                        .with(csrf())
                        .param("reason", "De jongere wil dat alles weg is"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/youths/" + youth.id() + "/rights"));
        UUID request = jdbc.sql("select id from erasure_request where youth_id = :y")
                .param("y", youth.id())
                .query(UUID.class)
                .single();

        mvc.perform(get("/erasure-requests").with(logins.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(youth.familyName())));
        mvc.perform(get("/erasure-requests").with(logins.as("coach"))).andExpect(status().isNotFound());
        mvc.perform(get("/erasure-requests/{id}", request).with(logins.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("De jongere wil dat alles weg is")))
                .andExpect(content()
                        .string(Matchers.containsString("formaction=\"/erasure-requests/" + request + "/reject\"")));

        mvc.perform(post("/erasure-requests/{id}/approve", request)
                        .with(logins.as("coordinator"))
                        .with(csrf())
                        .param("note", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Schrijf een notitie bij je besluit.")));
        mvc.perform(post("/erasure-requests/{id}/approve", request)
                        .with(logins.as("coordinator"))
                        .param("note", "Akkoord"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?expired"));
        assertThat(fixtures.field(youth, "anonymised_at"))
                .as("no state change without CSRF token")
                .isNull();

        mvc.perform(post("/erasure-requests/{id}/approve", request)
                        .with(logins.as("coordinator"))
                        .with(csrf())
                        .param("note", "Akkoord"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/erasure-requests"));
        assertThat(fixtures.field(youth, "family_name")).isEqualTo(Anonymiser.PLACEHOLDER_FAMILY_NAME);
        mvc.perform(get("/youths/{id}/rights", youth.id()).with(logins.as("coach")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(youth.familyName()))));
    }

    @Test
    void coordinatorSetsLegalHoldThroughTheWebAndAMissingReasonComesBack() throws Exception {
        RightsFixtures.Youth youth = fixtures.youthWithOpenTrajectory(coach);

        mvc.perform(get("/youths/{id}/rights", youth.id()).with(logins.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"holdReason\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"reason\""))));
        mvc.perform(post("/youths/{id}/legal-hold", youth.id())
                        .with(logins.as("coordinator"))
                        .with(csrf())
                        .param("hold", "true")
                        .param("holdReason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(Matchers.containsString("Schrijf de reden op.")));
        mvc.perform(post("/youths/{id}/legal-hold", youth.id())
                        .with(logins.as("coordinator"))
                        .with(csrf())
                        .param("hold", "true")
                        .param("holdReason", "Klachtprocedure"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/youths/" + youth.id() + "/rights"));
        assertThat(fixtures.field(youth, "legal_hold")).isEqualTo("true");
        mvc.perform(get("/youths/{id}/rights", youth.id()).with(logins.as("coach")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Klachtprocedure")));
    }

    @Test
    void othersGet404OnTheRightsPage() throws Exception {
        RightsFixtures.Youth youth = fixtures.youthWithOpenTrajectory(coach);

        for (String username : new String[] {"coach3", "partner", "admin", "analyst", "employer"}) {
            mvc.perform(get("/youths/{id}/rights", youth.id()).with(logins.as(username)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(Matchers.not(Matchers.containsString(youth.familyName()))));
            mvc.perform(post("/youths/{id}/erasure-requests", youth.id())
                            .with(logins.as(username))
                            .with(csrf())
                            .param("reason", "Poging"))
                    .andExpect(status().isNotFound());
        }
        assertThat(fixtures.count("select count(*) from erasure_request where youth_id = :id", youth.id()))
                .isZero();
    }

    private UUID request(CurrentUser by, RightsFixtures.Youth youth) {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "erasureRequestForm");
        UUID request = erasures.request(by, youth.id(), new ErasureRequestForm("De jongere vraagt erom"), errors);
        assertThat(errors.getAllErrors()).isEmpty();
        assertThat(request).isNotNull();
        return request;
    }

    private static MapBindingResult decisionErrors() {
        return new MapBindingResult(new HashMap<>(), "erasureDecisionForm");
    }

    private static MapBindingResult holdErrors() {
        return new MapBindingResult(new HashMap<>(), "legalHoldForm");
    }
}
