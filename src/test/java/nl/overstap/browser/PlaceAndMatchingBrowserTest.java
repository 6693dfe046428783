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
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.YouthFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Places and matching in Chromium, with axe on every page, one journey: the employer (on a 320 px
 * phone) adds a place (first with hours the wrong way round, then right); a coach opens the ranked
 * list of places for a youth in Match whose scan fits the place, reads the reasons, gives distance
 * more weight and reads what changed, and follows "Voorstellen" of that place; from there {@link
 * MatchJourney} proposes, the employer sees the anonymous profile, the youth consents, the employer
 * sees the name, introduction, trial and start put the trajectory in Borg and the employer answers the
 * week-1 check-in. The other place pages at 320 px too.
 */
@IntegrationTest
class PlaceAndMatchingBrowserTest extends BrowserSupport {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    YouthFactory youths;

    @Test
    void employerAddsAPlaceCoachMatchesAndProposesYouthConsentsStartsAndEmployerChecksIn() {
        String title = "Leerling monteur " + UUID.randomUUID().toString().substring(0, 6);
        String familyName = uniqueFamilyName("Plek");
        DemoFixtures.Ids ids = youths.withTrajectory("coach", familyName);
        UUID youthId = ids.youthId();
        jdbc.sql("update trajectory set phase = 'MATCH' where youth_id = :y and phase <> 'CLOSED'")
                .param("y", youthId)
                .update();
        jdbc.sql("""
                        insert into scan (id, youth_id, scan_date, interests, participants, created_by, created_at)
                        select gen_random_uuid(), :y, current_date, '{TECHNOLOGY}', '{YOUTH}', a.id, now()
                          from account a where a.username = 'coach'
                        """).param("y", youthId).update();

        // The employer, on a phone, adds a place: first with the hours the wrong way round.
        Page employer = newPage(new Browser.NewContextOptions().setViewportSize(320, 800));
        loginAs("employer", employer);
        assertAccessible(employer);
        assertNoHorizontalScroll(employer, 320);
        link(employer, "Plekken").click();
        assertThat(heading(employer, "Onze plekken")).isVisible();
        assertAccessible(employer);
        assertNoHorizontalScroll(employer, 320);
        link(employer, "Plek toevoegen").click();
        assertThat(heading(employer, "Plek toevoegen")).isVisible();
        assertAccessible(employer);
        assertNoHorizontalScroll(employer, 320);
        field(employer, "Soort plek").selectOption(new SelectOption().setLabel("Baan"));
        field(employer, "Sector").selectOption(new SelectOption().setLabel("Techniek"));
        field(employer, "Titel").fill(title);
        field(employer, "Beschrijving").fill("Je helpt onze monteurs bij het installeren van warmtepompen.");
        field(employer, "Postcode").fill("2511 AB");
        field(employer, "Gemeente").selectOption(new SelectOption().setLabel("Den Haag"));
        field(employer, "Minimaal aantal uren per week").fill("32");
        field(employer, "Maximaal aantal uren per week").fill("24");
        field(employer, "Startdatum")
                .fill(LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(14).format(DUTCH_DATE));
        group(employer, "Is er een werkplekbegeleider?")
                .getByLabel("Ja", new Locator.GetByLabelOptions().setExact(true))
                .check();
        button(employer, "Plek opslaan").click();

        Locator summary = employer.getByRole(AriaRole.ALERT);
        assertThat(summary).isVisible();
        assertThat(summary)
                .containsText("Het maximale aantal uren moet gelijk zijn aan of hoger zijn dan het minimale aantal.");
        assertAccessible(employer);
        assertNoHorizontalScroll(employer, 320);
        assertThat(field(employer, "Titel")).hasValue(title);
        assertThat(field(employer, "Minimaal aantal uren per week")).hasValue("32");

        field(employer, "Minimaal aantal uren per week").fill("24");
        field(employer, "Maximaal aantal uren per week").fill("32");
        button(employer, "Plek opslaan").click();
        assertThat(employer).hasURL(Pattern.compile(".*/places/[0-9a-f-]{36}$"));
        assertThat(heading(employer, title)).isVisible();
        assertThat(employer.getByRole(AriaRole.STATUS)).containsText("De plek is opgeslagen.");
        assertAccessible(employer);
        assertNoHorizontalScroll(employer, 320);

        // The coach opens the youth's file (in Match) and searches places.
        Page coach = loginAs("coach");
        coach.navigate(url("/youths/" + youthId));
        assertAccessible(coach);
        coach.getByRole(AriaRole.MAIN)
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Plekken zoeken").setExact(true))
                .first()
                .click();
        assertThat(heading(coach, "Plekken voor Testjongere " + familyName)).isVisible();
        assertAccessible(coach);
        Locator card = coach.locator("li.card", new Page.LocatorOptions().setHasText(title));
        assertThat(card).containsText("techniek is een interesse van de jongere");
        assertThat(card).containsText("minuten reizen");
        assertThat(card).containsText("beschikbare uren van de jongere niet ingevuld");
        assertThat(card.getByRole(
                        AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Voorstellen"))))
                .hasAttribute("href", Pattern.compile(".*/youths/" + youthId + "/matches/new\\?placeId=.*"));

        // Distance counts more: the list says what changed.
        coach.getByText("Zoekgegevens en gewichten aanpassen").click();
        field(coach, "Uren per week beschikbaar").fill("32");
        field(coach, "Afstand en reistijd").selectOption("5");
        button(coach, "Opnieuw zoeken").click();
        assertThat(coach.getByText("Afstand en reistijd telt zwaarder dan standaard (5 in plaats van 3)."))
                .isVisible();
        assertThat(coach.locator("li.card", new Page.LocatorOptions().setHasText(title)))
                .containsText("24 tot 32 uur per week: past bij 32 uur beschikbaar");
        assertAccessible(coach);

        // The coach proposes the youth for exactly this place, from the ranked list.
        coach.locator("li.card", new Page.LocatorOptions().setHasText(title))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Voorstellen")))
                .click();
        assertThat(coach).hasURL(Pattern.compile(".*/youths/" + youthId + "/matches/new\\?placeId=.*"));
        MatchJourney.proposeConsentStartAndCheckIn(
                this,
                jdbc,
                coach,
                new MatchJourney.Subject(youthId, ids.trajectoryId(), "Testjongere " + familyName, familyName, title));
    }

    @Test
    void placePagesWorkAt320PixelsWithoutHorizontalScrolling() {
        Page page = newPage(new Browser.NewContextOptions().setViewportSize(320, 640));
        loginAs("coach", page);
        page.navigate(url("/places"));
        assertThat(heading(page, "Open plekken in de regio")).isVisible();
        assertNoHorizontalScroll(page, 320);
        assertAccessible(page);
        page.navigate(url("/places/new"));
        assertNoHorizontalScroll(page, 320);
        assertAccessible(page);
        page.navigate(url("/places"));
        page.locator("table tbody a").first().click();
        assertNoHorizontalScroll(page, 320);
        assertAccessible(page);
        link(page, "Kandidaten bekijken").click();
        assertNoHorizontalScroll(page, 320);
        assertAccessible(page);
        UUID youthId = jdbc.sql("""
                        select t.youth_id from trajectory t join account a on a.id = t.coach_id
                         where a.username = 'coach' and t.phase = 'MATCH' order by t.id limit 1
                        """).query(UUID.class).optional().orElse(null);
        if (youthId != null) {
            page.navigate(url("/youths/" + youthId + "/places"));
            assertNoHorizontalScroll(page, 320);
            assertAccessible(page);
        }
    }
}
