package nl.overstap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.overstap.browser.CoachJourneyBrowserTest.button;
import static nl.overstap.browser.CoachJourneyBrowserTest.field;
import static nl.overstap.browser.CoachJourneyBrowserTest.group;
import static nl.overstap.browser.CoachJourneyBrowserTest.heading;
import static nl.overstap.browser.CoachJourneyBrowserTest.link;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.overstap.shared.DutchTime;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.YouthFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plan journeys in Chromium, with axe on every page: a coach does a scan (first with a missing
 * score), sees the comparison and the charts, writes a goal and assigns an action to a partner school
 * (first without consent, then with it) which the school completes from its inbox; and a coach
 * escalates an overdue partner action on which the coordinator takes a binding decision that shows
 * on the youth's file; and an MDO with two cases whose decisions add actions to both plans.
 */
@IntegrationTest
class PlanJourneyBrowserTest extends BrowserSupport {

    private static final String MBO = "Mbo College Hofstad";
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final List<String> DOMAINS = List.of(
            "Financiën",
            "Werk en opleiding",
            "Tijdsbesteding",
            "Huisvesting",
            "Huiselijke relaties",
            "Geestelijke gezondheid",
            "Lichamelijke gezondheid",
            "Middelengebruik",
            "Basale ADL",
            "Instrumentele ADL",
            "Sociaal netwerk",
            "Maatschappelijke participatie",
            "Justitie");
    private static final List<String> SCORES = List.of(
            "1 – acute problemen",
            "2 – niet zelfredzaam",
            "3 – beperkt zelfredzaam",
            "4 – voldoende zelfredzaam",
            "5 – volledig zelfredzaam");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    YouthFactory youths;

    @Autowired
    DemoFixtures fixtures;

    @Test
    void coachScansAndPlansPartnerCompletesTheActionFromTheInbox() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String familyName = uniqueFamilyName("Plan");
        String name = "Testjongere " + familyName;
        UUID youthId = youths.withTrajectory("coach", familyName).youthId();
        String fileUrl = url("/youths/" + youthId);

        // The coach opens the youth's file.
        Page coach = loginAs("coach");
        assertAccessible(coach);
        coach.navigate(fileUrl);
        assertThat(heading(coach, name)).isVisible();
        assertAccessible(coach);

        // Tab "Scan": no scan yet.
        dossierTab(coach, "Scan").click();
        assertThat(heading(coach, "Scans van " + name)).isVisible();
        assertThat(coach.getByText("Er is nog geen scan.")).isVisible();
        assertAccessible(coach);

        // A first scan, dated three weeks ago, with Justitie left without a score.
        link(coach, "Nieuwe scan").click();
        assertThat(heading(coach, "Nieuwe scan")).isVisible();
        assertAccessible(coach);
        String firstDate = today.minusDays(21).format(DUTCH_DATE);
        field(coach, "Datum van de scan").fill(firstDate);
        group(coach, "Wie deden mee?")
                .getByLabel("De jongere", new Locator.GetByLabelOptions().setExact(true))
                .check();
        for (int i = 0; i < DOMAINS.size() - 1; i++) {
            score(coach, DOMAINS.get(i), SCORES.get(i % 3)).check();
        }
        domain(coach, "Werk en opleiding")
                .getByLabel("Wat gaat goed", new Locator.GetByLabelOptions().setExact(true))
                .fill("Komt op tijd bij de stage.");
        field(coach, "Talenten").fill("Handig met computers.");
        button(coach, "Scan opslaan").click();

