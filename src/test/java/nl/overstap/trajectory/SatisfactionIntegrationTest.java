package nl.overstap.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.overstap.casefile.YouthFileQuery;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.YouthFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.MapBindingResult;

/**
 * The satisfaction rating at closing: stored with the close in one transaction, refused per field
 * with a Dutch message, optional, shown on the file and in the youth's own export.
 */
@IntegrationTest
class SatisfactionIntegrationTest {

    @Autowired
    Trajectories trajectories;

    @Autowired
    YouthFactory youths;

    @Autowired
    YouthFileQuery files;

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    CurrentUser coach;
    DemoFixtures.Ids ids;

    @BeforeEach
    void freshYouth() {
        coach = logins.currentUser("coach");
        ids = youths.withTrajectory(
                "coach", "Tevreden" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void closingStoresTheRatingAndTheFileShowsIt() {
        MapBindingResult errors = errors();
        assertThat(trajectories.changePhase(coach, ids.trajectoryId(), close("8", "YES"), errors))
                .as(errors.toString())
                .isTrue();
        assertThat(stored()).containsEntry("score", 8).containsEntry("recommend", true);
        var trajectory = files.read(coach, ids.youthId(), 0).trajectory();
        assertThat(trajectory.satisfactionScore()).isEqualTo(8);
        assertThat(trajectory.wouldRecommend()).isTrue();
    }

    @Test
    void aYouthWhoWasNotAskedLeavesBothEmpty() {
        assertThat(trajectories.changePhase(coach, ids.trajectoryId(), close(" ", "NOT_ASKED"), errors()))
                .isTrue();
        assertThat(stored()).containsEntry("score", null).containsEntry("recommend", null);
        assertThat(phase()).isEqualTo("CLOSED");
    }

    @Test
    void aScoreOutsideOneToTenKeepsTheTrajectoryOpen() {
        for (String typed : new String[] {"0", "11", "acht"}) {
            MapBindingResult errors = errors();
            assertThat(trajectories.changePhase(coach, ids.trajectoryId(), close(typed, "NO"), errors))
                    .isFalse();
            assertThat(errors.getFieldError("satisfactionScore")).as(typed).isNotNull();
            assertThat(phase()).isEqualTo("SCOUT");
            assertThat(stored()).containsEntry("score", null);
        }
        MapBindingResult errors = errors();
        assertThat(trajectories.changePhase(coach, ids.trajectoryId(), close("7", "MISSCHIEN"), errors))
                .isFalse();
        assertThat(errors.getFieldError("wouldRecommend").getCode()).isEqualTo("research.satisfaction.error.recommend");
    }

    @Test
    void theFormAsksForTheRatingAndShowsAWrongScoreWithWhatWasTyped() throws Exception {
        String form = mvc.perform(
                        get("/trajectories/" + ids.trajectoryId() + "/phase").with(logins.as("coach")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("Zou je de begeleiding aanraden?").contains("name=\"satisfactionScore\"");

        MockHttpServletResponse response = mvc.perform(post("/trajectories/" + ids.trajectoryId() + "/phase")
                        .with(csrf())
                        .with(logins.as("coach"))
                        .param("target", "CLOSED")
                        .param("reason", "Klaar met school")
                        .param("outcome", "EDUCATION")
                        .param("endReason", "GOAL_REACHED")
                        .param("satisfactionScore", "11")
                        .param("wouldRecommend", "YES"))
                .andReturn()
                .getResponse();
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(html).contains("Het cijfer moet 1 tot en met 10 zijn").contains("value=\"11\"");
        assertThat(phase()).isEqualTo("SCOUT");
    }

    @Test
    void theYouthsOwnExportHoldsTheRating() throws Exception {
        assertThat(trajectories.changePhase(coach, ids.trajectoryId(), close("6", "NO"), errors()))
                .isTrue();
        String json = mvc.perform(
                        get("/youths/" + ids.youthId() + "/export.json").with(logins.as("coach")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.replaceAll("\\s", ""))
                .contains("\"satisfactionScore\":6")
                .contains("\"wouldRecommend\":false");
        String html = mvc.perform(get("/youths/" + ids.youthId() + "/export").with(logins.as("coach")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Cijfer dat je gaf voor de begeleiding");
    }

    private static PhaseChangeForm close(String score, String recommend) {
        return new PhaseChangeForm("CLOSED", "Afgerond met de jongere", "WORK", "GOAL_REACHED", score, recommend);
    }

    private static MapBindingResult errors() {
        return new MapBindingResult(new HashMap<>(), "phaseChangeForm");
    }

    private Map<String, Object> stored() {
        return jdbc.sql(
                        "select satisfaction_score as score, would_recommend as recommend from trajectory where id = :id")
                .param("id", ids.trajectoryId())
                .query((rs, n) -> {
                    Map<String, Object> row = new HashMap<>();
                    row.put("score", rs.getObject("score") == null ? null : rs.getInt("score"));
                    row.put("recommend", rs.getObject("recommend"));
                    return row;
                })
                .single();
    }

    private String phase() {
        return jdbc.sql("select phase from trajectory where id = :id")
                .param("id", ids.trajectoryId())
                .query(String.class)
                .single();
    }
}
