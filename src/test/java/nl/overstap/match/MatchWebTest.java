package nl.overstap.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.overstap.consent.ConsentRecords;
import nl.overstap.identity.TestLogins;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.MatchScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The proposal through the web: the coach proposes, the employer sees an anonymous profile (never a
 * sensitive category, no name before consent), the name after consent and no longer after
 * withdrawal; a youth never proposed to the employer is a 404, as is another organisation's coach.
 */
@IntegrationTest
class MatchWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MatchScenario scenario;

    @Autowired
    Matches matches;

    @Autowired
    ConsentRecords consents;

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcClient jdbc;

    DemoFixtures.Ids youth;
    UUID place;
    String family;
    String placeTitle;

    @BeforeEach
    void setUp() {
        family = "Kanarie" + UUID.randomUUID().toString().substring(0, 6);
        youth = scenario.youthInMatch("coach", family);
        placeTitle = "Leerling monteur " + UUID.randomUUID().toString().substring(0, 8);
        place = scenario.place("employer", placeTitle, 2);
        // Sensitive facts the employer must never see: health and justice scan words, youth-care and justice markers.
        jdbc.sql("update youth set youth_care_history = true, justice_contact = true where id = :id")
                .param("id", youth.youthId())
                .update();
        UUID scan = UUID.randomUUID();
        jdbc.sql("""
                        insert into scan (id, youth_id, scan_date, talents, interests, participants, created_by, created_at)
                        values (:id, :youth, current_date, 'Handig met gereedschap', '{TECHNOLOGY,LOGISTICS}', '{YOUTH}',
                                (select id from account where username = 'coach'), now())
                        """).param("id", scan).param("youth", youth.youthId()).update();
        jdbc.sql("""
                        insert into scan_score (scan_id, domain, score, explanation)
                        values (:scan, 'MENTAL_HEALTH', 2, 'Gezondheidsgeheim'), (:scan, 'JUSTICE', 2, 'Justitiegeheim'),
                               (:scan, 'FINANCES', 1, 'Schuldengeheim')
                        """).param("scan", scan).update();
    }

    @Test
    void theCoachProposesFromThePlaceAndTheEmployerSeesOnlyAnAnonymousProfile() throws Exception {
        String page =
                body(get("/youths/{id}/matches/new", youth.youthId()).param("placeId", place.toString()), "coach");
        assertThat(page).contains(placeTitle).contains(family);

        String location = mvc.perform(post("/youths/{id}/matches", youth.youthId())
                        .param("placeId", place.toString())
                        .param("hoursAvailable", "32")
                        .param("note", "Wil graag de techniek in.")
                        .with(csrf())
                        .with(logins.as("coach")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID matchId = UUID.fromString(location.substring("/matches/".length()));

        String list = body(get("/proposals"), "employer");
        assertThat(list).contains("/proposals/" + matchId).doesNotContain(family);

        String profile = body(get("/proposals/{id}", matchId), "employer");
        assertThat(profile)
                .contains("Anonieme kandidaat", "18 tot en met 20 jaar", "Den Haag", "Techniek", "Logistiek")
                .contains("Handig met gereedschap", "32 uur per week", "Voortijdig schoolverlater")
                .doesNotContain(family, "Testjongere", "0612345678", "test@example.nl", "2511 AB")
                .doesNotContain("Gezondheidsgeheim", "Justitiegeheim", "Schuldengeheim", "Jeugdhulp", "justitie");
        assertThat(categoriesLogged(matchId))
                .as("the employer's view is logged with what it showed")
                .containsExactly("SCAN_WORK_INCOME,SITUATION");
    }

    @Test
    void theNameAppearsAfterConsentAndDisappearsAfterWithdrawal() throws Exception {
        UUID matchId = scenario.propose("coach", youth.youthId(), place);
        assertThat(body(get("/proposals/{id}", matchId), "employer")).doesNotContain(family);

        mvc.perform(post("/matches/{id}/consent", matchId)
                        .param("method", "VERBAL")
                        .param("givenOn", MatchScenario.today().format(MatchScenario.DUTCH))
                        .with(csrf())
                        .with(logins.as("coach")))
                .andExpect(redirectedUrl("/matches/" + matchId));
        String named = body(get("/proposals/{id}", matchId), "employer");
        assertThat(named).contains(family, "0612345678", "test@example.nl");
        assertThat(categoriesLogged(matchId)).last().isEqualTo("BASIC,CONTACT_DETAILS,SCAN_WORK_INCOME,SITUATION");

        List<UUID> records =
                jdbc.sql("""
                        select c.id from consent_record c join account a on a.organisation_id = c.organisation_id
                         where c.youth_id = :youth and a.username = 'employer' and c.is_current and c.withdrawn_at is null
                        """).param("youth", youth.youthId()).query(UUID.class).list();
        assertThat(records).hasSize(2);
        for (UUID record : records) {
            mvc.perform(post("/consent/{id}/withdraw", record).with(csrf()).with(logins.as("coach")))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(body(get("/proposals/{id}", matchId), "employer"))
                .contains("Anonieme kandidaat")
                .doesNotContain(family, "0612345678");
    }

    @Test
    void aConsentFormWithoutMethodOrDateComesBackWithMessagesAndRecordsNothing() throws Exception {
        UUID matchId = scenario.propose("coach", youth.youthId(), place);
        String page = mvc.perform(post("/matches/{id}/consent", matchId)
                        .param("givenOn", "31-02-2026")
                        .with(csrf())
                        .with(logins.as("coach")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Kies hoe de jongere toestemming gaf.").contains("31-02-2026");
        assertThat(jdbc.sql("select count(*) from consent_record where youth_id = :y")
                        .param("y", youth.youthId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anEmployerNeverSeesAYouthNotProposedToThem() throws Exception {
        UUID otherPlace = scenario.place("partner", "Plek van een ander", 1);
        UUID elsewhere = scenario.propose("coach", youth.youthId(), otherPlace);
        mvc.perform(get("/proposals/{id}", elsewhere).with(logins.as("employer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/proposals/{id}", UUID.randomUUID()).with(logins.as("employer")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/proposals/{id}/decline", elsewhere)
                        .param("reason", "Nee")
                        .with(csrf())
                        .with(logins.as("employer")))
                .andExpect(status().isNotFound());
        assertThat(body(get("/proposals"), "employer")).doesNotContain(elsewhere.toString());
        // the employer role never opens the youth file or the coach's pipeline
        mvc.perform(get("/youths/{id}", youth.youthId()).with(logins.as("employer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/youths/{id}/matches", youth.youthId()).with(logins.as("employer")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCoachOfAnotherOrganisationSeesNoMatchesOfYouthsOutsideTheirScope() throws Exception {
        UUID matchId = scenario.propose("coach", youth.youthId(), place);
        mvc.perform(get("/youths/{id}/matches", youth.youthId()).with(logins.as("coach3")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/matches/{id}", matchId).with(logins.as("coach3"))).andExpect(status().isNotFound());
        mvc.perform(post("/matches/{id}/close", matchId)
                        .param("how", "WITHDRAWN")
                        .param("reason", "x")
                        .with(csrf())
                        .with(logins.as("coach3")))
                .andExpect(status().isNotFound());
        assertThat(body(get("/youths/{id}/matches", youth.youthId()), "coach")).contains(placeTitle);
    }

    @Test
    void theEmployerRecordsAnIntroductionAndDeclinesWithAReason() throws Exception {
        UUID matchId = scenario.propose("coach", youth.youthId(), place);
        mvc.perform(post("/proposals/{id}/steps", matchId)
                        .param("target", "INTRODUCTION")
                        .param("occurredOn", MatchScenario.today().format(MatchScenario.DUTCH))
                        .with(csrf())
                        .with(logins.as("employer")))
                .andExpect(redirectedUrl("/proposals/" + matchId));
        String refused = mvc.perform(post("/proposals/{id}/decline", matchId)
                        .param("reason", " ")
                        .with(csrf())
                        .with(logins.as("employer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Vul een reden in.");
        mvc.perform(post("/proposals/{id}/decline", matchId)
                        .param("reason", "Geen rijbewijs")
                        .with(csrf())
                        .with(logins.as("employer")))
                .andExpect(redirectedUrl("/proposals/" + matchId));
        assertThat(jdbc.sql(
                                "select status || ':' || declined_by || ':' || close_reason from match_proposal where id = :id")
                        .param("id", matchId)
                        .query(String.class)
                        .single())
                .isEqualTo("DECLINED:EMPLOYER:Geen rijbewijs");
        assertThat(body(get("/matches/{id}", matchId), "coach")).contains("Geen rijbewijs", "Kennismaking");
    }

    @Test
    void aYouthOutsideMatchIsNotProposedAndTheFormSaysWhy() throws Exception {
        jdbc.sql("update trajectory set phase = 'SCAN' where id = :id")
                .param("id", youth.trajectoryId())
                .update();
        String page = mvc.perform(post("/youths/{id}/matches", youth.youthId())
                        .param("placeId", place.toString())
                        .param("hoursAvailable", "99")
                        .with(csrf())
                        .with(logins.as("coach")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Een jongere kan alleen worden voorgesteld als het traject in Match is.")
                .contains("Vul een aantal uren in van 1 tot en met 40.")
                .contains("value=\"99\"");
        assertThat(jdbc.sql("select count(*) from match_proposal where youth_id = :y")
                        .param("y", youth.youthId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void borgWaitsForAStartAtAPlace() throws Exception {
        String page = mvc.perform(post("/trajectories/{id}/phase", youth.trajectoryId())
                        .param("target", "BORG")
                        .with(csrf())
                        .with(logins.as("coach")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Borg begint met een start op een plek.");
        assertThat(jdbc.sql("select phase from trajectory where id = :id")
                        .param("id", youth.trajectoryId())
                        .query(String.class)
                        .single())
                .isEqualTo("MATCH");
    }

    @Test
    void theCaseloadLinksAFollowUpFlagToTheFollowUpPage() throws Exception {
        MatchScenario.Started started =
                scenario.started("coach", family + "b", MatchScenario.today().minusDays(30));
        String caseload = body(get("/caseload").param("stuck", "true").param("phase", "BORG"), "coach");
        assertThat(caseload)
                .contains("/youths/" + started.youthId() + "/followup")
                .contains("Check-in gemist");
    }

    @Test
    void theYouthGetsAPrintableSheetWithTheirMilestonesAndThePrintIsLoggedAsAnExport() throws Exception {
        LocalDate start = MatchScenario.today().minusDays(40);
        MatchScenario.Started started = scenario.started("coach", family + "p", start);

        String sheet = body(get("/youths/{id}/followup/print", started.youthId()), "coach");

        assertThat(sheet)
                .contains("Jouw plek en je mijlpalen")
                .contains("Na 1 maand: "
                        + start.plusMonths(1).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")))
                .contains("Gehaald!")
                .contains("Na 6 maanden");
        assertThat(jdbc.sql("""
                        select count(*) from access_log l join account a on a.id = l.account_id
                         where a.username = 'coach' and l.youth_id = :y and l.event_type = 'EXPORT' and l.outcome = 'ALLOWED'
                        """).param("y", started.youthId()).query(Long.class).single())
                .isEqualTo(1);
        mvc.perform(get("/youths/{id}/followup/print", started.youthId()).with(logins.as("coach3")))
                .andExpect(status().isNotFound());
    }

    private List<String> categoriesLogged(UUID matchId) {
        return jdbc.sql("""
                        select array_to_string(array(select unnest(l.data_categories) order by 1), ',')
                          from access_log l join account a on a.id = l.account_id
                         where a.username = 'employer' and l.object_id = :m and l.event_type = 'READ' and l.outcome = 'ALLOWED'
                         order by l.occurred_at
                        """).param("m", matchId).query(String.class).list();
    }

    private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String who)
            throws Exception {
        return mvc.perform(request.with(logins.as(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
