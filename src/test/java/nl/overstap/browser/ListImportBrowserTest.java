package nl.overstap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import nl.overstap.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * A coordinator imports an RMC/DUO list with a good and a bad row, reads the report, downloads the
 * rejected row, fixes it and uploads it again; the second report shows it accepted. Every page is
 * checked with axe, and the report at 320 px.
 */
@IntegrationTest
class ListImportBrowserTest extends BrowserSupport {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final String HEADER =
            "BSN;Achternaam;Tussenvoegsel;Voornamen;Geboortedatum;Postcode;Huisnummer;Gemeente;School;BRIN;Opleiding;"
                    + "Datum uitschrijving;Reden";

    @Test
    void coordinatorUploadsReadsTheReportFixesTheRejectedRowAndUploadsItAgain() throws IOException {
        String good = uniqueFamilyName("Goed");
        String bad = uniqueFamilyName("Fout");
        String left = LocalDate.now().minusDays(14).format(DUTCH);
        String born = LocalDate.now().minusYears(19).format(DUTCH);
        String list = HEADER + "\r\n"
                + randomBsn() + ";" + good + ";;Ada;" + born + ";2511 AB;1;Den Haag;ROC;25LX;Zorg;" + left
                + ";uitval\r\n"
                + "123456789;" + bad + ";;Bo;" + born + ";2611 AB;2;Delft;ROC;25LX;Zorg;" + left + ";uitval\r\n";

        Page page = loginAs("coordinator");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lijsten importeren"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Lijsten importeren")))
                .isVisible();
        assertAccessible(page);

        // no kind and no file: errors next to the fields and in the summary
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lijst importeren"))
                .click();
        assertThat(page.locator(".error-summary")).containsText("Kies de soort lijst.");
        assertThat(page.locator("#file-error")).containsText("Kies een bestand.");
        assertAccessible(page);

        upload(page, "vsv-lijst.csv", list);
        assertThat(page).hasURL(Pattern.compile(".*/signals/imports/[0-9a-f-]{36}$"));
        assertThat(page.locator("#count-accepted")).hasText("Nieuw signaal: 1");
        assertThat(page.locator("#count-rejected")).hasText("Afgewezen: 1");
        assertThat(page.getByText("bsn: dit BSN bestaat niet")).isVisible();
        assertAccessible(page);
        page.setViewportSize(320, 800);
        assertNoHorizontalScroll(page, 320);
        page.setViewportSize(1280, 800);

        Download download = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Afgewezen regels downloaden (CSV)"))
                .click());
        String rejected = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(rejected).contains(bad).doesNotContain(good);

        String fixed = rejected.replace("123456789", randomBsn());
        page.navigate(url("/signals/imports"));
        upload(page, "vsv-lijst-verbeterd.csv", fixed);
        assertThat(page.locator("#count-accepted")).hasText("Nieuw signaal: 1");
        assertThat(page.locator("#count-rejected")).hasText("Afgewezen: 0");
        assertThat(page.getByText(bad)).isVisible();
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar de imports"))
                .click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("vsv-lijst-verbeterd.csv")))
                .isVisible();
        page.setViewportSize(320, 800);
        assertNoHorizontalScroll(page, 320);
        assertAccessible(page);
    }

    private static void upload(Page page, String name, String content) {
        page.getByLabel("Soort lijst")
                .selectOption(new SelectOption().setLabel("Voortijdig schoolverlaters (RMC/DUO)"));
        page.getByLabel("Bestand (CSV)")
                .setInputFiles(new FilePayload(name, "text/csv", content.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lijst importeren"))
                .click();
    }
}
