package nl.overstap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.overstap.browser.CoachJourneyBrowserTest.button;
import static nl.overstap.browser.CoachJourneyBrowserTest.field;
import static nl.overstap.browser.CoachJourneyBrowserTest.group;
import static nl.overstap.browser.CoachJourneyBrowserTest.heading;
import static nl.overstap.browser.CoachJourneyBrowserTest.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.overstap.support.IntegrationTest;
import nl.overstap.youth.BsnProtector;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Consent in Chromium, with axe on every page: a coach records consent for RMC (basic details and
 * trajectory) and prints the form; the RMC partner then finds the youth and sees the name and the
 * phase but none of the coach-only data; the consent is withdrawn and on the very next request the
 * partner gets the Dutch 404 and no longer finds the youth in the list.
 */
@IntegrationTest
class ConsentJourneyBrowserTest extends BrowserSupport {

    private static final String RMC = "RMC Regio Haaglanden";
    private static final Map<String, String> PHASES =
            Map.of("SCOUT", "Scout", "SCAN", "Scan", "MATCH", "Match", "BORG", "Borg");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BsnProtector bsnProtector;

    /** A youth of coach's caseload for whom RMC has no consent and no legal basis, with what only the coach may see. */
    private record Youth(
            UUID id,
            String name,
            String familyName,
            String phase,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String postcode,
            @Nullable String maskedBsn,
            List<String> notes) {

        String path() {
            return "/youths/" + id;
        }

        /** Values that are not in the categories RMC gets (basic details and trajectory). */
        List<String> coachOnly() {
            List<String> values = new ArrayList<>(notes);
            for (String value : new String[] {phone, email, postcode, maskedBsn}) {
                if (value != null) {
                    values.add(value);
                }
            }
            return values;
        }
    }

    @Test
    void coachRecordsConsentPartnerSeesOnlyThoseCategoriesUntilItIsWithdrawn() {
        Youth youth = youthWithoutConsentForRmc();
        assertFalse(youth.coachOnly().isEmpty(), "the youth must have coach-only data to look for");

        // The coach opens the youth's file through the search.
        Page coach = loginAs("coach");
        assertThat(heading(coach, "Mijn jongeren")).isVisible();
        assertAccessible(coach);
        link(coach, "Zoeken").click();
        assertThat(heading(coach, "Jongere zoeken")).isVisible();
        assertAccessible(coach);
        field(coach, "Naam, geboortedatum of BSN").fill(youth.familyName());
        button(coach, "Zoeken").click();
        Locator result = coach.locator("#main a[href='" + youth.path() + "']");
        assertThat(result).isVisible();
        assertAccessible(coach);
        result.click();
        assertThat(coach).hasURL(Pattern.compile(".*" + youth.path() + "$"));
        assertThat(heading(coach, youth.name())).isVisible();
        assertAccessible(coach);

        // Tab "Toestemming": nothing for RMC yet.
        dossierTab(coach, "Toestemming").click();
        assertThat(heading(coach, "Toestemming van " + youth.name())).isVisible();
        assertThat(rmcRows(coach)).hasCount(0);
        assertAccessible(coach);

        // Records consent: RMC, basic details and trajectory, the youth's own consent, given verbally.
        link(coach, "Toestemming vastleggen").click();
        assertThat(heading(coach, "Toestemming vastleggen voor " + youth.name()))
                .isVisible();
        assertAccessible(coach);
        field(coach, "Met welke organisatie").selectOption(new SelectOption().setLabel(RMC));
        option(coach, "Welke gegevens", "Basisgegevens").check();
        option(coach, "Welke gegevens", "Traject").check();
        option(coach, "Grondslag", "Toestemming van de jongere").check();
        option(coach, "Besluit van de jongere", "Toestemming gegeven").check();
        option(coach, "Hoe gegeven", "Mondeling").check();
        button(coach, "Opslaan").click();

        // Sees it under "Wat nu geldt".
        assertThat(coach).hasURL(Pattern.compile(".*" + youth.path() + "/consent$"));
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("De toestemming is vastgelegd.");
        assertThat(heading(coach, "Wat nu geldt")).isVisible();
        assertThat(rmcRows(coach)).hasCount(2);
        assertThat(rmcRow(coach, "Basisgegevens")).containsText("Geldt");
        assertThat(rmcRow(coach, "Basisgegevens")).containsText("Mondeling");
        assertThat(rmcRow(coach, "Traject")).containsText("Geldt");
        assertAccessible(coach);

        // The printable form lists RMC with exactly those two categories.
        link(coach, "Toestemmingsformulier afdrukken").click();
        assertThat(heading(coach, "Wie mag wat van jou weten?")).isVisible();
        Locator printed = coach.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Wat we delen"))
                .getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText(RMC));
        assertThat(printed).hasCount(2);
        assertThat(printed.filter(new Locator.FilterOptions().setHasText("Je naam, geboortedatum en gemeente")))
                .hasCount(1);
        assertThat(printed.filter(new Locator.FilterOptions().setHasText("Hoe ver je bent in je traject")))
                .hasCount(1);
        assertThat(printed.first()).containsText("Jij zei dat het mag");
        assertAccessible(coach);
        link(coach, "Terug naar toestemming").click();
        assertThat(heading(coach, "Toestemming van " + youth.name())).isVisible();

