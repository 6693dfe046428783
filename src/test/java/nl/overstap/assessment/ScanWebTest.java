package nl.overstap.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.overstap.consent.ConsentForm;
import nl.overstap.consent.ConsentRecords;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DutchTime;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.YouthFactory;
import nl.overstap.trajectory.Phase;
import nl.overstap.trajectory.PhaseChangeForm;
import nl.overstap.trajectory.Trajectories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.MapBindingResult;

/**
 * Scans through the web on a fresh youth of {@code coach}: recording with bad and good input, the
 * comparison page, and who sees which domains (partners only their consented groups, other
 * organisations nothing). Also the Scan → Match condition.
 */
@IntegrationTest
class ScanWebTest {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final String WORK_CANARY = "WerkKanarie7781";
    private static final String JUSTICE_CANARY = "JustitieKanarie4410";
    private static final String HEALTH_CANARY = "GezondheidKanarie2290";
    private static final String TALENT_CANARY = "TalentKanarie5512";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestLogins logins;

    @Autowired
    YouthFactory youths;

    @Autowired
    DemoFixtures fixtures;

    @Autowired
    ConsentRecords consents;

    @Autowired
    Trajectories trajectories;

    @Autowired
    FirstScanCondition firstScan;

    @Autowired
    JdbcClient jdbc;

    DemoFixtures.Ids ids;

