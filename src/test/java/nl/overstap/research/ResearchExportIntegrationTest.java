package nl.overstap.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.overstap.contact.ContactForm;
import nl.overstap.contact.Contacts;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DutchTime;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.YouthFactory;
import nl.overstap.trajectory.PhaseChangeForm;
import nl.overstap.trajectory.StartTrajectoryForm;
import nl.overstap.trajectory.Trajectories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.MapBindingResult;

/**
 * The research export on real PostgreSQL, in a region of its own: one row per trajectory of the
 * region and nothing else, no identifying value of the planted canaries, pseudonyms per export,
 * small combinations without municipality, one access-log row per youth in the same transaction,
 * nothing sent when the log fails, and a 404 for everyone but a research partner.
 */
@IntegrationTest
class ResearchExportIntegrationTest {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    ResearchExport export;

    @Autowired
    YouthFactory youths;

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

    String tag;
    String organisationName;
    String coachName;
    String researcherName;
    CurrentUser researcher;
    ExportPeriod thisMonth;
    List<UUID> youthIds = new ArrayList<>();
    List<String> canaries = new ArrayList<>();
    UUID delftYouth;
    UUID returningYouth;
    UUID scannedYouth;

    @BeforeEach
    void region() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        String region = "Onderzoekregio-" + tag;
        organisationName = "Coaching Onderzoek " + tag;
        UUID coaching = organisation(organisationName, "COACHING", region);
        UUID municipality = organisation("Gemeente Onderzoek " + tag, "MUNICIPALITY", region);
        coachName = "coach-" + tag;
        researcherName = "onderzoeker-" + tag;
        account(coachName, "Coachkanarie " + tag, "COACH", coaching, false);
        account(researcherName, "Onderzoekerkanarie " + tag, "ANALYST", municipality, true);
        account("analist-" + tag, "Analist " + tag, "ANALYST", municipality, false);
        canaries.add("Coachkanarie " + tag);
        canaries.add(coachName);
        researcher = logins.currentUser(researcherName);
        YearMonth month = YearMonth.from(DutchTime.today(java.time.Clock.systemUTC()));
        thisMonth = new ExportPeriod(month, month);

        for (int i = 0; i < 6; i++) {
            String family = "Kanarie" + tag + "x" + i;
            DemoFixtures.Ids ids = youths.withTrajectory(coachName, family);
            youthIds.add(ids.youthId());
            canaries.add(family);
            canaries.add(ids.youthId().toString());
            canaries.add(ids.trajectoryId().toString());
        }
        LocalDate birth = jdbc.sql("select date_of_birth from youth where id = :id")
                .param("id", youthIds.get(0))
                .query(LocalDate.class)
                .single();
        canaries.addAll(List.of(
                birth.format(DUTCH),
                birth.toString(),
                "2511 AB",
                "2511AB",
                "0612345678",
                "test@example.nl",
                DutchTime.today(java.time.Clock.systemUTC()).toString()));

        delftYouth = youthIds.get(5);
        jdbc.sql("update youth set municipality = 'DELFT' where id = :id")
                .param("id", delftYouth)
                .update();

        scannedYouth = youthIds.get(0);
        CurrentUser coach = logins.currentUser(coachName);
        String note = "Notitiekanarie-" + tag;
        canaries.add(note);
        ZonedDateTime at = ZonedDateTime.now(DutchTime.ZONE).minusMinutes(30);
        UUID scannedTrajectory = openTrajectory(scannedYouth);
        MapBindingResult contactErrors = new MapBindingResult(new HashMap<>(), "contactForm");
        contacts.log(
                coach,
                scannedTrajectory,
                new ContactForm(
                        at.format(DUTCH),
                        at.format(DateTimeFormatter.ofPattern("HH:mm")),
                        "PHONE",
                        "YOUTH",
                        null,
                        "20",
                        note),
                contactErrors);
        assertThat(contactErrors.getAllErrors()).isEmpty();
        scan(scannedYouth, coach.id(), Map.of("FINANCES", 2, "HOUSING", 4), "Talentkanarie-" + tag);
        scan(scannedYouth, coach.id(), Map.of("FINANCES", 3), "Wenskanarie-" + tag);
        canaries.add("Talentkanarie-" + tag);
        canaries.add("Wenskanarie-" + tag);

