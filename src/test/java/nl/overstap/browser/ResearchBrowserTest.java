package nl.overstap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.YouthFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 7 in Chromium with axe: a coach closes a trajectory on a 320 px phone and records the
 * youth's rating (first a wrong score, then a right one), and the research partner downloads the
 * pseudonymised export from its page.
 */
@IntegrationTest
class ResearchBrowserTest extends BrowserSupport {

    private static final int NARROW = 320;

    @Autowired
    YouthFactory youths;

    @Test
    void coachClosesATrajectoryWithTheYouthsRatingOnAPhone() {
        String familyName = uniqueFamilyName("Cijfer");
        UUID trajectoryId = youths.withTrajectory("coach", familyName).trajectoryId();
        Page coach = loginAs("coach", newPage(new Browser.NewContextOptions().setViewportSize(NARROW, 740)));

        coach.navigate(url("/trajectories/" + trajectoryId + "/phase"));
        assertThat(coach.getByText("Zou je de begeleiding aanraden?")).isVisible();
        assertAccessible(coach);
        assertNoHorizontalScroll(coach, NARROW);

        coach.locator("#target").selectOption("CLOSED");
        coach.locator("#reason").fill("Heeft een baan gevonden.");
        coach.locator("#outcome").selectOption("WORK");
        coach.locator("#endReason").selectOption("GOAL_REACHED");
        coach.getByLabel("Cijfer voor de begeleiding (1 tot en met 10)").fill("11");
        coach.getByLabel("Ja", new Page.GetByLabelOptions().setExact(true)).check();
        coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fase wijzigen"))
                .click();

        assertThat(coach.getByRole(AriaRole.ALERT)).containsText("Het cijfer moet 1 tot en met 10 zijn");
        assertThat(coach.getByLabel("Cijfer voor de begeleiding (1 tot en met 10)"))
                .hasValue("11");
        assertThat(coach.getByLabel("Ja", new Page.GetByLabelOptions().setExact(true)))
                .isChecked();
        assertAccessible(coach);
        assertNoHorizontalScroll(coach, NARROW);

        coach.getByLabel("Cijfer voor de begeleiding (1 tot en met 10)").fill("8");
        coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fase wijzigen"))
                .click();
        assertThat(coach.getByText("Tevredenheid van de jongere: cijfer 8. Zou de begeleiding aanraden: ja."))
                .isVisible();
        assertAccessible(coach);
        assertNoHorizontalScroll(coach, NARROW);
    }

    @Test
    void researchPartnerDownloadsThePseudonymisedExport() throws IOException {
        Page researcher = loginAs("onderzoeker");
        researcher
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Onderzoeksexport"))
                .click();
        assertThat(researcher.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Onderzoeksexport")))
                .isVisible();
        assertAccessible(researcher);

        researcher.getByLabel("Laatste startmaand").fill("2020-1");
        researcher
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download onderzoeksexport (CSV)"))
                .click();
        assertThat(researcher.getByRole(AriaRole.ALERT)).containsText("De laatste startmaand ligt voor de eerste");
        assertAccessible(researcher);

        researcher
                .getByLabel("Laatste startmaand")
                .fill(java.time.YearMonth.now(java.time.ZoneId.of("Europe/Amsterdam"))
                        .toString());
        Download download = researcher.waitForDownload(() -> researcher
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download onderzoeksexport (CSV)"))
                .click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("onderzoeksexport-");
        org.assertj.core.api.Assertions.assertThat(csv)
                .startsWith("\uFEFFpseudoniem;leeftijd_bij_start;gemeente;")
                .doesNotContain("Testjongere");
        org.assertj.core.api.Assertions.assertThat(csv.split("\r\n")).hasSizeGreaterThan(1);
    }
}