        // The error summary names the missing score; what was typed is kept.
        Locator summary = coach.getByRole(AriaRole.ALERT);
        assertThat(summary).isVisible();
        assertThat(summary).containsText("Kies bij Justitie een score of \"onbekend\".");
        assertThat(summary.getByRole(AriaRole.LINK)).hasCount(1);
        assertAccessible(coach);
        assertThat(field(coach, "Datum van de scan")).hasValue(firstDate);
        assertThat(score(coach, "Financiën", SCORES.get(0))).isChecked();
        assertThat(score(coach, "Huisvesting", SCORES.get(0))).isChecked();
        assertThat(domain(coach, "Werk en opleiding")
                        .getByLabel("Wat gaat goed", new Locator.GetByLabelOptions().setExact(true)))
                .hasValue("Komt op tijd bij de stage.");
        assertThat(field(coach, "Talenten")).hasValue("Handig met computers.");

        // Completes the scan and sees it.
        score(coach, "Justitie", "Onbekend").check();
        button(coach, "Scan opslaan").click();
        assertThat(coach).hasURL(Pattern.compile(".*/scans/[0-9a-f-]{36}$"));
        assertThat(heading(coach, "Scan van " + name + " op " + firstDate)).isVisible();
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("De scan is opgeslagen.");
        assertThat(coach.getByText("Komt op tijd bij de stage.")).isVisible();
        assertAccessible(coach);

        // A second scan today, with all 13 domains scored, for the comparison.
        link(coach, "Terug naar de scans").click();
        assertThat(heading(coach, "Scans van " + name)).isVisible();
        assertAccessible(coach);
        link(coach, "Nieuwe scan").click();
        assertThat(heading(coach, "Nieuwe scan")).isVisible();
        group(coach, "Wie deden mee?")
                .getByLabel("De jongere", new Locator.GetByLabelOptions().setExact(true))
                .check();
        for (int i = 0; i < DOMAINS.size(); i++) {
            score(coach, DOMAINS.get(i), SCORES.get(1 + i % 4)).check();
        }
        button(coach, "Scan opslaan").click();
        assertThat(coach).hasURL(Pattern.compile(".*/scans/[0-9a-f-]{36}$"));
        assertThat(heading(coach, "Scan van " + name + " op " + today.format(DUTCH_DATE)))
                .isVisible();
        assertAccessible(coach);

        // The scans page: list, Big-5, comparison, trend charts and their data table.
        link(coach, "Terug naar de scans").click();
        assertThat(heading(coach, "Scans van " + name)).isVisible();
        assertThat(heading(coach, "Eerste en laatste scan vergeleken")).isVisible();
        Locator comparison = coach.getByRole(
                AriaRole.TABLE, new Page.GetByRoleOptions().setName(Pattern.compile("^Scores van de eerste scan")));
        assertThat(comparison.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Financiën")))
                .containsText("+1");
        assertThat(heading(coach, "Verloop per leefgebied")).isVisible();
        assertThat(coach.locator("svg[role=img]")).hasCount(DOMAINS.size());
        assertThat(coach.getByRole(
                        AriaRole.TABLE,
                        new Page.GetByRoleOptions()
                                .setName("Scores per leefgebied per scan, van oud naar nieuw")
                                .setExact(true)))
                .isVisible();
        assertAccessible(coach);

        // Tab "Plan": a goal in the youth's words.
        dossierTab(coach, "Plan").click();
        assertThat(heading(coach, "Plan van " + name)).isVisible();
        assertThat(coach.getByText("Er staan nog geen doelen in het plan.")).isVisible();
        assertAccessible(coach);
        link(coach, "Doel toevoegen").click();
        assertThat(heading(coach, "Doel toevoegen")).isVisible();
        assertAccessible(coach);
        String goal = "Ik wil mijn mbo-diploma halen bij " + familyName + ".";
        field(coach, "Leefgebied").selectOption(new SelectOption().setLabel("Werk en opleiding"));
        field(coach, "Doel").fill(goal);
        field(coach, "Streefdatum").fill(today.plusMonths(6).format(DUTCH_DATE));
        group(coach, "Status")
                .getByLabel("Open", new Locator.GetByLabelOptions().setExact(true))
                .check();
        button(coach, "Doel toevoegen").click();
        assertThat(coach).hasURL(Pattern.compile(".*/youths/" + youthId + "/plan$"));
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("Het doel is toegevoegd.");
        assertThat(heading(coach, goal)).isVisible();
        assertAccessible(coach);

        // An action for the school, without consent: the form says why and offers to record it.
        String action = "Intakegesprek plannen voor de opleiding ICT.";
        String due = today.plusDays(14).format(DUTCH_DATE);
        coach.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Actie toevoegen " + goal)
                                .setExact(true))
                .click();
        assertThat(heading(coach, "Actie toevoegen")).isVisible();
        assertAccessible(coach);
        fillPartnerAction(coach, action, due);
        button(coach, "Actie toevoegen").click();
        Locator refused = coach.getByRole(AriaRole.ALERT);
        assertThat(refused).containsText(MBO + " mag het plan van deze jongere niet zien.");
        assertThat(field(coach, "Partnerorganisatie")).hasAttribute("aria-invalid", "true");
        assertThat(field(coach, "Wat gaat er gebeuren")).hasValue(action);
        assertAccessible(coach);

