package nl.overstap.browser;

import com.microsoft.playwright.Page;
import java.util.UUID;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.MatchScenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The match journey in Chromium, axe on every page, the employer's pages at 320 px: the coach
 * proposes a youth in Match for a place (a bad number of hours first), the employer sees only the
 * anonymous profile, the coach records the youth's consent and the employer sees the name, the coach
 * records introduction, trial and start (the confirmation forgotten first), the trajectory is in
 * Borg, and the employer answers the week-1 check-in. Starts from a place made in SQL and the
 * proposal page's address; {@link PlaceAndMatchingBrowserTest} walks the same steps ({@link
 * MatchJourney}) from a place the employer added and the ranked list.
 */
@IntegrationTest
class MatchFlowBrowserTest extends BrowserSupport {

    @Autowired
    MatchScenario scenario;

    @Autowired
    JdbcClient jdbc;

    @Test
    void coachProposesEmployerSeesAnonymousThenNamedYouthStartsAndEmployerChecksIn() {
        String family = uniqueFamilyName("Match");
        String name = "Testjongere " + family;
        DemoFixtures.Ids youth = scenario.youthInMatch("coach", family);
        String title = "Monteur in opleiding " + UUID.randomUUID().toString().substring(0, 6);
        UUID place = scenario.place("employer", title, 2);

        // The coach opens the proposal page from the place (as the ranked list links to it).
        Page coach = loginAs("coach");
        coach.navigate(url("/youths/" + youth.youthId() + "/matches/new?placeId=" + place));
        MatchJourney.proposeConsentStartAndCheckIn(
                this,
                jdbc,
                coach,
                new MatchJourney.Subject(youth.youthId(), youth.trajectoryId(), name, family, title));
    }
}
