package nl.overstap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.overstap.browser.CoachJourneyBrowserTest.field;
import static nl.overstap.browser.CoachJourneyBrowserTest.heading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.overstap.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Keyboard only: the skip link and logging in without a mouse. And access in the browser: a coach of
 * another organisation and the administrator get the same Dutch 404 for a youth file.
 */
@IntegrationTest
class KeyboardAndAccessBrowserTest extends BrowserSupport {

    @Test
    void skipLinkIsTheFirstTabStopOnTheLoginPageAndMovesFocusToMain() {
        Page page = newPage();
        page.navigate(url("/login"));
        assertThat(heading(page, "Inloggen")).isVisible();
        assertAccessible(page);

        page.keyboard().press("Tab");
        Object focused = page.evaluate("document.activeElement.outerHTML");
        assertTrue(
                String.valueOf(focused).contains("skip-link"),
                "The first Tab stop on the login page must be the skip link \"Naar de inhoud\", but focus is on "
                        + focused + " (an autofocus attribute makes the Tab order start there)");
        Locator skipLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de inhoud"));
        assertThat(skipLink).isFocused();
        assertThat(skipLink).isVisible();

        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*#main$"));
        assertThat(page.getByRole(AriaRole.MAIN)).isFocused();
        assertAccessible(page);
    }

    @Test
    void skipLinkIsTheFirstTabStopOnTheCaseloadAndMovesFocusToMain() {
        Page page = loginAs("coach");
        assertThat(heading(page, "Mijn jongeren")).isVisible();

        page.keyboard().press("Tab");
        Locator skipLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de inhoud"));
        assertThat(skipLink).isFocused();
        assertThat(skipLink).isVisible();
        assertAccessible(page);

        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.MAIN)).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).not().hasCount(0);
        assertEquals(
                Boolean.TRUE,
                page.evaluate("document.getElementById('main').contains(document.activeElement)"),
                "After the skip link, Tab continues inside main, not in the header");
    }

    @Test
    void coachLogsInWithTheKeyboardOnly() {
        Page page = newPage();
        page.navigate(url("/login"));
        assertAccessible(page);

        field(page, "Gebruikersnaam").focus();
        page.keyboard().type("coach");
        page.keyboard().press("Tab");
        assertThat(field(page, "Wachtwoord")).isFocused();
        page.keyboard().type(PASSWORD);
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile(".*/caseload$"));
        assertThat(heading(page, "Mijn jongeren")).isVisible();
        assertAccessible(page);
    }

    @Test
    void wrongPasswordShowsTheDutchErrorAndStaysAccessible() {
        Page page = newPage();
        page.navigate(url("/login"));
        field(page, "Gebruikersnaam").fill("onbekend-account");
        field(page, "Wachtwoord").fill("niet-het-wachtwoord");
        field(page, "Wachtwoord").press("Enter");

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Inloggen is niet gelukt");
        assertAccessible(page);
    }

    @Test
    void coachOfAnotherOrganisationGetsTheDutch404ForAYouthFile() {
        YouthLink youth = aYouthOfCoach();

        Page other = loginAs("coach3");
        assertAccessible(other);
        Response response = other.navigate(url(youth.path()));

        assertEquals(404, response.status());
        assertNotFoundPage(other, youth);
    }

    @Test
    void adminGetsTheDutch404ForAYouthFile() {
        YouthLink youth = aYouthOfCoach();

        Page admin = loginAs("admin");
        assertThat(admin).hasURL(Pattern.compile(".*/admin$"));
        assertAccessible(admin);
        Response response = admin.navigate(url(youth.path()));

        assertEquals(404, response.status());
        assertNotFoundPage(admin, youth);
    }

    private void assertNotFoundPage(Page page, YouthLink youth) {
        assertThat(page).hasTitle("Pagina niet gevonden");
        assertThat(heading(page, "Pagina niet gevonden")).isVisible();
        assertThat(page.getByText("Deze pagina bestaat niet, of je hebt er geen toegang toe."))
                .isVisible();
        assertThat(page.locator("main")).not().containsText(youth.name());
        assertAccessible(page);
    }

    /** The first youth on coach's caseload, read from the link in the table. */
    private YouthLink aYouthOfCoach() {
        Page coach = loginAs("coach");
        assertThat(heading(coach, "Mijn jongeren")).isVisible();
        assertAccessible(coach);
        Locator link = coach.locator("#results")
                .getByRole(AriaRole.LINK)
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("\\S")))
                .first();
        String path = link.getAttribute("href");
        assertThat(link).hasAttribute("href", Pattern.compile("^/youths/[0-9a-f-]{36}$"));
        YouthLink youth = new YouthLink(path, link.textContent().trim());
        coach.context().close();
        return youth;
    }

    private record YouthLink(String path, String name) {}
}