        // The partner (own browser context) finds the youth in the list and opens the file.
        Page partner = loginAs("partner");
        assertThat(partner).hasURL(Pattern.compile(".*/partner$"));
        assertThat(heading(partner, "Jongeren die jouw organisatie mag zien")).isVisible();
        assertAccessible(partner);
        Locator listed = findInPartnerList(partner, youth);
        assertThat(listed).hasText(youth.name());
        Locator row = listed.locator("xpath=ancestor::tr");
        assertThat(row).containsText("Basisgegevens");
        assertThat(row).containsText("Traject");
        listed.click();
        assertThat(partner).hasURL(Pattern.compile(".*" + youth.path() + "$"));
        String fileUrl = partner.url();

        // Name and phase, and nothing the youth did not agree to share with RMC.
        assertThat(heading(partner, youth.name())).isVisible();
        assertThat(partner.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Fases van het traject"))
                        .locator("[aria-current=step]"))
                .containsText(PHASES.get(youth.phase()));
        assertThat(partner.getByText("Je ziet alleen de gegevens waarvoor de jongere jouw organisatie toestemming"
                        + " gaf of waarvoor een wet geldt."))
                .isVisible();
        String html = partner.content();
        for (String coachOnly : youth.coachOnly()) {
            assertFalse(html.contains(coachOnly), "the partner's page shows coach-only data: " + coachOnly);
        }
        for (String label : new String[] {"Telefoonnummer", "E-mailadres", "Postcode", "BSN"}) {
            assertThat(partner.locator("dt").filter(new Locator.FilterOptions().setHasText(label)))
                    .hasCount(0);
        }
        assertThat(dossierTab(partner, "Toestemming")).hasCount(0);
        assertAccessible(partner);

        // The coach withdraws both categories.
        for (String category : new String[] {"Basisgegevens", "Traject"}) {
            button(coach, "Intrekken: " + RMC + ", " + category).click();
            assertThat(coach.getByRole(AriaRole.STATUS)).containsText("De toestemming is ingetrokken.");
            assertThat(rmcRow(coach, category)).containsText("Ingetrokken");
            assertAccessible(coach);
        }

