package nl.overstap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import nl.overstap.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The coach's main journey in Chromium, with axe on every page: register a youth (first with bad
 * input), start a trajectory, log a contact, move to Scan, see it in the caseload; then the
 * coordinator finds the youth and sees who looked at the file. And the same pages at 320 px.
 */
@IntegrationTest
class CoachJourneyBrowserTest extends BrowserSupport {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final int NARROW = 320;

    @Test
    void coachRegistersStartsLogsAndMovesToScanCoordinatorSeesWhoLooked() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String givenNames = "Sanne Lotte";
        String familyName = uniqueFamilyName("Proef");
        String fullName = givenNames + " " + familyName;
        String bsn = randomBsn();

        // Coach logs in and lands on the caseload.
        Page coach = loginAs("coach");
        assertThat(coach).hasURL(Pattern.compile(".*/caseload$"));
        assertThat(heading(coach, "Mijn jongeren")).isVisible();
        assertAccessible(coach);

        // Opens the registration form.
        link(coach, "Jongere aanmelden").click();
        assertThat(heading(coach, "Jongere aanmelden")).isVisible();
        assertAccessible(coach);

        // Submits bad input: no family name, 14 years old, invalid BSN, invalid postcode.
        String tooYoung = today.minusYears(14).format(DUTCH_DATE);
        field(coach, "Voornamen").fill(givenNames);
        field(coach, "Geboortedatum").fill(tooYoung);
        field(coach, "BSN").fill("123456789");
        field(coach, "Postcode").fill("12345");
        field(coach, "Telefoonnummer").fill("06 12345678");
        field(coach, "E-mailadres").fill("sanne@voorbeeld.nl");
        field(coach, "Gemeente").selectOption(new SelectOption().setLabel("Delft"));
        field(coach, "Onderwijs").selectOption(new SelectOption().setLabel("Voortijdig schoolverlater"));
        group(coach, "Startkwalificatie")
                .getByLabel("Nee", new Locator.GetByLabelOptions().setExact(true))
                .check();
        field(coach, "Meervoudige problematiek").check();
        button(coach, "Jongere aanmelden").click();

        // Sees the error summary and the message next to each field.
        Locator summary = coach.getByRole(AriaRole.ALERT);
        assertThat(summary).isVisible();
        assertThat(summary).containsText("Er is iets niet goed ingevuld");
        expectFieldError(coach, summary, "Achternaam", "familyName", "Vul de achternaam in.");
        expectFieldError(coach, summary, "Geboortedatum", "dateOfBirth", "Deze jongere is jonger dan 16 jaar.");
        expectFieldError(coach, summary, "BSN", "bsn", "Dit is geen geldig BSN.");
        expectFieldError(coach, summary, "Postcode", "postcode", "Vul een Nederlandse postcode in");
        assertThat(summary.getByRole(AriaRole.LINK)).hasCount(4);
        assertThat(summary).isFocused();
        assertAccessible(coach);

        // Nothing typed is lost.
        assertThat(field(coach, "Voornamen")).hasValue(givenNames);
        assertThat(field(coach, "Achternaam")).hasValue("");
        assertThat(field(coach, "Geboortedatum")).hasValue(tooYoung);
        assertThat(field(coach, "BSN")).hasValue("123456789");
        assertThat(field(coach, "Postcode")).hasValue("12345");
        assertThat(field(coach, "Telefoonnummer")).hasValue("06 12345678");
        assertThat(field(coach, "E-mailadres")).hasValue("sanne@voorbeeld.nl");
        assertThat(field(coach, "Gemeente")).hasValue("DELFT");
        assertThat(field(coach, "Onderwijs")).hasValue("EARLY_SCHOOL_LEAVER");
        assertThat(group(coach, "Startkwalificatie").getByLabel("Nee", new Locator.GetByLabelOptions().setExact(true)))
                .isChecked();
        assertThat(field(coach, "Meervoudige problematiek")).isChecked();
        assertThat(field(coach, "Voornamen")).not().hasAttribute("aria-invalid", "true");

