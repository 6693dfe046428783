package nl.overstap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.overstap.browser.CoachJourneyBrowserTest.button;
import static nl.overstap.browser.CoachJourneyBrowserTest.field;
import static nl.overstap.browser.CoachJourneyBrowserTest.heading;
import static nl.overstap.browser.CoachJourneyBrowserTest.link;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import nl.overstap.results.ResultsFixtures;
import nl.overstap.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Results in Chromium, axe on every page and 320 px: an analyst lands on the dashboards, chooses a
 * period and a programme, reads the headline and the outcomes table and downloads the CSV; a
 * coordinator follows the headline to the trajectories behind it.
 */
@IntegrationTest
class ResultsBrowserTest extends BrowserSupport {

    private static final int NARROW = 320;

    @Autowired
    ResultsFixtures fixtures;

    @Test
    void analystCutsReadsAndDownloadsCoordinatorDrillsDown() throws IOException {
        ResultsFixtures.Region region = fixtures.freshRegionWithLogins();

        Page page = loginAs(region.analyst());
        assertThat(heading(page, "Resultaten van de regio")).isVisible();
        assertThat(page.locator("[data-refreshed]")).containsText("Bijgewerkt");
        assertAccessible(page);

        field(page, "Van maand").fill("2025-01");
        field(page, "Tot en met maand").fill("2025-03");
        field(page, "Aanpak").selectOption(new SelectOption().setLabel("Rode loper coaching"));
        button(page, "Toon cijfers").click();
        assertThat(page).hasURL(Pattern.compile(".*programme=.*"));
        assertThat(page.locator("[data-headline]")).hasText(region.headline());
        assertThat(page.locator("#outcomes tbody tr")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Werk"))
                        .first())
                .containsText("8");
        assertThat(page.locator("#outcomes figure svg")).isVisible();
        assertAccessible(page);
        page.setViewportSize(NARROW, 800);
        assertNoHorizontalScroll(page, NARROW);
        page.setViewportSize(1280, 800);

        Download download = page.waitForDownload(
                () -> link(page, "Download alle tabellen (CSV)").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csv).contains("Werk;8").contains(region.headline());

        Page coordinator = loginAs(region.coordinator());
        link(coordinator, "Resultaten").first().click();
        assertThat(heading(coordinator, "Resultaten van de regio")).isVisible();
        field(coordinator, "Van maand").fill("2025-01");
        field(coordinator, "Tot en met maand").fill("2025-03");
        button(coordinator, "Toon cijfers").click();
        link(coordinator, "Bekijk de trajecten die begonnen").click();
        assertThat(heading(coordinator, "Trajecten die in deze periode begonnen"))
                .isVisible();
        assertThat(coordinator.locator("main tbody tr")).hasCount(25);
        assertAccessible(coordinator);
        coordinator.setViewportSize(NARROW, 800);
        assertNoHorizontalScroll(coordinator, NARROW);
    }
}
