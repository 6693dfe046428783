package nl.overstap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.overstap.browser.CoachJourneyBrowserTest.button;
import static nl.overstap.browser.CoachJourneyBrowserTest.field;
import static nl.overstap.browser.CoachJourneyBrowserTest.heading;
import static nl.overstap.browser.CoachJourneyBrowserTest.link;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.overstap.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The list journey of the closed approach in Chromium, axe on every page: a coordinator imports a
 * youth-care 18-/18+ list with a good and a bad row, reads the report (also at 320 px), downloads the
 * rejected row, fixes it and uploads it again; the second report shows it accepted. The coach of the
 * organisation the signals were routed to opens the fixed row's signal from "Signalen", logs an
 * attempt and chooses contact made, which registers the youth and starts a trajectory in Scout (in the
 * caseload and the youth's file). Then the coordinator's "Iedereen in beeld" monitor (at 320 px):
 * behind the list source's counts are exactly as many rows as the counts say, the triaged signal among
 * all and not among the open ones.
 */
@IntegrationTest
class ListImportBrowserTest extends BrowserSupport {

    private static final int NARROW = 320;
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final String HEADER =
            "BSN;Achternaam;Tussenvoegsel;Voornamen;Geboortedatum;Postcode;Huisnummer;Gemeente;Zorgaanbieder;"
                    + "Einddatum zorg;Reden";

    @Autowired
    JdbcClient jdbc;

    @Test
    void coordinatorImportsFixesAndReuploadsCoachTriagesASignalIntoATrajectoryAndTheMonitorAddsUp() throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        // "Aaa": first in the caseload sorted by name; care ending within 30 days: "met voorrang".
        String good = uniqueFamilyName("Aaagoed");
        String bad = uniqueFamilyName("Aaafout");
        String careEnds = today.plusDays(10).format(DUTCH);
        String born = today.minusYears(18).minusDays(20).format(DUTCH);
        String list = HEADER + "\r\n"
                + randomBsn() + ";" + good + ";;Ada;" + born + ";2511 AB;1;Den Haag;Jeugdzorg West;" + careEnds
                + ";einde pleegzorg\r\n"
                + "123456789;" + bad + ";;Bo;" + born + ";2513 AA;2;Den Haag;Jeugdzorg West;" + careEnds
                + ";einde verblijf, geen woonplek\r\n";

        // The coordinator uploads the list: nothing chosen first, then the file.
        Page page = loginAs("coordinator");
        link(page, "Lijsten importeren").first().click();
        assertThat(heading(page, "Lijsten importeren")).isVisible();
        assertAccessible(page);
        button(page, "Lijst importeren").click();
        assertThat(page.locator(".error-summary")).containsText("Kies de soort lijst.");
        assertThat(page.locator("#file-error")).containsText("Kies een bestand.");
        assertAccessible(page);

        upload(page, "jeugdhulp-18.csv", list);
        assertThat(page).hasURL(Pattern.compile(".*/signals/imports/[0-9a-f-]{36}$"));
        assertThat(page.locator("#count-accepted")).hasText("Nieuw signaal: 1");
        assertThat(page.locator("#count-rejected")).hasText("Afgewezen: 1");
        assertThat(page.getByText("bsn: dit BSN bestaat niet")).isVisible();
        assertThat(page.locator("main")).containsText(good);
        assertAccessible(page);
        page.setViewportSize(NARROW, 800);
        assertNoHorizontalScroll(page, NARROW);
        page.setViewportSize(1280, 800);

        // ... downloads the rejected row, fixes the BSN and uploads it again.
        Download download = page.waitForDownload(
                () -> link(page, "Afgewezen regels downloaden (CSV)").click());
        String rejected = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(rejected).contains(bad).doesNotContain(good);

        String fixed = rejected.replace("123456789", randomBsn());
        page.navigate(url("/signals/imports"));
        upload(page, "jeugdhulp-18-verbeterd.csv", fixed);
        assertThat(page.locator("#count-accepted")).hasText("Nieuw signaal: 1");
        assertThat(page.locator("#count-rejected")).hasText("Afgewezen: 0");
        assertThat(page.getByText(bad)).isVisible();
        assertAccessible(page);
        page.setViewportSize(NARROW, 800);
        assertNoHorizontalScroll(page, NARROW);
        page.setViewportSize(1280, 800);

        link(page, "Terug naar de imports").click();
        assertThat(link(page, "jeugdhulp-18-verbeterd.csv")).isVisible();
        assertAccessible(page);

        // The coach of the organisation the list was routed to triages the fixed row's signal.
        String name = "Bo " + bad;
        Page coach = loginAs("coach");
        link(coach, "Signalen").first().click();
        assertThat(heading(coach, "Signalen")).isVisible();
        assertAccessible(coach);
        Locator row = findInQueue(coach, bad);
        assertThat(row).containsText("Met voorrang");
        assertThat(row).containsText("Jeugdhulp 18-/18+");
        row.getByRole(AriaRole.LINK).first().click();
        assertThat(heading(coach, "Signaal over " + name)).isVisible();
        assertAccessible(coach);
        field(coach, "Manier").selectOption(new SelectOption().setLabel("Telefoon"));
        coach.getByLabel("Bereikt", new Page.GetByLabelOptions().setExact(true)).check();
        field(coach, "Toelichting").fill("Bo gebeld, wil graag hulp bij wonen en werk.");
        button(coach, "Poging opslaan").click();
        assertThat(coach.locator(".flash")).containsText("De poging is vastgelegd");
        assertThat(coach.locator("tr[data-attempt]")).hasCount(1);
        assertAccessible(coach);

        coach.getByText("Contact gelegd: inschrijven en traject starten").click();
        assertThat(field(coach, "Achternaam")).hasValue(bad);
        field(coach, "Aanpak").selectOption(new SelectOption().setIndex(1));
        assertAccessible(coach);
        button(coach, "Inschrijven en traject starten").click();
        assertThat(coach.locator(".flash")).containsText("traject in Scout is gestart");
        assertAccessible(coach);

        coach.navigate(url("/caseload?sort=name"));
        Locator caseloadRow = coach.locator("tr").filter(new Locator.FilterOptions().setHasText(bad));
        assertThat(caseloadRow).containsText("Scout");
        assertAccessible(coach);
        caseloadRow.getByRole(AriaRole.LINK).first().click();
        assertThat(coach).hasURL(Pattern.compile(".*/youths/[0-9a-f-]{36}$"));
        assertThat(coach.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Fases van het traject"))
                        .locator("[aria-current=step]"))
                .containsText("Scout");
        assertAccessible(coach);
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.sql("""
                        select s.status || ' ' || t.phase from signal s
                          join trajectory t on t.youth_id = s.youth_id and t.phase <> 'CLOSED'
                         where s.family_name = :f
                        """).param("f", bad).query(String.class).single())
                .isEqualTo("CONTACT_MADE SCOUT");

        // The monitor: behind each count of the list's source are exactly that many rows.
        page.setViewportSize(NARROW, 800);
        link(page, "Iedereen in beeld").first().click();
        assertThat(heading(page, "Iedereen in beeld")).isVisible();
        assertAccessible(page);
        assertNoHorizontalScroll(page, NARROW);
        List<String> all = followCount(page, "total");
        org.assertj.core.api.Assertions.assertThat(all)
                .anySatisfy(r -> org.assertj.core.api.Assertions.assertThat(r).contains(good))
                .anySatisfy(r -> org.assertj.core.api.Assertions.assertThat(r).contains(bad));
        link(page, "Iedereen in beeld").first().click();
        List<String> open = followCount(page, "open");
        org.assertj.core.api.Assertions.assertThat(open)
                .anySatisfy(r -> org.assertj.core.api.Assertions.assertThat(r).contains(good))
                .noneSatisfy(r -> org.assertj.core.api.Assertions.assertThat(r).contains(bad));
    }

    private static void upload(Page page, String name, String content) {
        page.getByLabel("Soort lijst").selectOption(new SelectOption().setLabel("Jeugdhulp 18-/18+"));
        page.getByLabel("Bestand (CSV)")
                .setInputFiles(new FilePayload(name, "text/csv", content.getBytes(StandardCharsets.UTF_8)));
        button(page, "Lijst importeren").click();
    }

    /** The queue row of the family name, paging on ("Volgende pagina") until it appears. */
    private static Locator findInQueue(Page page, String familyName) {
        for (int pages = 0; pages < 40; pages++) {
            Locator row = page.locator("tr[data-signal]").filter(new Locator.FilterOptions().setHasText(familyName));
            if (row.count() == 1) {
                return row;
            }
            Locator next = link(page, "Volgende pagina");
            if (next.count() == 0) {
                break;
            }
            next.click();
            page.waitForLoadState();
            assertAccessible(page);
        }
        throw new AssertionError("No signal of " + familyName + " in the coach's queue");
    }

    /**
     * Follows the monitor's count link of the given kind on the youth-care list's row, reads every page of
     * the list behind it and checks that it has as many rows as the count (and the caption) said.
     */
    private static List<String> followCount(Page page, String count) {
        Locator link = page.locator("tr[data-cut='source:YOUTH_CARE_18'] a[data-count='" + count + "']");
        int shown = Integer.parseInt(link.innerText().trim());
        link.click();
        assertThat(page.locator("main")).containsText("bron: Jeugdhulp 18-/18+");
        assertAccessible(page);
        assertNoHorizontalScroll(page, NARROW);
        List<String> rows = new ArrayList<>();
        for (int pages = 0; ; pages++) {
            if (pages == 0) {
                assertThat(page.locator("table.signals caption")).hasText("Signalen (" + shown + ")");
            }
            rows.addAll(page.locator("tr[data-signal]").allInnerTexts());
            Locator next = link(page, "Volgende pagina");
            if (next.count() == 0 || pages > 40) {
                break;
            }
            next.click();
            page.waitForLoadState();
        }
        org.assertj.core.api.Assertions.assertThat(rows)
                .as("rows behind the '" + count + "' count of the youth-care list")
                .hasSize(shown);
        return rows;
    }
}