        // Corrects the input and lands on the new youth's file.
        field(coach, "Achternaam").fill(familyName);
        field(coach, "Geboortedatum").fill(today.minusYears(19).minusDays(45).format(DUTCH_DATE));
        field(coach, "BSN").fill(bsn);
        field(coach, "Postcode").fill("2611 AB");
        button(coach, "Jongere aanmelden").click();
        assertThat(coach).hasURL(Pattern.compile(".*/youths/[0-9a-f-]{36}$"));
        assertThat(heading(coach, fullName)).isVisible();
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("De jongere is aangemeld.");
        assertThat(coach.getByText("*****" + bsn.substring(5), new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(coach.getByText("Deze jongere heeft nog geen traject.")).isVisible();
        String fileUrl = coach.url();
        assertAccessible(coach);

        // Starts a trajectory with a programme.
        link(coach, "Traject starten").click();
        assertThat(heading(coach, "Traject starten voor " + fullName)).isVisible();
        assertAccessible(coach);
        Locator programme = field(coach, "Aanpak");
        String programmeName = programme.locator("option").nth(1).textContent().trim();
        programme.selectOption(new SelectOption().setLabel(programmeName));
        String coachName =
                field(coach, "Coach").locator("option:checked").textContent().trim();
        button(coach, "Traject starten").click();
        assertThat(coach).hasURL(fileUrl);
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("Het traject is gestart in Scout.");
        assertThat(currentPhase(coach)).containsText("Scout");
        assertThat(coach.getByText(programmeName + ", coach " + coachName)).isVisible();
        assertAccessible(coach);

        // Logs a contact.
        link(coach, "Contact vastleggen").click();
        assertThat(heading(coach, "Contact vastleggen")).isVisible();
        assertAccessible(coach);
        group(coach, "Hoe")
                .getByLabel("Telefoon", new Locator.GetByLabelOptions().setExact(true))
                .check();
        group(coach, "Met wie")
                .getByLabel("Jongere", new Locator.GetByLabelOptions().setExact(true))
                .check();
        field(coach, "Duur in minuten").fill("20");
        String note = "Kennismaking gehad met " + familyName + ", volgende week verder.";
        field(coach, "Korte notitie").fill(note);
        button(coach, "Contact opslaan").click();
        assertThat(coach).hasURL(fileUrl);
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("Het contact is vastgelegd.");
        Locator contact =
                timeline(coach).getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(note));
        assertThat(contact).hasCount(1);
        assertThat(contact).containsText("Telefoon");
        assertThat(contact).containsText("met de jongere");
        assertThat(contact).containsText("20 minuten");
        assertThat(contact).containsText("door " + coachName);
        assertAccessible(coach);

        // Moves the trajectory to Scan.
        button(coach, "Naar Scan").click();
        assertThat(coach).hasURL(fileUrl);
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("Het traject is nu in Scan.");
        assertThat(currentPhase(coach)).containsText("Scan");
        assertThat(button(coach, "Naar Match")).isVisible();
        assertAccessible(coach);

        // Sees the youth in the caseload, in Scan.
        link(coach, "Mijn jongeren").click();
        assertThat(heading(coach, "Mijn jongeren")).isVisible();
        assertAccessible(coach);
        Locator row = findCaseloadRow(coach, fullName);
        assertThat(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(fullName)))
                .hasAttribute("href", fileUrl.substring(fileUrl.indexOf("/youths/")));
        assertThat(row).containsText("Scan");
        assertThat(row).containsText(programmeName);