        // Records consent for the plan for the school.
        link(coach, "Toestemming vastleggen").click();
        assertThat(heading(coach, "Toestemming vastleggen voor " + name)).isVisible();
        assertAccessible(coach);
        field(coach, "Met welke organisatie").selectOption(new SelectOption().setLabel(MBO));
        option(coach, "Welke gegevens", "Plan en acties").check();
        option(coach, "Grondslag", "Toestemming van de jongere").check();
        option(coach, "Besluit van de jongere", "Toestemming gegeven").check();
        option(coach, "Hoe gegeven", "Mondeling").check();
        button(coach, "Opslaan").click();
        assertThat(coach).hasURL(Pattern.compile(".*/youths/" + youthId + "/consent$"));
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("De toestemming is vastgelegd.");
        assertAccessible(coach);

        // Now the action goes to the school.
        dossierTab(coach, "Plan").click();
        assertThat(heading(coach, "Plan van " + name)).isVisible();
        coach.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Actie toevoegen " + goal)
                                .setExact(true))
                .click();
        assertThat(heading(coach, "Actie toevoegen")).isVisible();
        fillPartnerAction(coach, action, due);
        button(coach, "Actie toevoegen").click();
        assertThat(coach).hasURL(Pattern.compile(".*/youths/" + youthId + "/plan$"));
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("De actie is toegevoegd.");
        Locator row = actionRow(coach, action);
        assertThat(row).containsText(MBO);
        assertThat(row).containsText(due);
        assertThat(row).containsText("Open");
        assertAccessible(coach);

        // A user of the school logs in and completes the action from the inbox.
        Page partner = loginAs(partnerAccount());
        assertAccessible(partner);
        link(partner, "Acties").click();
        assertThat(heading(partner, "Acties")).isVisible();
        Locator item = partner.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(action));
        assertThat(item).hasCount(1);
        // Consent covers the plan only, not the basic details: the school does not get the name.
        assertThat(item).containsText("Jongere (naam niet gedeeld)");
        assertThat(item).not().containsText("Testjongere");
        assertThat(item).containsText(due);
        assertAccessible(partner);
        item.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Bijwerken " + action))
                .click();
        assertThat(heading(partner, "Actie bijwerken")).isVisible();
        assertAccessible(partner);
        group(partner, "Status")
                .getByLabel("Klaar", new Locator.GetByLabelOptions().setExact(true))
                .check();
        String result = "Intake gehad op school, start in februari.";
        field(partner, "Resultaat").fill(result);
        button(partner, "Opslaan").click();
        assertThat(partner).hasURL(Pattern.compile(".*/inbox$"));
        assertThat(partner.getByRole(AriaRole.STATUS)).containsText("De actie is bijgewerkt.");
        assertThat(partner.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(action)))
                .hasCount(0);
        assertAccessible(partner);

        // The coach sees it done, with the result.
        coach.reload();
        assertThat(heading(coach, "Plan van " + name)).isVisible();
        row = actionRow(coach, action);
        assertThat(row.getByRole(AriaRole.CELL).nth(2)).hasText("Klaar");
        assertThat(row).containsText(result);
        assertAccessible(coach);
    }

    @Test
    void coachEscalatesAnOverdueActionCoordinatorDecidesItShowsOnTheFile() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String familyName = uniqueFamilyName("Escalatie");
        String name = "Testjongere " + familyName;
        UUID youthId = youths.withTrajectory("coach", familyName).youthId();
        String action = "Stageplek regelen bij " + familyName + ".";
        overduePartnerAction(youthId, action, today.minusDays(10));

        // The coach sees the overdue action on the plan and escalates it.
        Page coach = loginAs("coach");
        assertAccessible(coach);
        coach.navigate(url("/youths/" + youthId));
        assertThat(heading(coach, name)).isVisible();
        assertAccessible(coach);
        dossierTab(coach, "Plan").click();
        assertThat(heading(coach, "Plan van " + name)).isVisible();
        Locator row = actionRow(coach, action);
        assertThat(row).containsText("Te laat");
        assertThat(row).containsText(MBO);
        assertAccessible(coach);
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Escaleren " + action))
                .click();
        assertThat(heading(coach, "Actie escaleren")).isVisible();
        assertAccessible(coach);
        button(coach, "Escaleren naar de regisseur").click();
        assertThat(coach.getByRole(AriaRole.ALERT)).containsText("Schrijf op waarom je de actie escaleert.");
        assertAccessible(coach);
        String reason = "De school reageert al drie weken niet op mail en telefoon.";
        field(coach, "Waarom escaleer je deze actie").fill(reason);
        button(coach, "Escaleren naar de regisseur").click();
        assertThat(coach).hasURL(Pattern.compile(".*/youths/" + youthId + "/escalations$"));
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("De actie is geëscaleerd naar de regisseur.");
        Locator card = escalationCard(coach, action);
        assertThat(card).containsText("Wacht op de regisseur");
        assertThat(card).containsText(reason);
        assertAccessible(coach);

        // The coordinator finds it under "Opschalingen" and takes a binding decision.
        Page coordinator = loginAs("coordinator");
        assertAccessible(coordinator);
        link(coordinator, "Opschalingen").click();
        assertThat(heading(coordinator, "Escalaties")).isVisible();
        Locator open = coordinator.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(action));
        assertThat(open).hasCount(1);
        assertThat(open).containsText(name);
        assertThat(open).containsText(MBO);
        assertAccessible(coordinator);
        open.getByRole(AriaRole.LINK).click();
        assertThat(heading(coordinator, "Escalatie voor " + name)).isVisible();
        assertThat(coordinator.getByText(reason)).isVisible();
        assertAccessible(coordinator);
        group(coordinator, "Wat beslis je")
                .getByLabel(
                        "Bindend besluit namens het samenwerkingsverband",
                        new Locator.GetByLabelOptions().setExact(true))
                .check();
        button(coordinator, "Beslissing vastleggen").click();
        assertThat(coordinator.getByRole(AriaRole.ALERT)).containsText("Schrijf het besluit en de reden op.");
        assertAccessible(coordinator);
        String decision = "De school plant deze week een intake; de regio betaalt de stagebegeleiding.";
        field(coordinator, "Toelichting").fill(decision);
        button(coordinator, "Beslissing vastleggen").click();
        assertThat(coordinator).hasURL(Pattern.compile(".*/escalations$"));
        assertThat(coordinator.getByRole(AriaRole.STATUS)).containsText("De beslissing is vastgelegd.");
        assertThat(coordinator.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(action)))
                .hasCount(0);
        assertAccessible(coordinator);

        // The coach sees the decision on the youth's "Opschaling" tab.
        coach.navigate(url("/youths/" + youthId));
        dossierTab(coach, "Opschaling").click();
        assertThat(heading(coach, "Escalaties")).isVisible();
        card = escalationCard(coach, action);
        assertThat(card).containsText("Bindend besluit genomen");
        assertThat(card).containsText("Bindend besluit");
        assertThat(card).containsText(decision);
        assertThat(card).containsText(reason);
        assertAccessible(coach);
    }

    @Test
    void mdoWithTwoCasesEndsWithDecisionsThatAppearInThePlans() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String schoolFamily = uniqueFamilyName("Mdo");
        String coachFamily = uniqueFamilyName("Mdo");
        UUID schoolYouth = youths.withTrajectory("coach", schoolFamily).youthId();
        UUID coachYouth = youths.withTrajectory("coach", coachFamily).youthId();
        String schoolName = "Testjongere " + schoolFamily;
        String coachName = "Testjongere " + coachFamily;
        String schoolGoal = "Ik wil weer naar school, " + schoolFamily + ".";
        String coachGoal = "Ik wil een eigen kamer, " + coachFamily + ".";
        planConsentForSchool(schoolYouth);
        goal(schoolYouth, schoolGoal, "WORK_EDUCATION");
        goal(coachYouth, coachGoal, "HOUSING");
        String date = today.plusDays(7).format(DUTCH_DATE);

        // The coordinator plans a meeting and invites the school.
        Page coordinator = loginAs("coordinator");
        assertAccessible(coordinator);
        link(coordinator, "MDO").click();
        assertThat(heading(coordinator, "Multidisciplinair overleg (MDO)")).isVisible();
        assertAccessible(coordinator);
        link(coordinator, "Overleg plannen").click();
        assertThat(coordinator).hasURL(Pattern.compile(".*/meetings/new$"));
        assertAccessible(coordinator);
        field(coordinator, "Datum van het overleg").fill(date);
        option(coordinator, "Uitgenodigde organisaties", MBO).check();
        button(coordinator, "Overleg plannen").click();
        assertThat(coordinator).hasURL(Pattern.compile(".*/meetings/[0-9a-f-]{36}$"));
        assertThat(coordinator.getByRole(AriaRole.STATUS)).containsText("Het overleg is gepland.");
        assertThat(heading(coordinator, "Multidisciplinair overleg van " + date))
                .isVisible();
        String meetingPath = coordinator.url().substring(coordinator.url().indexOf("/meetings/"));
        assertAccessible(coordinator);

        // The coach puts two youths on the agenda, each with a question.
        Page coach = loginAs("coach");
        assertAccessible(coach);
        link(coach, "MDO").click();
        assertThat(heading(coach, "Multidisciplinair overleg (MDO)")).isVisible();
        assertAccessible(coach);
        coach.locator("#main a[href='" + meetingPath + "']").click();
        assertThat(heading(coach, "Multidisciplinair overleg van " + date)).isVisible();
        assertAccessible(coach);
        addCase(coach, schoolName, "Kan de school een plek in de ICT-opleiding vrijhouden?");
        addCase(coach, coachName, "Wie helpt met de aanvraag voor een kamer?");
        assertThat(caseCard(coach, schoolName)).containsText("Kan de school een plek in de ICT-opleiding vrijhouden?");
        assertThat(caseCard(coach, coachName)).containsText("Wie helpt met de aanvraag voor een kamer?");

        // The coordinator records a decision with a new action for each case.
        String schoolAction = "Plek vrijhouden in de ICT-opleiding voor " + schoolFamily + ".";
        String coachAction = "Aanvraag kamer indienen voor " + coachFamily + ".";
        String due = today.plusDays(21).format(DUTCH_DATE);
        coordinator.reload();
        assertThat(caseCard(coordinator, schoolName)).isVisible();
        assertAccessible(coordinator);
        decide(
                coordinator,
                schoolName,
                "De school houdt een plek vrij.",
                schoolAction,
                schoolGoal,
                "Een partnerorganisatie",
                due);
        decide(coordinator, coachName, "De coach dient de aanvraag in.", coachAction, coachGoal, "De coach", due);

        // The actions are in the youths' plans.
        coach.navigate(url("/youths/" + schoolYouth + "/plan"));
        assertThat(heading(coach, "Plan van " + schoolName)).isVisible();
        Locator row = actionRow(coach, schoolAction);
        assertThat(row).containsText(MBO);
        assertThat(row).containsText(due);
        assertAccessible(coach);
        coach.navigate(url("/youths/" + coachYouth + "/plan"));
        assertThat(heading(coach, "Plan van " + coachName)).isVisible();
        row = actionRow(coach, coachAction);
        assertThat(row).containsText("De coach");
        assertThat(row).containsText(due);
        assertAccessible(coach);
    }

    private static void addCase(Page coach, String youthName, String question) {
        field(coach, "Jongere").selectOption(new SelectOption().setLabel(youthName));
        field(coach, "Vraag aan het overleg").fill(question);
        button(coach, "Casus aanmelden").click();
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("De casus staat op de agenda.");
        assertThat(caseCard(coach, youthName)).isVisible();
        assertAccessible(coach);
    }

    private static void decide(
            Page page, String youthName, String decision, String action, String goal, String owner, String due) {
        Locator card = caseCard(page, youthName);
        card.getByLabel("Besluit", new Locator.GetByLabelOptions().setExact(true))
                .fill(decision);
        card.getByLabel("Omschrijving van de actie", new Locator.GetByLabelOptions().setExact(true))
                .fill(action);
        card.getByLabel("Bij het doel", new Locator.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(goal));
        card.getByLabel("Wie voert de actie uit", new Locator.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(owner));
        if (owner.equals("Een partnerorganisatie")) {
            card.getByLabel("Organisatie (bij een partnerorganisatie)", new Locator.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel(MBO));
        }
        card.getByLabel("Uiterlijk klaar op", new Locator.GetByLabelOptions().setExact(true))
                .fill(due);
        card.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(Pattern.compile("^Besluit vastleggen voor casus \\d+$")))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het besluit is vastgelegd.");
        card = caseCard(page, youthName);
        assertThat(card).containsText(decision);
        assertThat(card).containsText(action);
        assertAccessible(page);
    }

    private static Locator caseCard(Page page, String youthName) {
        return page.locator("article.card")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions()
                                        .setName(Pattern.compile("^Casus \\d+: " + youthName + "$")))));
    }

    private void planConsentForSchool(UUID youthId) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        jdbc.sql("""
                        insert into consent_record (id, youth_id, organisation_id, data_category, version, is_current,
                                                    basis, decision, given_on, given_how, valid_until,
                                                    recorded_by, recorded_at)
                        values (:id, :youth, :org, 'PLAN', 1, true, 'CONSENT', 'GRANTED', :given, 'VERBAL',
                                :until, :by, :now)
                        """)
                .param("id", UUID.randomUUID())
                .param("youth", youthId)
                .param("org", fixtures.organisationId(MBO))
                .param("given", today)
                .param("until", today.plusYears(1))
                .param("by", coachId())
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    private UUID goal(UUID youthId, String text, String domain) {
        UUID goal = UUID.randomUUID();
        jdbc.sql("""
                        insert into plan_goal (id, youth_id, domain, text, target_date, status, created_by, created_at)
                        values (:id, :youth, :domain, :text, :target, 'OPEN', :by, :now)
                        """)
                .param("id", goal)
                .param("youth", youthId)
                .param("domain", domain)
                .param("text", text)
                .param("target", LocalDate.now(DutchTime.ZONE).plusMonths(6))
                .param("by", coachId())
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return goal;
    }

    private UUID coachId() {
        return jdbc.sql("select id from account where username = 'coach'")
                .query(UUID.class)
                .single();
    }

    private void fillPartnerAction(Page page, String description, String due) {
        field(page, "Wat gaat er gebeuren").fill(description);
        option(page, "Wie doet het", "Een partnerorganisatie").check();
        field(page, "Partnerorganisatie").selectOption(new SelectOption().setLabel(MBO));
        field(page, "Uiterlijk klaar op").fill(due);
        option(page, "Status", "Open").check();
    }

    /** A PARTNER account of the school with the demo password (the hash of the demo partner). */
    private String partnerAccount() {
        String hash = jdbc.sql("select password_hash from account where username = 'partner'")
                .query(String.class)
                .single();
        String username = "mbo." + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into account (id, username, display_name, password_hash, role, organisation_id)
                        values (:id, :u, 'Mbo Browsertest', :hash, 'PARTNER', :org)
                        """)
                .param("id", UUID.randomUUID())
                .param("u", username)
                .param("hash", hash)
                .param("org", fixtures.organisationId(MBO))
                .update();
        return username;
    }

    /** Consent for the plan for the school, a goal and an open action of the school due on the date. */
    private void overduePartnerAction(UUID youthId, String description, LocalDate due) {
        UUID coach = jdbc.sql("select id from account where username = 'coach'")
                .query(UUID.class)
                .single();
        UUID mbo = fixtures.organisationId(MBO);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        insert into consent_record (id, youth_id, organisation_id, data_category, version, is_current,
                                                    basis, decision, given_on, given_how, valid_until,
                                                    recorded_by, recorded_at)
                        values (:id, :youth, :org, 'PLAN', 1, true, 'CONSENT', 'GRANTED', :given, 'VERBAL',
                                :until, :by, :now)
                        """)
                .param("id", UUID.randomUUID())
                .param("youth", youthId)
                .param("org", mbo)
                .param("given", due.minusDays(30))
                .param("until", due.plusYears(1))
                .param("by", coach)
                .param("now", now)
                .update();
        UUID goal = UUID.randomUUID();
        jdbc.sql("""
                        insert into plan_goal (id, youth_id, domain, text, target_date, status, created_by, created_at)
                        values (:id, :youth, 'WORK_EDUCATION', 'Ik wil een stage in de zorg.', :target, 'IN_PROGRESS',
                                :by, :now)
                        """)
                .param("id", goal)
                .param("youth", youthId)
                .param("target", due.plusMonths(6))
                .param("by", coach)
                .param("now", now)
                .update();
        jdbc.sql("""
                        insert into plan_action (id, goal_id, youth_id, description, owner_type, owner_organisation_id,
                                                 due_date, status, created_by, created_at)
                        values (:id, :goal, :youth, :description, 'PARTNER', :org, :due, 'OPEN', :by, :now)
                        """)
                .param("id", UUID.randomUUID())
                .param("goal", goal)
                .param("youth", youthId)
                .param("description", description)
                .param("org", mbo)
                .param("due", due)
                .param("by", coach)
                .param("now", now)
                .update();
    }

    private static Locator domain(Page page, String domain) {
        return group(page, domain);
    }

    private static Locator score(Page page, String domain, String score) {
        return domain(page, domain)
                .getByRole(
                        AriaRole.GROUP,
                        new Locator.GetByRoleOptions().setName("Score").setExact(true))
                .getByLabel(score, new Locator.GetByLabelOptions().setExact(true));
    }

    private static Locator actionRow(Page page, String description) {
        return page.locator("tbody tr")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.ROWHEADER,
                                new Page.GetByRoleOptions().setName(description).setExact(true))));
    }

    private static Locator escalationCard(Page page, String description) {
        return page.locator(".card")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions().setName(description).setExact(true))));
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
}