        // On the very next request the partner gets the Dutch 404, and the youth is gone from the list.
        assertThat(partner).hasURL(fileUrl);
        Response reload = partner.reload();
        assertEquals(404, reload.status());
        assertThat(heading(partner, "Pagina niet gevonden")).isVisible();
        assertFalse(partner.content().contains(youth.name()), "the 404 page shows the youth's name");
        assertAccessible(partner);
        link(partner, "Jongeren").click();
        assertThat(heading(partner, "Jongeren die jouw organisatie mag zien")).isVisible();
        assertAccessible(partner);
        assertNotInPartnerList(partner, youth);
    }

    private Youth youthWithoutConsentForRmc() {
        UUID rmc = jdbc.sql("select id from organisation where name = :name")
                .param("name", RMC)
                .query(UUID.class)
                .single();
        Youth youth = jdbc.sql("""
                        select y.id, coalesce(y.preferred_name, y.given_names) || ' ' || y.family_name as name,
                               y.family_name, t.phase, y.phone, y.email, y.postcode, y.bsn_encrypted
                          from trajectory t
                          join account a on a.id = t.coach_id
                          join youth y on y.id = t.youth_id
                         where a.username = 'coach' and t.phase <> 'CLOSED' and y.organisation_id = a.organisation_id
                           and y.phone is not null and y.email is not null
                           and not exists (select 1 from consent_record c
                                            where c.youth_id = y.id and c.organisation_id = :rmc)
                           and exists (select 1 from contact k where k.trajectory_id = t.id and k.note is not null)
                           and y.id::text not like 'ffffffff%'
                         order by t.id desc
                         limit 1
                        """)
                .param("rmc", rmc)
                .query((rs, n) -> {
                    String bsn = rs.getString("bsn_encrypted");
                    return new Youth(
                            rs.getObject("id", UUID.class),
                            rs.getString("name"),
                            rs.getString("family_name"),
                            rs.getString("phase"),
                            rs.getString("phone"),
                            rs.getString("email"),
                            rs.getString("postcode"),
                            bsn == null ? null : bsnProtector.decryptMasked(bsn),
                            List.of());
                })
                .single();
        List<String> notes =
                jdbc.sql("""
                        select distinct k.note from contact k join trajectory t on t.id = k.trajectory_id
                         where t.youth_id = :youth and k.note is not null
                        """).param("youth", youth.id()).query(String.class).list();
        return new Youth(
                youth.id(),
                youth.name(),
                youth.familyName(),
                youth.phase(),
                youth.phone(),
                youth.email(),
                youth.postcode(),
                youth.maskedBsn(),
                notes);
    }

    /** The partner's list, page by page (axe on each), until the link to the youth turns up. */
    private static Locator findInPartnerList(Page page, Youth youth) {
        for (int pageNumber = 1; pageNumber <= 40; pageNumber++) {
            Locator link = page.locator("#main table a[href='" + youth.path() + "']");
            if (link.count() == 1) {
                return link;
            }
            Locator next = link(page, "Volgende pagina");
            if (next.count() == 0) {
                break;
            }
            next.click();
            page.waitForURL(Pattern.compile(".*[?&]page=" + pageNumber + "(&.*)?$"));
            assertAccessible(page);
        }
        throw new AssertionError("The partner's list does not show " + youth.name());
    }

    private static void assertNotInPartnerList(Page page, Youth youth) {
        for (int pageNumber = 1; pageNumber <= 40; pageNumber++) {
            assertThat(page.locator("a[href='" + youth.path() + "']")).hasCount(0);
            assertTrue(!page.content().contains(youth.name()), "the partner's list still shows " + youth.name());
            Locator next = link(page, "Volgende pagina");
            if (next.count() == 0) {
                return;
            }
            next.click();
            page.waitForURL(Pattern.compile(".*[?&]page=" + pageNumber + "(&.*)?$"));
            assertAccessible(page);
        }
    }

    private static Locator dossierTab(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Onderdelen van het dossier"))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator option(Page page, String legend, String label) {
        return group(page, legend).getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    /** RMC's rows under "Wat nu geldt". */
    private static Locator rmcRows(Page page) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Wat nu geldt"))
                .getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText(RMC));
    }

    private static Locator rmcRow(Page page, String category) {
        return rmcRows(page)
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.CELL,
                                new Page.GetByRoleOptions().setName(category).setExact(true))));
    }
}
