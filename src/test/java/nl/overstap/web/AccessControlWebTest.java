package nl.overstap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.overstap.identity.TestLogins;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.YouthFactory;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Who may see and touch what: refused and unknown ids both answer the Dutch 404 page. */
@IntegrationTest
class AccessControlWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestLogins logins;

    @Autowired
    DemoFixtures fixtures;

    @Autowired
    YouthFactory youths;

    DemoFixtures.Ids coachYouth;

    @BeforeEach
    void pickYouth() {
        coachYouth = youths.withTrajectory(
                "coach", "Toegangtest" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void coachOfAnotherOrganisationGets404OnTheFile() throws Exception {
        long deniedBefore = fixtures.accessLogRows(coachYouth.youthId(), "READ", "DENIED");
        mvc.perform(get("/youths/{id}", coachYouth.youthId()).with(logins.as("coach3")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Pagina niet gevonden")))
                .andExpect(content()
                        .string(Matchers.not(Matchers.containsString(fixtures.familyNameOf(coachYouth.youthId())))));
        assertThat(fixtures.accessLogRows(coachYouth.youthId(), "READ", "DENIED"))
                .isEqualTo(deniedBefore + 1);
    }

    @Test
    void unknownIdLooksExactlyLikeAForbiddenOne() throws Exception {
        String unknown = mvc.perform(get("/youths/{id}", UUID.randomUUID()).with(logins.as("coach3")))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String forbidden = mvc.perform(get("/youths/{id}", coachYouth.youthId()).with(logins.as("coach3")))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(strip(forbidden)).isEqualTo(strip(unknown));
    }

    @Test
    void malformedIdIsAlso404() throws Exception {
        mvc.perform(get("/youths/not-a-uuid").with(logins.as("coach"))).andExpect(status().isNotFound());
    }

    @Test
    void coachOfAnotherOrganisationGets404OnTheContactForm() throws Exception {
        mvc.perform(get("/trajectories/{id}/contacts/new", coachYouth.trajectoryId())
                        .with(logins.as("coach3")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/trajectories/{id}/contacts", coachYouth.trajectoryId())
                        .with(logins.as("coach3"))
                        .with(csrf())
                        .param("date", "01-11-2026")
                        .param("time", "10:00")
                        .param("channel", "PHONE")
                        .param("counterpart", "YOUTH"))
                .andExpect(status().isNotFound());
    }

    @Test
    void searchNeverShowsYouthsOfAnotherOrganisation() throws Exception {
        String family = fixtures.familyNameOf(coachYouth.youthId());
        mvc.perform(post("/search").with(logins.as("coach3")).with(csrf()).param("q", family))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.not(
                                Matchers.containsString(coachYouth.youthId().toString()))));
        mvc.perform(post("/search").with(logins.as("coach")).with(csrf()).param("q", family))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString(coachYouth.youthId().toString())));
    }

    @Test
    void adminPartnerWithoutConsentAndAnalystGet404OnYouthFiles() throws Exception {
        for (String user : new String[] {"admin", "partner", "analyst"}) {
            mvc.perform(get("/youths/{id}", coachYouth.youthId()).with(logins.as(user)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/caseload").with(logins.as(user))).andExpect(status().isNotFound());
            mvc.perform(get("/youths/{id}/consent", coachYouth.youthId()).with(logins.as(user)))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/search").with(logins.as(user)).with(csrf()).param("q", "de"))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void colleagueReadsTheFileButCannotLogContactsOnIt() throws Exception {
        mvc.perform(get("/youths/{id}", coachYouth.youthId()).with(logins.as("coach2")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Contact vastleggen"))));
        mvc.perform(get("/trajectories/{id}/contacts/new", coachYouth.trajectoryId())
                        .with(logins.as("coach2")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/trajectories/{id}/phase", coachYouth.trajectoryId())
                        .with(logins.as("coach2"))
                        .with(csrf())
                        .param("target", "CLOSED"))
                .andExpect(status().isNotFound());
    }

    @Test
    void coachAndCoordinatorSeeWhoLookedOthersDoNot() throws Exception {
        mvc.perform(get("/youths/{id}", coachYouth.youthId()).with(logins.as("coach")))
                .andExpect(status().isOk());
        mvc.perform(get("/youths/{id}/access-log", coachYouth.youthId()).with(logins.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Marieke Coach")));
        mvc.perform(get("/youths/{id}/access-log", coachYouth.youthId()).with(logins.as("coach")))
                .andExpect(status().isOk());
        mvc.perform(get("/youths/{id}/access-log", coachYouth.youthId()).with(logins.as("coach3")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/youths/{id}/access-log", coachYouth.youthId()).with(logins.as("partner")))
                .andExpect(status().isNotFound());
    }

    @Test
    void adminPagesAreForAdminsOnly() throws Exception {
        mvc.perform(get("/admin").with(logins.as("coach"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin").with(logins.as("admin"))).andExpect(status().isOk());
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/caseload"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.endsWith("/login")));
    }

    @Test
    void stateChangesWithoutCsrfTokenAreRefused() throws Exception {
        long before = fixtures.count("youth");
        mvc.perform(post("/youths")
                        .with(logins.as("coach"))
                        .param("givenNames", "Zonder")
                        .param("familyName", "Token")
                        .param("dateOfBirth", "01-01-2006")
                        .param("municipality", "DELFT")
                        .param("educationStatus", "UNKNOWN")
                        .param("startQualification", "UNKNOWN"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.endsWith("/login?expired")));
        assertThat(fixtures.count("youth")).isEqualTo(before);
    }

    @Test
    void personalPagesCarryStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/youths/{id}", coachYouth.youthId()).with(logins.as("coach")))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self'")))
                .andExpect(
                        header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")));
    }

    @Test
    void healthIsUpIncludingTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("\"db\":{\"status\":\"UP\"}")));
    }

    private static String strip(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
                .replaceAll("name=\"csrf-token\" content=\"[^\"]*\"", "")
                .replaceAll("content=\"[A-Za-z0-9_-]{30,}\"", "");
    }
}
