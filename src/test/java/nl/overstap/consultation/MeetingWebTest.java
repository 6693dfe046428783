package nl.overstap.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import nl.overstap.consent.ConsentForm;
import nl.overstap.consent.ConsentRecords;
import nl.overstap.identity.TestLogins;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.YouthFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.util.HtmlUtils;

/**
 * The multidisciplinary meeting through the web: the coordinator plans it inviting two organisations, the
 * coach puts two cases on the agenda, each invited organisation's pre-read shows only what its consents
 * allow, the chair's decisions put actions in the youth's plan and the next meeting shows how they stand;
 * another organisation's coach, the analyst and uninvited partners get a 404. Fresh youths per test.
 */
@IntegrationTest
class MeetingWebTest {

    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final String MBO = "Mbo College Hofstad";
    static final String RMC = "RMC Regio Haaglanden";
    static final String UWV = "UWV Werkbedrijf Haaglanden";

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
    JdbcClient jdbc;

    UUID youthA;
    UUID youthB;
    String familyA;
    String familyB;
    UUID goalA;
    String goalText;
    UUID rmc;
    UUID mbo;

    @BeforeEach
    void twoFreshYouthsOfCoach() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        familyA = "Mdoeen" + suffix;
        familyB = "Mdotwee" + suffix;
        youthA = youths.withTrajectory("coach", familyA).youthId();
        youthB = youths.withTrajectory("coach", familyB).youthId();
        goalText = "Doelkanarie " + suffix;
        goalA = UUID.randomUUID();
        jdbc.sql("""
                        insert into plan_goal (id, youth_id, domain, text, target_date, status, created_by, created_at)
                        values (:id, :y, 'WORK_EDUCATION', :t, :target, 'OPEN', :by, now())
                        """)
                .param("id", goalA)
                .param("y", youthA)
                .param("t", goalText)
                .param("target", LocalDate.now().plusMonths(6))
                .param("by", logins.currentUser("coach").id())
                .update();
        rmc = fixtures.organisationId(RMC);
        mbo = fixtures.organisationId(MBO);
    }

    @Test
    void aMeetingWithTwoCasesEndsWithDecisionsInThePlanAndTheNextMeetingShowsTheirStatus() throws Exception {
        UUID meeting = plan(inDays(7), rmc, mbo);
        addCase(meeting, youthA, "Hoe krijgen we hem naar school?")
                .andExpect(flash().attribute("message", "meeting.case.added"));
        addCase(meeting, youthB, "Wie helpt met wonen?").andExpect(flash().attribute("message", "meeting.case.added"));
        addCase(meeting, youthB, "Nog een keer")
                .andExpect(flash().attribute("message", "meeting.error.case.duplicate"));
        UUID caseA = caseOf(meeting, youthA);
        UUID caseB = caseOf(meeting, youthB);

        assertThat(page(get("/meetings/{id}", meeting), "coordinator"))
                .contains(familyA, familyB, "Hoe krijgen we hem naar school?", goalText);
        assertThat(page(get("/meetings"), "coach"))
                .contains(LocalDate.now().plusDays(7).format(DUTCH));

        // The mbo college has no consent at all: the question only, no name, no phase, no plan.
        assertThat(page(preread(meeting, caseA, mbo), "coordinator"))
                .contains("Hoe krijgen we hem naar school?")
                .contains("de naam niet getoond")
                .doesNotContain(familyA)
                .doesNotContain("Fase:")
                .doesNotContain(goalText);
        // The RMC has consent for the basic details and the trajectory (its covenant allows no plan).
        recordConsent(youthA, rmc, List.of("BASIC", "TRAJECTORY"));
        assertThat(page(preread(meeting, caseA, rmc), "coordinator"))
                .contains(familyA)
                .contains("Fase: Scout")
                .doesNotContain(goalText);
        assertThat(page(preread(meeting, caseA, rmc), "partner"))
                .contains(familyA)
                .doesNotContain(goalText);
        assertThat(page(get("/meetings/{id}", meeting), "partner"))
                .contains("Casus 1", "Casus 2")
                .doesNotContain(familyA)
                .doesNotContain(familyB)
                .doesNotContain("Hoe krijgen we hem naar school?");
        assertThat(jdbc.sql("select count(*) from access_log where youth_id = :y and object_type = 'meeting_case'"
                                + " and event_type = 'READ' and outcome = 'ALLOWED'")
                        .param("y", youthA)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(4);

        decide(
                        meeting,
                        caseA,
                        "Hij gaat naar het leerwerkloket",
                        "Aanmelden bij het leerwerkloket",
                        "YOUTH",
                        null,
                        inDays(14),
                        goalA)
                .andExpect(flash().attribute("message", "meeting.decision.added"));
        decide(meeting, caseA, "Het RMC belt", "RMC belt school", "PARTNER", rmc, inDays(14), goalA)
                .andExpect(flash().attribute("message", "meeting.error.partner.noConsent"));
        decide(meeting, caseB, "Eerst een doel", "Woning zoeken", "COACH", null, inDays(14), null)
                .andExpect(flash().attribute("message", "meeting.error.goal.none"));
        decide(meeting, caseB, "Volgende keer verder", null, null, null, null, null)
                .andExpect(flash().attribute("message", "meeting.decision.added"));

        UUID actionId = jdbc.sql("select id from plan_action where youth_id = :y and description = :d")
                .param("y", youthA)
                .param("d", "Aanmelden bij het leerwerkloket")
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("select count(*) from case_action where case_id = :c and action_id = :a")
                        .param("c", caseA)
                        .param("a", actionId)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("select count(*) from plan_action where youth_id = :y")
                        .param("y", youthB)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(page(get("/youths/{id}/plan", youthA), "coach")).contains("Aanmelden bij het leerwerkloket");
        assertThat(fixtures.accessLogRows(youthA, "CREATE", "ALLOWED")).isGreaterThanOrEqualTo(3);

        mvc.perform(post("/meetings/{id}/attendance", meeting)
                        .with(logins.as("coordinator"))
                        .with(csrf())
                        .param("attended", rmc.toString())
                        .param(
                                "representative_" + rmc,
                                logins.currentUser("partner").id().toString()))
                .andExpect(flash().attribute("message", "meeting.attendance.saved"));
        mvc.perform(post("/meetings/{id}/minutes", meeting)
                        .with(logins.as("coordinator"))
                        .with(csrf())
                        .param("minutes", "Twee casussen besproken."))
                .andExpect(flash().attribute("message", "meeting.minutes.saved"));
        assertThat(page(get("/meetings/{id}", meeting), "partner"))
                .contains("Twee casussen besproken.")
                .contains("vertegenwoordigd door Anita Partner");

        // The youth did it; the next meeting shows the action as done.
        mvc.perform(post("/plan/actions/{id}/status", actionId)
                        .with(logins.as("coach"))
                        .with(csrf())
                        .param("status", "DONE"))
                .andExpect(status().is3xxRedirection());
        UUID next = plan(inDays(21), rmc);
        addCase(next, youthA, "Hoe gaat het nu?").andExpect(flash().attribute("message", "meeting.case.added"));
        assertThat(page(get("/meetings/{id}", next), "coordinator"))
                .contains("Acties uit eerdere overleggen")
                .contains("Aanmelden bij het leerwerkloket")
                .contains("(Klaar)");
    }

    @Test
    void othersGet404() throws Exception {
        UUID meeting = plan(inDays(3), rmc, mbo);
        addCase(meeting, youthA, "Vraagkanarie van coach").andExpect(status().is3xxRedirection());
        UUID caseA = caseOf(meeting, youthA);

        // coach3 works for another organisation: opens the upcoming meeting, but never the case.
        assertThat(page(get("/meetings/{id}", meeting), "coach3"))
                .doesNotContain(familyA)
                .doesNotContain("Vraagkanarie");
        mvc.perform(preread(meeting, caseA, rmc).with(logins.as("coach3"))).andExpect(status().isNotFound());
        addCase(meeting, youthA, "Ook mijn vraag", "coach3").andExpect(status().isNotFound());

        for (String someone : List.of("analyst", "employer", "admin")) {
            mvc.perform(get("/meetings/{id}", meeting).with(logins.as(someone))).andExpect(status().isNotFound());
            mvc.perform(preread(meeting, caseA, rmc).with(logins.as(someone))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/meetings").with(logins.as("analyst"))).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/new").with(logins.as("coach"))).andExpect(status().isNotFound());

        String uwvPartner = partnerAccount(fixtures.organisationId(UWV));
        mvc.perform(get("/meetings/{id}", meeting).with(logins.as(uwvPartner))).andExpect(status().isNotFound());
        mvc.perform(preread(meeting, caseA, rmc).with(logins.as(uwvPartner))).andExpect(status().isNotFound());
        assertThat(page(get("/meetings"), uwvPartner)).doesNotContain("/meetings/" + meeting);

        // The invited RMC partner: its own pre-read only, and no chair's work.
        mvc.perform(preread(meeting, caseA, mbo).with(logins.as("partner"))).andExpect(status().isNotFound());
        mvc.perform(post("/meetings/{id}/cases/{c}/decisions", meeting, caseA)
                        .with(logins.as("partner"))
                        .with(csrf())
                        .param("text", "Besluit"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/meetings/{id}/minutes", meeting)
                        .with(logins.as("coach"))
                        .with(csrf())
                        .param("minutes", "Verslag"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/meetings/{id}", UUID.randomUUID()).with(logins.as("coordinator")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from case_decision where case_id = :c")
                        .param("c", caseA)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void planningAMeetingWithoutDateOrOrganisationsShowsTheErrors() throws Exception {
        String html = html(mvc.perform(post("/meetings/new")
                        .with(logins.as("coordinator"))
                        .with(csrf())
                        .param("date", "31-02-2026"))
                .andExpect(status().isOk()));
        assertThat(html)
                .contains("Vul een geldige datum in")
                .contains("Kies minstens één organisatie om uit te nodigen.");
        assertThat(page(get("/meetings/new"), "coordinator")).contains(RMC, MBO);
    }

    private UUID plan(String date, UUID... organisations) throws Exception {
        MockHttpServletRequestBuilder request = post("/meetings/new")
                .with(logins.as("coordinator"))
                .with(csrf())
                .param("date", date);
        for (UUID organisation : organisations) {
            request.param("organisations", organisation.toString());
        }
        String location = mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "meeting.created"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/meetings/");
        return UUID.fromString(location.substring("/meetings/".length()));
    }

    private ResultActions addCase(UUID meeting, UUID youth, String question) throws Exception {
        return addCase(meeting, youth, question, "coach");
    }

    private ResultActions addCase(UUID meeting, UUID youth, String question, String coach) throws Exception {
        return mvc.perform(post("/meetings/{id}/cases", meeting)
                .with(logins.as(coach))
                .with(csrf())
                .param("youthId", youth.toString())
                .param("question", question));
    }

    private UUID caseOf(UUID meeting, UUID youth) {
        return jdbc.sql("select id from meeting_case where meeting_id = :m and youth_id = :y")
                .param("m", meeting)
                .param("y", youth)
                .query(UUID.class)
                .single();
    }

    private ResultActions decide(
            UUID meeting,
            UUID caseId,
            String text,
            String description,
            String ownerType,
            UUID organisation,
            String dueDate,
            UUID goal)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/meetings/{id}/cases/{c}/decisions", meeting, caseId)
                .with(logins.as("coordinator"))
                .with(csrf())
                .param("text", text);
        if (description != null) {
            request.param("actionDescription", description)
                    .param("ownerType", ownerType)
                    .param("dueDate", dueDate);
        }
        if (organisation != null) {
            request.param("organisationId", organisation.toString());
        }
        if (goal != null) {
            request.param("goalId", goal.toString());
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private static MockHttpServletRequestBuilder preread(UUID meeting, UUID caseId, UUID organisation) {
        return get("/meetings/{id}/cases/{c}/preread", meeting, caseId).param("organisation", organisation.toString());
    }

    private void recordConsent(UUID youth, UUID organisationId, List<String> categories) {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "consentForm");
        boolean saved = consents.record(
                logins.currentUser("coach"),
                youth,
                new ConsentForm(
                        organisationId,
                        categories,
                        "CONSENT",
                        "GRANTED",
                        "VERBAL",
                        LocalDate.now().format(DUTCH),
                        null,
                        null,
                        null),
                errors);
        assertThat(saved).as(errors.toString()).isTrue();
    }

    private String partnerAccount(UUID organisationId) {
        String username = "uwv." + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into account (id, username, display_name, password_hash, role, organisation_id)
                        values (:id, :u, 'Test Uwv Partner', '{noop}not-used', 'PARTNER', :org)
                        """)
                .param("id", UUID.randomUUID())
                .param("u", username)
                .param("org", organisationId)
                .update();
        return username;
    }

    private static String inDays(int days) {
        return LocalDate.now().plusDays(days).format(DUTCH);
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return html(mvc.perform(request.with(logins.as(username))).andExpect(status().isOk()));
    }

    private static String html(ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
