package nl.overstap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.overstap.browser.CoachJourneyBrowserTest.button;
import static nl.overstap.browser.CoachJourneyBrowserTest.heading;
import static nl.overstap.browser.CoachJourneyBrowserTest.link;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.UUID;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.DutchTime;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.YouthFactory;
import nl.overstap.youth.Registration;
import nl.overstap.youth.YouthForm;
import nl.overstap.youth.YouthRegistration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.validation.MapBindingResult;

/**
 * Duplicates in Chromium, with axe on every page: the coordinator opens the region's list of possible
 * duplicates, then the duplicates of one youth, compares the two records, forgets to choose, merges
 * (the other record disappears) and undoes the merge (both records are back). The comparison also
 * works at 320 px wide.
 */
@IntegrationTest
class MergeBrowserTest extends BrowserSupport {

    private static final int NARROW = 320;

    @Autowired
    YouthFactory youths;

    @Autowired
    YouthRegistration registration;

    @Autowired
    TestLogins logins;

    @Test
    void coordinatorMergesTwoRecordsOfOneYouthAndUndoesIt() {
        String family = uniqueFamilyName("Dubbel");
        UUID survivor = youths.withTrajectory("coach", family).youthId();
        String survivorName = "Testjongere " + family;
        String duplicateName = "Testjongeren " + family;
        UUID duplicate = registerWithoutTrajectory("Testjongeren", family);

        Page coordinator = loginAs("coordinator");
        link(coordinator, "Dubbele dossiers").click();
        assertThat(heading(coordinator, "Mogelijk dubbele dossiers in de regio"))
                .isVisible();
        assertAccessible(coordinator);

        coordinator.navigate(url("/youths/" + survivor));
        assertThat(heading(coordinator, survivorName)).isVisible();
        coordinator
                .locator(".dossier-nav")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName("Dubbele dossiers")
                                .setExact(true))
                .click();
        assertThat(heading(coordinator, "Staat " + survivorName + " twee keer in Overstap?"))
                .isVisible();
        assertAccessible(coordinator);
        Locator row = coordinator.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(duplicateName));
        assertThat(row).containsText("Zelfde achternaam");
        assertThat(row).containsText("Zelfde geboortedatum");

        link(coordinator, "Vergelijken met " + duplicateName).click();
        assertThat(heading(coordinator, "Dossiers vergelijken en samenvoegen")).isVisible();
        assertAccessible(coordinator);

        // Forgets to choose which record stays.
        button(coordinator, "Dossiers samenvoegen").click();
        assertThat(coordinator.getByRole(AriaRole.ALERT)).containsText("Kies welk dossier blijft.");
        assertAccessible(coordinator);

        coordinator.locator("#keep-this").check();
        button(coordinator, "Dossiers samenvoegen").click();
        assertThat(heading(coordinator, "Staat " + survivorName + " twee keer in Overstap?"))
                .isVisible();
        assertThat(coordinator.getByRole(AriaRole.STATUS)).containsText("De dossiers zijn samengevoegd.");
        assertThat(coordinator.getByText(duplicateName + " is op")).isVisible();
        assertThat(link(coordinator, "Vergelijken met " + duplicateName)).hasCount(0);
        assertAccessible(coordinator);

        // The merged-away record is gone.
        Page other = newPage();
        other.context().addCookies(coordinator.context().cookies());
        other.navigate(url("/youths/" + duplicate));
        assertThat(heading(other, survivorName)).hasCount(0);
        assertThat(other.getByRole(AriaRole.HEADING).first()).not().hasText(duplicateName);

        button(coordinator, "Samenvoegen ongedaan maken").click();
        assertThat(coordinator.getByRole(AriaRole.STATUS)).containsText("Het samenvoegen is ongedaan gemaakt.");
        assertThat(link(coordinator, "Vergelijken met " + duplicateName)).isVisible();
        assertAccessible(coordinator);
        coordinator.navigate(url("/youths/" + duplicate));
        assertThat(heading(coordinator, duplicateName)).isVisible();
    }

    @Test
    void theComparisonFitsANarrowScreen() {
        String family = uniqueFamilyName("Smal");
        UUID first = youths.withTrajectory("coach", family).youthId();
        UUID second = registerWithoutTrajectory("Testjongere", family);
        Page page = loginAs("coordinator", newPage(new Browser.NewContextOptions().setViewportSize(NARROW, 640)));
        page.navigate(url("/youths/" + first + "/merge?other=" + second));
        assertThat(heading(page, "Dossiers vergelijken en samenvoegen")).isVisible();
        assertAccessible(page);
        assertNoHorizontalScroll(page, NARROW);
        page.navigate(url("/youths/" + first + "/duplicates"));
        assertAccessible(page);
        assertNoHorizontalScroll(page, NARROW);
    }

    private UUID registerWithoutTrajectory(String given, String family) {
        YouthForm form = new YouthForm(
                given,
                family,
                null,
                LocalDate.now(DutchTime.ZONE).minusYears(19).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                "DEN_HAAG",
                "2511 AB",
                null,
                null,
                null,
                "EARLY_SCHOOL_LEAVER",
                "NO",
                null,
                null,
                null,
                null,
                null,
                true);
        Registration result = registration.register(
                logins.currentUser("coach"), form, new MapBindingResult(new HashMap<>(), "youthForm"));
        return ((Registration.Registered) result).youthId();
    }
}
