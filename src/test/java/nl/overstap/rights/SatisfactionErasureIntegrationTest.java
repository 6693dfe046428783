package nl.overstap.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.UUID;
import nl.overstap.contact.Contacts;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.support.IntegrationTest;
import nl.overstap.trajectory.PhaseChangeForm;
import nl.overstap.trajectory.Trajectories;
import nl.overstap.youth.YouthRegistration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.MapBindingResult;

/**
 * Erasure keeps the satisfaction rating, like the outcome: a number and a yes/no without free text,
 * so the results still count the youth once the names and notes are gone.
 */
@IntegrationTest
class SatisfactionErasureIntegrationTest {

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

    @Test
    void erasureKeepsTheRatingAndRemovesTheClosingReason() {
        RightsFixtures fixtures = new RightsFixtures(registration, trajectories, contacts, jdbc);
        CurrentUser coach = logins.currentUser("coach");
        RightsFixtures.Youth youth = fixtures.youthWithOpenTrajectory(coach);
        MapBindingResult closeErrors = new MapBindingResult(new HashMap<>(), "phaseChangeForm");
        assertThat(trajectories.changePhase(
                        coach,
                        youth.trajectoryId(),
                        new PhaseChangeForm(
                                "CLOSED", "Reden-" + youth.familyName(), "WORK", "GOAL_REACHED", "9", "YES"),
                        closeErrors))
                .isTrue();

        MapBindingResult requestErrors = new MapBindingResult(new HashMap<>(), "erasureRequestForm");
        UUID request =
                erasures.request(coach, youth.id(), new ErasureRequestForm("De jongere vraagt erom"), requestErrors);
        assertThat(requestErrors.getAllErrors()).isEmpty();
        MapBindingResult decisionErrors = new MapBindingResult(new HashMap<>(), "erasureDecisionForm");
        assertThat(erasures.decide(
                        logins.currentUser("coordinator"),
                        request,
                        true,
                        new ErasureDecisionForm("Akkoord, geen bewaarplicht"),
                        decisionErrors))
                .isEqualTo(youth.id());

        assertThat(fixtures.field(youth, "family_name")).isEqualTo(Anonymiser.PLACEHOLDER_FAMILY_NAME);
        assertThat(jdbc.sql("select satisfaction_score from trajectory where id = :id")
                        .param("id", youth.trajectoryId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(9);
        assertThat(jdbc.sql("select would_recommend from trajectory where id = :id")
                        .param("id", youth.trajectoryId())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("select count(*) from phase_change where trajectory_id = :id and reason is not null")
                        .param("id", youth.trajectoryId())
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
