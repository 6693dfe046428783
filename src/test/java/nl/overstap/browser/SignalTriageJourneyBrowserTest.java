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
import nl.overstap.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The closed approach in Chromium, axe on every page: a partner reports a youth (first with an
 * impossible date of birth, then right) and sees only the receipt; the coordinator finds the signal in
 * the "Iedereen in beeld" monitor and the triage queue (both also at 320 px); the coach of the
 * organisation it was routed to logs two outreach attempts, makes contact, and the new trajectory in
 * Scout is in the caseload.
 */
@IntegrationTest
class SignalTriageJourneyBrowserTest extends BrowserSupport {

    private static final int NARROW = 320;
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    JdbcClient jdbc;

    @Test
    void partnerReportsCoordinatorSeesItCoachReachesTheYouthAndStartsATrajectory() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String family = uniqueFamilyName("Aaasignaal");
        String name = "Noor " + family;

        // The partner (RMC) reports a youth.
        Page partner = loginAs("partner");
        link(partner, "Jongere melden").click();
        assertThat(heading(partner, "Een jongere melden")).isVisible();
        assertAccessible(partner);
        assertThat(field(partner, "Waar komt de melding vandaan?")).hasValue("RMC_DUO");
        field(partner, "Wat is de zorg?").fill("Sinds de zomer niet meer op school, reageert niet op brieven.");
        field(partner, "Voornamen").fill("Noor");
        field(partner, "Achternaam").fill(family);
        field(partner, "Geboortedatum").fill("31-02-2007");
        field(partner, "Gemeente").selectOption(new SelectOption().setLabel("Den Haag"));
        field(partner, "Postcode").fill("2513 AA");
        // urgent: due within one working day, so it heads the queue even when lists filled it
        partner.getByLabel("Spoed", new Page.GetByLabelOptions().setExact(true)).check();
        button(partner, "Melding versturen").click();
        assertThat(partner.locator(".error-summary")).containsText("Deze datum bestaat niet");
        assertThat(field(partner, "Achternaam")).hasValue(family);
        assertAccessible(partner);
        field(partner, "Geboortedatum").fill(today.minusYears(18).minusDays(40).format(DUTCH));
        button(partner, "Melding versturen").click();
        assertThat(heading(partner, "Mijn meldingen")).isVisible();
        assertThat(partner.locator(".flash")).containsText("ontvangen");
        assertThat(partner.locator("tr[data-receipt]").first()).containsText("Jongerencoaching Haaglanden");
        assertThat(partner.locator("main")).not().containsText(family);
        assertAccessible(partner);

        // The coordinator sees it in the monitor and the triage queue, also on a phone.
        Page coordinator = newPage(new Browser.NewContextOptions().setViewportSize(NARROW, 740));
        loginAs("coordinator", coordinator);
        link(coordinator, "Iedereen in beeld").click();
        assertThat(heading(coordinator, "Iedereen in beeld")).isVisible();
        assertAccessible(coordinator);
        assertNoHorizontalScroll(coordinator, NARROW);
        coordinator
                .locator("tr[data-cut='source:RMC_DUO'] a[data-count='open']")
                .click();
        assertThat(coordinator.locator("main")).containsText("bron: RMC/DUO-lijst voortijdig schoolverlaters");
        assertAccessible(coordinator);
        assertNoHorizontalScroll(coordinator, NARROW);
        coordinator.navigate(url("/signals"));
        assertThat(heading(coordinator, "Signalen")).isVisible();
        Locator row = coordinator.locator("tr[data-signal]").filter(new Locator.FilterOptions().setHasText(family));
        assertThat(row).containsText("Jongerencoaching Haaglanden");
        assertAccessible(coordinator);
        assertNoHorizontalScroll(coordinator, NARROW);
        row.getByRole(AriaRole.LINK).first().click();
        assertThat(heading(coordinator, "Signaal over " + name)).isVisible();
        assertAccessible(coordinator);
        assertNoHorizontalScroll(coordinator, NARROW);

        // The coach of the organisation logs two attempts and makes contact.
        Page coach = loginAs("coach");
        link(coach, "Signalen").click();
        assertThat(heading(coach, "Signalen")).isVisible();
        assertAccessible(coach);
        coach.locator("tr[data-signal]")
                .filter(new Locator.FilterOptions().setHasText(family))
                .getByRole(AriaRole.LINK)
                .first()
                .click();
        assertThat(heading(coach, "Signaal over " + name)).isVisible();
        assertAccessible(coach);
        logAttempt(coach, "Telefoon", "Niet bereikt", "Voicemail ingesproken.");
        logAttempt(coach, "Huisbezoek", "Bereikt", "Moeder deed open, Noor kwam erbij.");
        assertThat(coach.locator("tr[data-attempt]")).hasCount(2);
        assertAccessible(coach);

        coach.getByText("Contact gelegd: inschrijven en traject starten").click();
        assertThat(field(coach, "Achternaam")).hasValue(family);
        field(coach, "Aanpak").selectOption(new SelectOption().setIndex(1));
        assertAccessible(coach);
        button(coach, "Inschrijven en traject starten").click();
        assertThat(coach.locator(".flash")).containsText("traject in Scout is gestart");
        assertAccessible(coach);

        coach.navigate(url("/caseload?sort=name"));
        Locator caseloadRow = coach.locator("tr").filter(new Locator.FilterOptions().setHasText(family));
        assertThat(caseloadRow).containsText("Scout");
        assertAccessible(coach);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select status from signal where family_name = :f")
                        .param("f", family)
                        .query(String.class)
                        .single())
                .isEqualTo("CONTACT_MADE");
    }

    private static void logAttempt(Page page, String kind, String reached, String note) {
        field(page, "Manier").selectOption(new SelectOption().setLabel(kind));
        page.getByLabel(reached, new Page.GetByLabelOptions().setExact(true)).check();
        field(page, "Toelichting").fill(note);
        button(page, "Poging opslaan").click();
        assertThat(page.locator(".flash")).containsText("De poging is vastgelegd");
    }

    private static Locator heading(Page page, String text) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setExact(true));
    }

    private static Locator link(Page page, String text) {
        return page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName(text).setExact(true))
                .first();
    }

    private static Locator button(Page page, String text) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text).setExact(true));
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }
}
