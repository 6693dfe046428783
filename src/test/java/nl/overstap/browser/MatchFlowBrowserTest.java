package nl.overstap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.overstap.browser.CoachJourneyBrowserTest.button;
import static nl.overstap.browser.CoachJourneyBrowserTest.field;
import static nl.overstap.browser.CoachJourneyBrowserTest.group;
import static nl.overstap.browser.CoachJourneyBrowserTest.heading;
import static nl.overstap.browser.CoachJourneyBrowserTest.link;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
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
 * Borg, and the employer answers the week-1 check-in.
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
        assertThat(heading(coach, name + " voorstellen voor een plek")).isVisible();
        assertThat(heading(coach, title)).isVisible();
        assertAccessible(coach);
        field(coach, "Beschikbaar (uren per week)").fill("99");
        field(coach, "Toelichting voor de werkgever of school").fill("Gemotiveerd, wil de techniek in.");
        button(coach, "Voorstellen").click();
        Locator summary = coach.getByRole(AriaRole.ALERT);
        assertThat(summary).containsText("Vul een aantal uren in van 1 tot en met 40.");
        assertThat(field(coach, "Toelichting voor de werkgever of school"))
                .hasValue("Gemotiveerd, wil de techniek in.");
        assertAccessible(coach);
        field(coach, "Beschikbaar (uren per week)").fill("32");
        button(coach, "Voorstellen").click();
        assertThat(coach).hasURL(Pattern.compile(".*/matches/[0-9a-f-]{36}$"));
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("De jongere is voorgesteld.");
        assertThat(heading(coach, name + " voor " + title)).isVisible();
        assertAccessible(coach);
        String matchUrl = coach.url();

        // The employer, on a phone, sees the proposal as an anonymous profile.
        Page employer = newPage(new Browser.NewContextOptions().setViewportSize(320, 800));
        loginAs("employer", employer);
        link(employer, "Voorstellen").first().click();
        assertThat(heading(employer, "Voorstellen")).isVisible();
        assertAccessible(employer);
        assertNoHorizontalScroll(employer, 320);
        employer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Kandidaat, ")))
                .first()
                .click();
        assertThat(heading(employer, "Anonieme kandidaat")).isVisible();
        assertThat(employer.locator("main")).containsText("32 uur per week");
        assertThat(employer.locator("main")).not().containsText(family);
        assertAccessible(employer);
        assertNoHorizontalScroll(employer, 320);
        String proposalUrl = employer.url();

        // The coach records the youth's consent to share name and contact details with the employer.
        group(coach, "Hoe gaf de jongere toestemming?")
                .getByLabel("Mondeling", new Locator.GetByLabelOptions().setExact(true))
                .check();
        button(coach, "Toestemming vastleggen").click();
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("De toestemming is vastgelegd.");
        assertAccessible(coach);

        // The employer now sees the name.
        employer.navigate(proposalUrl);
        assertThat(heading(employer, "Kandidaat: " + name)).isVisible();
        assertThat(employer.locator("main")).containsText("0612345678");
        assertAccessible(employer);
        assertNoHorizontalScroll(employer, 320);

        // The coach records the introduction and the trial, then the start (first without confirming).
        for (String step : new String[] {"Kennismaking", "Proefplaatsing"}) {
            group(coach, "Welke stap?")
                    .getByLabel(step, new Locator.GetByLabelOptions().setExact(true))
                    .check();
            button(coach, "Stap vastleggen").click();
            assertThat(coach.getByRole(AriaRole.STATUS)).containsText("De stap is vastgelegd.");
        }
        assertAccessible(coach);
        button(coach, "Start bevestigen").click();
        assertThat(coach.getByRole(AriaRole.ALERT)).containsText("Vink aan dat u de start bevestigt.");
        assertAccessible(coach);
        field(coach, "Ik bevestig dat de jongere op deze datum begint op deze plek")
                .check();
        button(coach, "Start bevestigen").click();
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("De start is bevestigd. Het traject is nu in Borg.");
        assertThat(coach).hasURL(matchUrl);
        assertAccessible(coach);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select phase from trajectory where id = :id")
                        .param("id", youth.trajectoryId())
                        .query(String.class)
                        .single())
                .isEqualTo("BORG");

        // The coach sees the follow-up with its check-ins and milestones.
        link(coach, "Naar de borging").click();
        assertThat(heading(coach, "Borging na de start")).isVisible();
        assertThat(coach.locator("main")).containsText("Mijlpalen");
        assertAccessible(coach);

        // The employer answers the week-1 check-in.
        employer.navigate(url("/proposals"));
        link(employer, "Check-ins na de start").click();
        assertThat(heading(employer, "Check-ins")).isVisible();
        assertAccessible(employer);
        assertNoHorizontalScroll(employer, 320);
        link(employer, title + ", na 1 week").click();
        assertThat(heading(employer, "Check-in: " + title)).isVisible();
        assertAccessible(employer);
        assertNoHorizontalScroll(employer, 320);
        button(employer, "Versturen").click();
        assertThat(employer.getByRole(AriaRole.ALERT)).containsText("Kies ja of nee.");
        assertAccessible(employer);
        for (String[] answer : new String[][] {
            {"Is de jongere nog op de plek?", "Ja"}, {"Gaat het goed?", "Ja"}, {"Is er een zorg?", "Nee"}
        }) {
            group(employer, answer[0])
                    .getByLabel(answer[1], new Locator.GetByLabelOptions().setExact(true))
                    .check();
        }
        button(employer, "Versturen").click();
        assertThat(employer.getByRole(AriaRole.STATUS)).containsText("Dank u wel. Uw antwoord is opgeslagen.");
        assertAccessible(employer);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                        select still_there and going_well and not concern from followup_checkin c
                          join match_proposal m on m.id = c.match_id
                         where m.youth_id = :y and c.party = 'EMPLOYER' and c.period = 'P1W'
                        """)
                        .param("y", youth.youthId())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }
}
