package nl.overstap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.overstap.browser.BrowserSupport.assertAccessible;
import static nl.overstap.browser.BrowserSupport.assertNoHorizontalScroll;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The match pipeline in the browser, shared by the match journeys: from the coach's proposal page
 * (a bad number of hours first) through the employer's anonymous profile, the youth's consent, the
 * named profile, introduction, trial and start (the confirmation forgotten first), the trajectory in
 * Borg, to the employer's week-1 check-in. axe on every page, the employer's pages at 320 px.
 */
final class MatchJourney {

    static final int NARROW = 320;

    private MatchJourney() {}

    /** The youth and place of one journey: the youth's full name and family name, and the place's title. */
    record Subject(UUID youthId, UUID trajectoryId, String name, String familyName, String placeTitle) {}

    /**
     * Starts with the coach on the proposal page of the subject's youth and place; ends after the
     * employer answered the week-1 check-in (checked in the database too).
     */
    static void proposeConsentStartAndCheckIn(BrowserSupport test, JdbcClient jdbc, Page coach, Subject subject) {
        String name = subject.name();
        String title = subject.placeTitle();
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

        // The employer, on a phone, sees the proposal for this place as an anonymous profile.
        Page employer = test.newPage(new Browser.NewContextOptions().setViewportSize(NARROW, 800));
        test.loginAs("employer", employer);
        link(employer, "Voorstellen").first().click();
        assertThat(heading(employer, "Voorstellen")).isVisible();
        assertAccessible(employer);
        assertNoHorizontalScroll(employer, NARROW);
        employer.locator("li.card")
                .filter(new Locator.FilterOptions().setHasText(title))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Kandidaat, ")))
                .click();
        assertThat(heading(employer, "Anonieme kandidaat")).isVisible();
        assertThat(employer.locator("main")).containsText("32 uur per week");
        assertThat(employer.locator("main")).not().containsText(subject.familyName());
        assertAccessible(employer);
        assertNoHorizontalScroll(employer, NARROW);
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
        assertNoHorizontalScroll(employer, NARROW);

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
                        .param("id", subject.trajectoryId())
                        .query(String.class)
                        .single())
                .isEqualTo("BORG");

        // The coach sees the follow-up with its check-ins and milestones.
        link(coach, "Naar de borging").click();
        assertThat(heading(coach, "Borging na de start")).isVisible();
        assertThat(coach.locator("main")).containsText("Mijlpalen");
        assertAccessible(coach);

        // The employer answers the week-1 check-in (nothing chosen first).
        employer.navigate(test.url("/proposals"));
        link(employer, "Check-ins na de start").click();
        assertThat(heading(employer, "Check-ins")).isVisible();
        assertAccessible(employer);
        assertNoHorizontalScroll(employer, NARROW);
        link(employer, title + ", na 1 week").click();
        assertThat(heading(employer, "Check-in: " + title)).isVisible();
        assertAccessible(employer);
        assertNoHorizontalScroll(employer, NARROW);
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
        assertNoHorizontalScroll(employer, NARROW);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                        select still_there and going_well and not concern from followup_checkin c
                          join match_proposal m on m.id = c.match_id
                         where m.youth_id = :y and c.party = 'EMPLOYER' and c.period = 'P1W'
                        """)
                        .param("y", subject.youthId())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }
}
