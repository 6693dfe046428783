package nl.overstap.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.YouthFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Places and matching through the web: validation (bad, then good), who may see and change which
 * place, the school limited to training kinds, a coach entering a place on an employer's behalf,
 * the ranked list for a youth and the candidates of a place within the viewer's scope, and the
 * access log.
 */
@IntegrationTest
class PlaceWebTest {

    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    YouthFactory youths;

    static Map<String, String> goodPlace(String title) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kind", "JOB");
        f.put("sector", "TECHNOLOGY");
        f.put("title", title);
        f.put("description", "Je helpt bij het installeren van warmtepompen.");
        f.put("postcode", "2641ab");
        f.put("municipality", "PIJNACKER_NOOTDORP");
        f.put("hoursMin", "24");
        f.put("hoursMax", "32");
        f.put("startDate", LocalDate.now().plusDays(14).format(DUTCH));
        f.put("durationMonths", "");
        f.put("requiresStartQualification", "no");
        f.put("minimumAge", "");
        f.put("requiresDrivingLicence", "no");
        f.put("dutchLevel", "");
        f.put("requiresConductCertificate", "no");
        f.put("offersWorkplaceMentor", "yes");
        f.put("offersJobCoach", "no");
        f.put("capacity", "2");
        return f;
    }

    MockHttpServletResponse send(String user, MockHttpServletRequestBuilder request, Map<String, String> form)
            throws Exception {
        form.forEach(request::param);
        return mvc.perform(request.with(csrf()).with(logins.as(user)))
                .andReturn()
                .getResponse();
    }

    MockHttpServletResponse getAs(String user, String path) throws Exception {
        return mvc.perform(get(path).with(logins.as(user))).andReturn().getResponse();
    }

    static String body(MockHttpServletResponse r) throws Exception {
        return HtmlUtils.htmlUnescape(r.getContentAsString(StandardCharsets.UTF_8));
    }

    UUID created(MockHttpServletResponse response) {
        assertThat(response.getStatus()).isEqualTo(302);
        String location = response.getRedirectedUrl();
        assertThat(location).startsWith("/places/");
        return UUID.fromString(location.substring("/places/".length()));
    }

    @Test
    void employerAddsAPlaceAfterABadInputAndNothingTypedIsLost() throws Exception {
        String title = "Monteur " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> bad = goodPlace(title);
        bad.put("hoursMin", "32");
        bad.put("hoursMax", "24");
        bad.put("postcode", "26411");
        bad.put("startDate", LocalDate.now().minusDays(1).format(DUTCH));
        bad.put("capacity", "0");
        MockHttpServletResponse response = send("employer", post("/places"), bad);
        assertThat(response.getStatus()).isEqualTo(200);
        String html = body(response);
        assertThat(html)
                .contains("Het maximale aantal uren moet gelijk zijn aan of hoger zijn dan het minimale aantal.")
                .contains("Vul een postcode in als 4 cijfers en 2 letters, bijvoorbeeld 2611 AB.")
                .contains("Kies een startdatum van vandaag of later.")
                .contains("Vul een heel getal in van 1 of meer.")
                .contains("value=\"" + title + "\"")
                .contains("value=\"26411\"");
        assertThat(jdbc.sql("select count(*) from place where title = :t")
                        .param("t", title)
                        .query(Integer.class)
                        .single())
                .isZero();

        UUID id = created(send("employer", post("/places"), goodPlace(title)));
        Map<String, Object> row = jdbc.sql("select * from place where id = :id")
                .param("id", id)
                .query()
                .singleRow();
        CurrentUser employer = logins.currentUser("employer");
        assertThat(row.get("organisation_id")).isEqualTo(employer.organisationId());
        assertThat(row.get("created_by")).isEqualTo(employer.id());
        assertThat(row.get("postcode")).isEqualTo("2641 AB");
        assertThat(row.get("latitude")).isNotNull();
        assertThat(body(getAs("employer", "/places/" + id))).contains(title).contains("Werkplekbegeleider");
        assertThat(body(getAs("employer", "/places"))).contains(title);
    }

    @Test
    void employerCannotSeeOrChangeAnotherOrganisationsPlace() throws Exception {
        UUID school = organisation("Mbo College Hofstad");
        Map<String, String> form =
                goodPlace("Schoolplek " + UUID.randomUUID().toString().substring(0, 6));
        form.put("kind", "TRAINING");
        form.put("organisationId", school.toString());
        UUID id = created(send("coach", post("/places"), form));
        assertThat(getAs("employer", "/places/" + id).getStatus()).isEqualTo(404);
        assertThat(getAs("employer", "/places/" + id + "/edit").getStatus()).isEqualTo(404);
        assertThat(send("employer", post("/places/" + id), goodPlace("Overgenomen"))
                        .getStatus())
                .isEqualTo(404);
        assertThat(send("employer", post("/places/" + id + "/status"), Map.of("open", "false"))
                        .getStatus())
                .isEqualTo(404);
        assertThat(body(getAs("employer", "/places"))).doesNotContain(form.get("title"));
        assertThat(jdbc.sql("select open from place where id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        // the school itself sees and changes it
        assertThat(getAs("school", "/places/" + id).getStatus()).isEqualTo(200);
    }

    @Test
    void schoolPartnerOffersOnlyTrainingKinds() throws Exception {
        Map<String, String> job =
                goodPlace("Schoolbaan " + UUID.randomUUID().toString().substring(0, 6));
        MockHttpServletResponse refused = send("school", post("/places"), job);
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(body(refused)).contains("Een school biedt alleen een opleiding, een BBL-plek of een stage aan.");
        Map<String, String> training =
                goodPlace("Opleiding " + UUID.randomUUID().toString().substring(0, 6));
        training.put("kind", "BBL");
        UUID id = created(send("school", post("/places"), training));
        assertThat(jdbc.sql("select organisation_id from place where id = :id")
                        .param("id", id)
                        .query(UUID.class)
                        .single())
                .isEqualTo(organisation("Mbo College Hofstad"));
        // RMC is no school: no places at all
        assertThat(getAs("partner", "/places").getStatus()).isEqualTo(404);
        assertThat(getAs("partner", "/places/" + id).getStatus()).isEqualTo(404);
    }

    @Test
    void coachEntersAPlaceOnBehalfOfAnEmployerAndTheFileSaysWho() throws Exception {
        Map<String, String> form =
                goodPlace("Namens " + UUID.randomUUID().toString().substring(0, 6));
        MockHttpServletResponse missing = send("coach", post("/places"), form);
        assertThat(body(missing)).contains("Kies de werkgever of school waarvoor je de plek invoert.");
        CurrentUser employer = logins.currentUser("employer");
        form.put("organisationId", employer.organisationId().toString());
        UUID id = created(send("coach", post("/places"), form));
        assertThat(jdbc.sql("select created_by from place where id = :id")
                        .param("id", id)
                        .query(UUID.class)
                        .single())
                .isEqualTo(logins.currentUser("coach").id());
        assertThat(body(getAs("employer", "/places/" + id)))
                .contains("Marieke Coach, namens Installatiebedrijf Van Rijn");
        // and the employer edits it; a stale version is a conflict
        Map<String, String> edit = goodPlace(form.get("title") + " (aangepast)");
        edit.put("version", "0");
        assertThat(send("employer", post("/places/" + id), edit).getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select updated_by from place where id = :id")
                        .param("id", id)
                        .query(UUID.class)
                        .single())
                .isEqualTo(employer.id());
        assertThat(send("coach", post("/places/" + id), edit).getStatus()).isEqualTo(409);
    }

    @Test
    void rankedPlacesForAYouthInMatchShowReasonsAndTheProposalLinkAndAreLogged() throws Exception {
        DemoFixtures.Ids ids = youths.withTrajectory(
                "coach", "Matchtest" + UUID.randomUUID().toString().substring(0, 6));
        jdbc.sql("update trajectory set phase = 'MATCH' where id = :id")
                .param("id", ids.trajectoryId())
                .update();
        scan(ids.youthId(), "TECHNOLOGY");
        Map<String, String> form =
                goodPlace("Rangplek " + UUID.randomUUID().toString().substring(0, 6));
        form.put("postcode", "2511 AB");
        form.put("municipality", "DEN_HAAG");
        form.put("requiresDrivingLicence", "yes");
        UUID placeId = created(send("employer", post("/places"), form));

        String html = body(getAs("coach", "/youths/" + ids.youthId() + "/places?hours=32&minutes=60"));
        assertThat(html)
                .contains(form.get("title"))
                .contains("techniek is een interesse van de jongere")
                .contains("Vraagt rijbewijs: niet bekend of de jongere dat heeft")
                .contains("/youths/" + ids.youthId() + "/matches/new?placeId=" + placeId);
        // a driving licence the youth does not have takes the place out (POST only)
        Map<String, String> noLicence = Map.of("hours", "32", "minutes", "60", "licence", "NO");
        assertThat(body(send("coach", post("/youths/" + ids.youthId() + "/places"), noLicence)))
                .doesNotContain(form.get("title"));
        // and sensitive criteria in a URL are ignored
        assertThat(body(getAs("coach", "/youths/" + ids.youthId() + "/places?hours=32&minutes=60&licence=NO")))
                .contains(form.get("title"));
        // other weights: the list says what changed
        assertThat(body(getAs("coach", "/youths/" + ids.youthId() + "/places?hours=32&minutes=60&weightDistance=5")))
                .contains("Afstand en reistijd telt zwaarder dan standaard (5 in plaats van 3).");
        assertThat(jdbc.sql("""
                        select count(*) from access_log where youth_id = :y and object_type = 'place_match'
                           and event_type = 'READ' and outcome = 'ALLOWED' and account_id = :a
                        """)
                        .param("y", ids.youthId())
                        .param("a", logins.currentUser("coach").id())
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(4);
        // another organisation's coach, the employer and break-the-glass-less outsiders: 404
        assertThat(getAs("coach3", "/youths/" + ids.youthId() + "/places").getStatus())
                .isEqualTo(404);
        assertThat(getAs("employer", "/youths/" + ids.youthId() + "/places").getStatus())
                .isEqualTo(404);
    }

    @Test
    void candidatesOfAPlaceAreOnlyYouthsInTheViewersScopeAndAreLogged() throws Exception {
        DemoFixtures.Ids mine = youths.withTrajectory(
                "coach", "Kandidaat" + UUID.randomUUID().toString().substring(0, 6));
        DemoFixtures.Ids theirs = youths.withTrajectory(
                "coach3", "Kandidaat" + UUID.randomUUID().toString().substring(0, 6));
        for (DemoFixtures.Ids ids : new DemoFixtures.Ids[] {mine, theirs}) {
            jdbc.sql("update trajectory set phase = 'MATCH' where id = :id")
                    .param("id", ids.trajectoryId())
                    .update();
            scan(ids.youthId(), "CARE");
        }
        Map<String, String> form =
                goodPlace("Zorgplek " + UUID.randomUUID().toString().substring(0, 6));
        form.put("sector", "CARE");
        form.put("postcode", "2511 AB");
        form.put("municipality", "DEN_HAAG");
        form.put(
                "organisationId",
                logins.currentUser("employer").organisationId().toString());
        UUID placeId = created(send("coach", post("/places"), form));

        String coachView = body(getAs("coach", "/places/" + placeId + "/candidates"));
        String coach3View = body(getAs("coach3", "/places/" + placeId + "/candidates"));
        assertThat(coachView)
                .contains(name(mine))
                .doesNotContain(name(theirs))
                .contains("zorg en welzijn is een interesse van de jongere");
        assertThat(coach3View).contains(name(theirs)).doesNotContain(name(mine));
        assertThat(getAs("employer", "/places/" + placeId + "/candidates").getStatus())
                .isEqualTo(404);
        assertThat(jdbc.sql("""
                        select count(*) from access_log where youth_id = :y and event_type = 'LIST' and account_id = :a
                        """)
                        .param("y", mine.youthId())
                        .param("a", logins.currentUser("coach").id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from access_log where youth_id = :y and event_type = 'LIST' and account_id = :a
                        """)
                        .param("y", theirs.youthId())
                        .param("a", logins.currentUser("coach").id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private String name(DemoFixtures.Ids ids) {
        return jdbc.sql("select given_names || ' ' || family_name from youth where id = :id")
                .param("id", ids.youthId())
                .query(String.class)
                .single();
    }

    private void scan(UUID youthId, String interest) {
        jdbc.sql("""
                        insert into scan (id, youth_id, scan_date, interests, participants, created_by, created_at)
                        select gen_random_uuid(), :y, current_date, cast(:i as text[]), '{YOUTH}', a.id, now()
                          from account a where a.username = 'coach'
                        """).param("y", youthId).param("i", "{" + interest + "}").update();
    }

    private UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = :n")
                .param("n", name)
                .query(UUID.class)
                .single();
    }
}