        // one youth closes with a rating and starts again: two rows, one pseudonym
        returningYouth = youthIds.get(1);
        String reason = "Redenkanarie-" + tag;
        canaries.add(reason);
        MapBindingResult closeErrors = new MapBindingResult(new HashMap<>(), "phaseChangeForm");
        assertThat(trajectories.changePhase(
                        coach,
                        openTrajectory(returningYouth),
                        new PhaseChangeForm("CLOSED", reason, "WORK", "GOAL_REACHED", "8", "YES"),
                        closeErrors))
                .as(closeErrors.toString())
                .isTrue();
        MapBindingResult startErrors = new MapBindingResult(new HashMap<>(), "startTrajectoryForm");
        trajectories.start(
                coach,
                returningYouth,
                new StartTrajectoryForm(
                        trajectories.programmes().get(0).id(),
                        coach.id(),
                        DutchTime.today(java.time.Clock.systemUTC()).format(DUTCH)),
                startErrors);
        assertThat(startErrors.getAllErrors()).isEmpty();
    }

    @AfterEach
    void repairTheLog() {
        jdbc.sql("drop trigger if exists access_log_broken on access_log").update();
        jdbc.sql("drop function if exists access_log_broken()").update();
    }

    @Test
    void holdsOneRowPerTrajectoryOfTheRegionAndNoIdentifyingValue() {
        StringWriter out = new StringWriter();
        ResearchExport.Written written = export.write(researcher, thisMonth, out);
        String csv = out.toString();

        assertThat(csv).startsWith("\uFEFFpseudoniem;leeftijd_bij_start;gemeente;");
        List<Map<String, String>> rows = rows(csv);
        assertThat(rows).hasSize(7);
        assertThat(written.trajectories()).isEqualTo(7);
        assertThat(written.youths()).isEqualTo(6);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("organisatie")).isEqualTo(organisationName);
            assertThat(row.get("leeftijd_bij_start")).isEqualTo("19");
            assertThat(row.get("startmaand")).isEqualTo(thisMonth.from().toString());
        });
        for (String canary : canaries) {
            assertThat(csv).as("the export must not hold " + canary).doesNotContain(canary);
        }
        assertThat(ResearchExport.header())
                .hasSize(18 + 26 + 6)
                .noneMatch(column -> column.contains("naam") || column.contains("bsn") || column.contains("geboorte"));
    }

    @Test
    void givesAYouthOnePseudonymPerExportAndANewOneInTheNext() {
        List<Map<String, String>> first = rows(write());
        List<Map<String, String>> second = rows(write());
        Set<String> firstPseudonyms =
                first.stream().map(r -> r.get("pseudoniem")).collect(Collectors.toSet());
        assertThat(firstPseudonyms).hasSize(6);
        Map<String, Long> perPseudonym =
                first.stream().collect(Collectors.groupingBy(r -> r.get("pseudoniem"), Collectors.counting()));
        assertThat(perPseudonym.values())
                .containsOnly(1L, 2L)
                .filteredOn(n -> n == 2L)
                .hasSize(1);
        Set<String> secondPseudonyms =
                second.stream().map(r -> r.get("pseudoniem")).collect(Collectors.toSet());
        assertThat(secondPseudonyms).hasSize(6).doesNotContainAnyElementsOf(firstPseudonyms);
    }

    @Test
    void leavesTheMunicipalityOutForACombinationOfFewerThanFive() {
        List<Map<String, String>> rows = rows(write());
        assertThat(rows.stream().filter(r -> r.get("gemeente").equals("DEN_HAAG")))
                .hasSize(6);
        assertThat(rows.stream().filter(r -> r.get("gemeente").isEmpty())).hasSize(1);
        assertThat(rows).noneMatch(r -> r.get("gemeente").equals("DELFT"));
    }

    @Test
    void carriesTheResultsOfEachTrajectory() {
        List<Map<String, String>> rows = rows(write());
        Map<String, String> closed = rows.stream()
                .filter(r -> r.get("huidige_fase").equals("CLOSED"))
                .findFirst()
                .orElseThrow();
        assertThat(closed)
                .containsEntry("uitstroom", "WORK")
                .containsEntry("eindreden", "GOAL_REACHED")
                .containsEntry("afsluitmaand", thisMonth.from().toString())
                .containsEntry("tevredenheid_cijfer", "8")
                .containsEntry("zou_aanraden", "1")
                .containsEntry("verste_fase", "SCOUT");
        Map<String, String> scanned = rows.stream()
                .filter(r -> r.get("aantal_contacten").equals("1"))
                .findFirst()
                .orElseThrow();
        assertThat(scanned)
                .containsEntry("scan_eerste_finances", "2")
                .containsEntry("scan_eerste_housing", "4")
                .containsEntry("scan_laatste_finances", "3")
                .containsEntry("scan_laatste_housing", "")
                .containsEntry("maanden_tussen_scans", "0")
                .containsEntry("contacten_per_maand", "1,0")
                .containsEntry("tevredenheid_cijfer", "")
                .containsEntry("zou_aanraden", "");
        assertThat(rows.stream().filter(r -> r.get("huidige_fase").equals("SCOUT")))
                .hasSize(6)
                .allSatisfy(r -> assertThat(r.get("scan_eerste_finances")).isIn("", "2"));
    }

    @Test
    void logsTheExportAndEveryYouthInItInTheSameTransaction() {
        ResearchExport.Written written = export.write(researcher, thisMonth, new StringWriter());
        List<UUID> logged = jdbc.sql("""
                        select youth_id from access_log
                         where object_id = :export and event_type = 'EXPORT' and youth_id is not null
                           and account_id = :me and object_type = 'research_export'
                        """)
                .param("export", written.exportId())
                .param("me", researcher.id())
                .query(UUID.class)
                .list();
        assertThat(logged).containsExactlyInAnyOrderElementsOf(youthIds);
        assertThat(jdbc.sql("""
                        select count(*) from access_log
                         where object_id = :export and youth_id is null and account_id = :me
                           and event_type = 'EXPORT' and legal_basis = 'research:pseudonymised'
                        """)
                        .param("export", written.exportId())
                        .param("me", researcher.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void keepsTheLogWhenTheDownloadBreaksOffHalfWay() {
        java.io.Writer brokenAfterTheHeader = new java.io.Writer() {
            private int written;

            @Override
            public void write(char[] chars, int offset, int length) throws java.io.IOException {
                written += length;
                if (written > 2_000) {
                    throw new java.io.IOException("Broken pipe");
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        ResearchExport.Written written = export.write(researcher, thisMonth, brokenAfterTheHeader);
        assertThat(jdbc.sql("select count(*) from access_log where object_id = :export and youth_id is not null")
                        .param("export", written.exportId())
                        .query(Long.class)
                        .single())
                .isEqualTo(youthIds.size());
    }

    @Test
    void theYouthsWhoLookedShowsTheResearchExport() throws Exception {
        export.write(researcher, thisMonth, new StringWriter());
        String html = mvc.perform(get("/youths/" + delftYouth + "/access-log").with(logins.as(coachName)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Onderzoek (zonder naam)").contains("Onderzoekerkanarie " + tag);
    }

    @Test
    void sendsNothingWhenTheAccessLogFails() {
        breakTheLog();
        StringWriter out = new StringWriter();
        assertThatThrownBy(() -> export.write(researcher, thisMonth, out))
                .hasMessageContaining("access log unavailable");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aNationalResearchPartnerSeesEveryRegion() {
        UUID national = organisation("Landelijk Onderzoek " + tag, "MUNICIPALITY", ResearchExport.NATIONAL);
        account("landelijk-" + tag, "Landelijk " + tag, "ANALYST", national, true);
        StringWriter out = new StringWriter();
        export.write(logins.currentUser("landelijk-" + tag), thisMonth, out);
        assertThat(rows(out.toString()).stream()
                        .filter(r -> r.get("organisatie").equals(organisationName)))
                .hasSize(7);
    }

    @Test
    void downloadsAsACsvFileForTheResearchPartnerOnly() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/research/export")
                        .with(csrf())
                        .with(logins.as(researcherName))
                        .param("from", thisMonth.from().toString())
                        .param("to", thisMonth.to().toString()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains(".csv");
        byte[] body = response.getContentAsByteArray();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(rows(new String(body, StandardCharsets.UTF_8))).hasSize(7);

        for (String other : List.of("analist-" + tag, "analyst", "coach", "coordinator", "admin")) {
            assertThat(mvc.perform(get("/research").with(logins.as(other)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as("GET /research as " + other)
                    .isEqualTo(404);
            assertThat(mvc.perform(post("/research/export")
                                    .with(csrf())
                                    .with(logins.as(other))
                                    .param("from", thisMonth.from().toString())
                                    .param("to", thisMonth.to().toString()))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as("POST /research/export as " + other)
                    .isEqualTo(404);
        }
    }

    @Test
    void aWrongPeriodShowsThePageAgainWithWhatWasTyped() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/research/export")
                        .with(csrf())
                        .with(logins.as(researcherName))
                        .param("from", "2025-13")
                        .param("to", ""))
                .andReturn()
                .getResponse();
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(html)
                .contains("Vul jaar en maand in als jjjj-mm")
                .contains("Vul de laatste startmaand in")
                .contains("value=\"2025-13\"");
    }

    @Test
    void takingTheFlagAwayCountsAtOnce() throws Exception {
        var signedIn = logins.as(researcherName);
        jdbc.sql("update account set research_access = false where username = :u")
                .param("u", researcherName)
                .update();
        assertThat(mvc.perform(get("/research").with(signedIn))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private void breakTheLog() {
        jdbc.sql("""
                        create function access_log_broken() returns trigger language plpgsql as $$
                        begin raise exception 'access log unavailable'; end; $$
                        """).update();
        jdbc.sql("create trigger access_log_broken before insert on access_log for each row"
                        + " execute function access_log_broken()")
                .update();
    }

    private String write() {
        StringWriter out = new StringWriter();
        export.write(researcher, thisMonth, out);
        return out.toString();
    }

    private static List<Map<String, String>> rows(String csv) {
        String[] lines = csv.replace("\uFEFF", "").split("\r\n");
        String[] header = lines[0].split(";", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(";", -1);
            assertThat(fields).as(lines[i]).hasSameSizeAs(header);
            Map<String, String> row = new HashMap<>();
            for (int f = 0; f < header.length; f++) {
                String field = fields[f];
                boolean quoted = field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"");
                row.put(
                        header[f],
                        quoted ? field.substring(1, field.length() - 1).replace("\"\"", "\"") : field);
            }
            rows.add(row);
        }
        return rows;
    }

    private UUID openTrajectory(UUID youthId) {
        return jdbc.sql("select id from trajectory where youth_id = :y and phase <> 'CLOSED'")
                .param("y", youthId)
                .query(UUID.class)
                .single();
    }

    private UUID organisation(String name, String kind, String region) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into organisation (id, name, kind, region, municipality) values (:id, :name, :kind, :region,"
                        + " 'DEN_HAAG')")
                .param("id", id)
                .param("name", name)
                .param("kind", kind)
                .param("region", region)
                .update();
        return id;
    }

    private void account(String username, String displayName, String role, UUID organisation, boolean research) {
        jdbc.sql("""
                        insert into account (id, username, display_name, password_hash, role, organisation_id,
                                             research_access)
                        values (:id, :username, :name, '{noop}niet-te-gebruiken', :role, :org, :research)
                        """)
                .param("id", UUID.randomUUID())
                .param("username", username)
                .param("name", displayName)
                .param("role", role)
                .param("org", organisation)
                .param("research", research)
                .update();
    }

    private void scan(UUID youthId, UUID by, Map<String, Integer> scores, String talents) {
        UUID scan = UUID.randomUUID();
        jdbc.sql("""
                        insert into scan (id, youth_id, scan_date, talents, interests, wishes, participants, created_by,
                                          created_at)
                        values (:id, :youth, :today, :talents, '{}', null, '{YOUTH}', :by, clock_timestamp())
                        """)
                .param("id", scan)
                .param("youth", youthId)
                .param("talents", talents)
                .param("by", by)
                .param("today", DutchTime.today(java.time.Clock.systemUTC()))
                .update();
        scores.forEach((domain, score) -> jdbc.sql("""
                        insert into scan_score (scan_id, domain, score, explanation)
                        values (:scan, :domain, :score, :talents)
                        """)
                .param("scan", scan)
                .param("domain", domain)
                .param("score", score)
                .param("talents", talents)
                .update());
    }
}