    @BeforeEach
    void freshYouth() {
        ids = youths.withTrajectory(
                "coach", "Scantest" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void badInputKeepsEverythingTypedAndShowsDutchErrors() throws Exception {
        Map<String, String> scores = new HashMap<>();
        scores.put("scores[0].score", "2");
        scores.put("scores[0].needed", "Hulp bij de schulden");
        String future = LocalDate.now(DutchTime.ZONE).plusDays(3).format(DUTCH);

        String body = html(mvc.perform(form(future, scores, "Kan goed koken", "Ik wil kok worden", "NETWORK")
                        .with(logins.as("coach")))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(body)
                .contains("De datum van de scan kan niet in de toekomst liggen.")
                .contains("<a href=\"#scores[1].score\">Kies bij Werk")
                .contains("een score of &quot;onbekend&quot;.")
                .contains("De jongere doet altijd mee aan de eigen scan.")
                .contains("class=\"error-summary\"")
                .contains("value=\"" + future + "\"")
                .contains("Kan goed koken")
                .contains("Ik wil kok worden")
                .contains("value=\"Hulp bij de schulden\"")
                .contains("aria-invalid=\"true\"");
        assertThat(body).containsPattern("value=\"2\"[^>]*checked=\"checked\"|checked=\"checked\"[^>]*value=\"2\"");
        assertThat(scanCount()).isZero();
    }

    @Test
    void aValidScanIsStoredWithThirteenScoresAndShown() throws Exception {
        String empty = page("/youths/" + ids.youthId() + "/scans/new", "coach");
        assertThat(empty.split("class=\"field scan-domain\"", -1)).hasSize(14);
        assertThat(empty).contains("value=\"" + today() + "\"").contains("Maatschappelijke participatie");

        MvcResult result = mvc.perform(form(today(), allScores("4"), "Sterk in techniek", "Monteur worden", "YOUTH")
                        .param("interests", "TECHNOLOGY", "ICT")
                        .param("participants", "NETWORK")
                        .with(logins.as("coach")))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        UUID scanId = jdbc.sql("select id from scan where youth_id = :y")
                .param("y", ids.youthId())
                .query(UUID.class)
                .single();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/scans/" + scanId);
        assertThat(jdbc.sql("select count(*) from scan_score where scan_id = :s and score = 4")
                        .param("s", scanId)
                        .query(Long.class)
                        .single())
                .isEqualTo(13);
        assertThat(jdbc.sql("select array_to_string(interests, ',') || '/' || array_to_string(participants, ',')"
                                + " from scan where id = :s")
                        .param("s", scanId)
                        .query(String.class)
                        .single())
                .isEqualTo("TECHNOLOGY,ICT/YOUTH,NETWORK");
        assertThat(fixtures.accessLogRows(ids.youthId(), "CREATE", "ALLOWED")).isPositive();

        String page = page("/scans/" + scanId, "coach");
        assertThat(page).contains("Sterk in techniek", "Monteur worden", "Techniek", "Justitie", "4 – voldoende");
    }

    @Test
    void comparesTheFirstAndLatestScanWithATrendChartAndTable() throws Exception {
        Map<String, String> first = allScores("3");
        first.put("scores[0].score", "1");
        first.put("scores[3].score", "UNKNOWN");
        save(LocalDate.now(DutchTime.ZONE).minusDays(60).format(DUTCH), first);
        Map<String, String> latest = allScores("3");
        latest.put("scores[0].score", "4");
        latest.put("scores[5].score", "2");
        save(today(), latest);

        String page = page("/youths/" + ids.youthId() + "/scans", "coach");

        assertThat(page)
                .contains("Eerste en laatste scan vergeleken")
                .containsPattern("Financiën</th>\\s*<td>1</td>\\s*<td>4</td>\\s*<td>\\+3</td>")
                .containsPattern("Geestelijke gezondheid</th>\\s*<td>3</td>\\s*<td>2</td>\\s*<td>-1</td>")
                .containsPattern("Huisvesting</th>\\s*<td>onbekend</td>\\s*<td>3</td>\\s*<td>Niet te zeggen</td>")
                .contains("role=\"img\"")
                .contains("aria-label=\"Financiën, scores van oud naar nieuw: ")
                .contains("<caption>Scores per leefgebied per scan, van oud naar nieuw</caption>")
                .contains("Big 5 van de laatste scan")
                .containsPattern("Welzijn</th>\\s*<td>2 – niet zelfredzaam</td>");
        assertThat(fixtures.accessLogRows(ids.youthId(), "READ", "ALLOWED")).isPositive();
    }

    @Test
    void partnerWithoutScanConsentGetsNotFound() throws Exception {
        UUID scanId = save(today(), allScores("3"));

        mvc.perform(get("/youths/{id}/scans", ids.youthId()).with(logins.as("partner")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/scans/{id}", scanId).with(logins.as("partner"))).andExpect(status().isNotFound());
        mvc.perform(get("/youths/{id}/scans/new", ids.youthId()).with(logins.as("partner")))
                .andExpect(status().isNotFound());
        assertThat(fixtures.accessLogRows(ids.youthId(), "READ", "DENIED")).isPositive();
    }

    @Test
    void partnerWithHealthConsentSeesOnlyTheHealthDomains() throws Exception {
        Map<String, String> scores = allScores("3");
        scores.put("scores[1].goesWell", WORK_CANARY);
        scores.put("scores[12].explanation", JUSTICE_CANARY);
        scores.put("scores[5].needed", HEALTH_CANARY);
        MvcResult saved = mvc.perform(
                        form(today(), scores, TALENT_CANARY, null, "YOUTH").with(logins.as("coach")))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String scanPath = saved.getResponse().getRedirectedUrl();
        String ggz = ggzPartner();
        CurrentUser coach = logins.currentUser("coach");
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "consentForm");
        assertThat(consents.record(
                        coach,
                        ids.youthId(),
                        new ConsentForm(
                                fixtures.organisationId("GGZ Kust en Duin"),
                                List.of("SCAN_HEALTH"),
                                "CONSENT",
                                "GRANTED",
                                "VERBAL",
                                today(),
                                null,
                                null,
                                null),
                        errors))
                .as(errors.toString())
                .isTrue();

        for (String path : List.of("/youths/" + ids.youthId() + "/scans", scanPath)) {
            String page = page(path, ggz);
            assertThat(page)
                    .as(path)
                    .contains("Geestelijke gezondheid", "Middelengebruik", "Basale ADL")
                    .doesNotContain(WORK_CANARY, JUSTICE_CANARY, TALENT_CANARY)
                    .doesNotContain("Werk en opleiding", "Financiën", "Justitie", "Huisvesting");
        }
        assertThat(page(scanPath, ggz)).contains(HEALTH_CANARY);
        mvc.perform(get("/youths/{id}/scans/new", ids.youthId()).with(logins.as(ggz)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                        select count(*) from access_log where youth_id = :y and object_type = 'scan'
                           and event_type = 'READ' and outcome = 'ALLOWED'
                           and data_categories::text[] = array['SCAN_HEALTH']
                        """).param("y", ids.youthId()).query(Long.class).single())
                .as("the partner's three reads log only the health group")
                .isEqualTo(3);
    }

    @Test
    void coachOfAnotherOrganisationGetsNotFound() throws Exception {
        UUID scanId = save(today(), allScores("3"));

        mvc.perform(get("/youths/{id}/scans", ids.youthId()).with(logins.as("coach3")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/youths/{id}/scans/new", ids.youthId()).with(logins.as("coach3")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/scans/{id}", scanId).with(logins.as("coach3"))).andExpect(status().isNotFound());
        mvc.perform(form(today(), allScores("3"), null, null, "YOUTH").with(logins.as("coach3")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/scans/{id}", UUID.randomUUID()).with(logins.as("coach")))
                .andExpect(status().isNotFound());
        assertThat(scanCount()).isEqualTo(1);
    }

    @Test
    void scanToMatchIsRefusedUntilTheFirstScanIsDone() throws Exception {
        CurrentUser coach = logins.currentUser("coach");
        MapBindingResult toScan = new MapBindingResult(new HashMap<>(), "phaseChangeForm");
        assertThat(trajectories.changePhase(
                        coach, ids.trajectoryId(), new PhaseChangeForm("SCAN", null, null, null, null, null), toScan))
                .as(toScan.toString())
                .isTrue();

        assertThat(firstScan.refuse(ids.trajectoryId(), ids.youthId(), Phase.SCAN, Phase.MATCH))
                .contains("SCAN_NOT_DONE");
        MapBindingResult toMatch = new MapBindingResult(new HashMap<>(), "phaseChangeForm");
        assertThat(trajectories.changePhase(
                        coach, ids.trajectoryId(), new PhaseChangeForm("MATCH", null, null, null, null, null), toMatch))
                .isFalse();
        assertThat(toMatch.getFieldError("target")).isNotNull();

        save(today(), allScores("3"));

        assertThat(firstScan.refuse(ids.trajectoryId(), ids.youthId(), Phase.SCAN, Phase.MATCH))
                .isEmpty();
        assertThat(firstScan.refuse(ids.trajectoryId(), UUID.randomUUID(), Phase.SCOUT, Phase.SCAN))
                .as("only Match asks for a scan")
                .isEmpty();
    }

    private UUID save(String date, Map<String, String> scores) throws Exception {
        MvcResult result = mvc.perform(form(date, scores, null, null, "YOUTH").with(logins.as("coach")))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return UUID.fromString(result.getResponse().getRedirectedUrl().substring("/scans/".length()));
    }

    private MockHttpServletRequestBuilder form(
            String date, Map<String, String> scores, String talents, String wishes, String participant) {
        MockHttpServletRequestBuilder request = post("/youths/{id}/scans", ids.youthId())
                .with(csrf())
                .param("scanDate", date)
                .param("participants", participant);
        if (talents != null) {
            request.param("talents", talents);
        }
        if (wishes != null) {
            request.param("wishes", wishes);
        }
        scores.forEach(request::param);
        return request;
    }

    private static Map<String, String> allScores(String score) {
        Map<String, String> scores = new HashMap<>();
        for (int i = 0; i < LifeDomain.values().length; i++) {
            scores.put("scores[" + i + "].score", score);
        }
        return scores;
    }

    private String page(String path, String username) throws Exception {
        return html(mvc.perform(get(path).with(logins.as(username)))
                .andExpect(status().isOk())
                .andReturn());
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long scanCount() {
        return jdbc.sql("select count(*) from scan where youth_id = :y")
                .param("y", ids.youthId())
                .query(Long.class)
                .single();
    }

    private static String today() {
        return LocalDate.now(DutchTime.ZONE).format(DUTCH);
    }

    /** A partner account at GGZ Kust en Duin, which the demo covenant allows SCAN_HEALTH. */
    private String ggzPartner() {
        String username = "scan.ggz." + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into account (id, username, display_name, password_hash, role, organisation_id)
                        values (:id, :username, 'Scan GGZ Partner', '{noop}not-for-login', 'PARTNER', :org)
                        """)
                .param("id", UUID.randomUUID())
                .param("username", username)
                .param("org", fixtures.organisationId("GGZ Kust en Duin"))
                .update();
        return username;
    }
}