        // The coordinator finds the youth and sees who looked at the file.
        Page coordinator = loginAs("coordinator");
        assertThat(heading(coordinator, "Mijn jongeren")).isVisible();
        assertAccessible(coordinator);
        link(coordinator, "Zoeken").click();
        assertThat(heading(coordinator, "Jongere zoeken")).isVisible();
        assertAccessible(coordinator);
        field(coordinator, "Naam, geboortedatum of BSN").fill(familyName);
        button(coordinator, "Zoeken").click();
        Locator result = link(coordinator, fullName);
        assertThat(result).isVisible();
        assertThat(heading(coordinator, "Gevonden: 1")).isVisible();
        assertAccessible(coordinator);
        result.click();
        assertThat(coordinator).hasURL(fileUrl);
        assertThat(heading(coordinator, fullName)).isVisible();
        assertThat(currentPhase(coordinator)).containsText("Scan");
        assertAccessible(coordinator);
        link(coordinator, "Wie keek mee").click();
        assertThat(heading(coordinator, "Wie heeft het dossier van " + fullName + " bekeken"))
                .isVisible();
        Locator byCoach = coordinator
                .getByRole(AriaRole.TABLE)
                .getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText(coachName + " (Coach)"));
        assertThat(byCoach.filter(new Locator.FilterOptions().setHasText("Aangemaakt"))
                        .first())
                .isVisible();
        assertThat(byCoach.filter(new Locator.FilterOptions().setHasText("Bekeken"))
                        .first())
                .isVisible();
        assertThat(byCoach.filter(new Locator.FilterOptions().setHasText("Gewijzigd"))
                        .first())
                .isVisible();
        assertThat(byCoach.first()).containsText("Toegestaan");
        assertAccessible(coordinator);
    }

    @Test
    void caseloadAndFileWorkAt320PixelsWithoutHorizontalScrolling() {
        Page page = newPage(new Browser.NewContextOptions().setViewportSize(NARROW, 640));
        loginAs("coach", page);
        assertNoHorizontalScroll(page, NARROW);

        assertThat(heading(page, "Mijn jongeren")).isVisible();
        assertAccessible(page);
        assertNoHorizontalScroll(page, NARROW);
        Locator firstYouth = page.locator("#results")
                .getByRole(AriaRole.LINK)
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("\\S")))
                .first();
        String name = firstYouth.textContent().trim();

        firstYouth.click();
        assertThat(heading(page, name)).isVisible();
        assertAccessible(page);
        assertNoHorizontalScroll(page, NARROW);

        link(page, "Jongere aanmelden").click();
        assertThat(heading(page, "Jongere aanmelden")).isVisible();
        assertAccessible(page);
        assertNoHorizontalScroll(page, NARROW);
    }

    /** The caseload row of a youth: filters on Scan (htmx swaps the results) and pages on if needed. */
    private static Locator findCaseloadRow(Page page, String fullName) {
        page.waitForResponse(
                response ->
                        response.url().contains("/caseload") && response.url().contains("phase=SCAN"),
                () -> field(page, "Fase").selectOption(new SelectOption().setLabel("Scan")));
        Locator rows = page.locator("#results tbody tr");
        assertThat(rows.filter(new Locator.FilterOptions().setHasNotText("Scan")))
                .hasCount(0);
        assertThat(rows.first()).isVisible();
        assertAccessible(page);
        for (int pageNumber = 1; pageNumber <= 20; pageNumber++) {
            Locator row = rows.filter(new Locator.FilterOptions().setHasText(fullName));
            if (row.count() == 1) {
                return row;
            }
            Locator next = link(page, "Volgende pagina");
            if (next.count() == 0) {
                break;
            }
            next.click();
            page.waitForURL(Pattern.compile(".*[?&]page=" + pageNumber + "(&.*)?$"));
            assertAccessible(page);
        }
        throw new AssertionError("No caseload row for " + fullName + " in phase Scan");
    }

    private static Locator currentPhase(Page page) {
        return page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Fases van het traject"))
                .locator("[aria-current=step]");
    }

    private static Locator timeline(Page page) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Tijdlijn"));
    }

    private static void expectFieldError(Page page, Locator summary, String label, String id, String message) {
        Locator input = field(page, label);
        assertThat(input).hasAttribute("aria-invalid", "true");
        assertThat(input).hasAccessibleDescription(Pattern.compile(jsLiteral(message)));
        assertThat(page.locator("#" + id + "-error")).containsText(message);
        Locator summaryLink = summary.getByRole(
                AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile(jsLiteral(message))));
        assertThat(summaryLink).hasAttribute("href", "#" + id);
    }

    /** A regex matching the text literally; Playwright hands patterns to JavaScript (no Pattern.quote). */
    private static String jsLiteral(String text) {
        return text.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0");
    }

    static Locator heading(Page page, String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator link(Page page, String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    static Locator group(Page page, String legend) {
        return page.getByRole(
                AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend).setExact(true));
    }
}
