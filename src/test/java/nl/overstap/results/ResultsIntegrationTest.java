package nl.overstap.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The figures of a region of its own ({@link ResultsRegion}) after a refresh, exactly, with
 * suppression; who may see them; the CSV; and the coordinator's drill-down with its access log.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsIntegrationTest {

    private static final String Q1_2025 = "from=2025-01&to=2025-03";
    static final String HEADLINE = "Van de 25 jongeren die in deze periode begonnen, bereikten er 19 onderwijs"
            + " of werk (76%, 95%-betrouwbaarheidsinterval 57%–89%).";

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ResultsRefresh refresh;

    @Autowired
    private Results results;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TestLogins logins;

    private ResultsRegion region;

    @BeforeAll
    void buildRegion() {
        region = new ResultsRegion(jdbc);
        refresh.refreshNow();
    }

    private Map<String, ResultTable> tables(String username, CutRequest cut) {
        CurrentUser user = logins.currentUser(username);
        return results.page(user, cut).tables().stream().collect(Collectors.toMap(ResultTable::id, t -> t));
    }

    private static CutRequest q1() {
        return new CutRequest(null, null, null, null, "2025-01", "2025-03", null);
    }

    private static Map<String, List<String>> rows(ResultTable table) {
        return table.rows().stream()
                .collect(Collectors.toMap(
                        ResultTable.Row::label,
                        r -> r.values().stream().map(ResultTable.Shown::text).toList()));
    }

    private String page(String username, String query) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get("/results?" + query).with(logins.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theRefreshIsAScheduledTaskAndRecordsWhenAndHowLongItTook() {
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'results-refresh'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select duration_ms >= 0 and cells > 0 from results_refresh where id = 1")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void theHeadlineCountsStartsAndThoseWhoReachedEducationOrWorkWithAWilsonInterval() throws Exception {
        String html = page(region.analyst, Q1_2025);

        assertThat(html).contains(HEADLINE).contains("Bijgewerkt om");
    }

    @Test
    void smallCountsShowAsLessThanFiveAndTheNextSmallestIsHiddenSoTotalsGiveNothingAway() {
        Map<String, ResultTable> tables = tables(region.analyst, q1());

        Map<String, List<String>> sources = rows(tables.get("inflow-sources"));
        assertThat(sources.get("School of mbo-locatie")).containsExactly("<5");
        assertThat(sources.get("RMC/DUO-lijst voortijdig schoolverlaters")).containsExactly("x");
        assertThat(sources.get("UWV")).containsExactly("0");
        assertThat(tables.get("inflow-sources").total().values().get(0).text()).isEqualTo("8");

        Map<String, List<String>> outcomes = rows(tables.get("outcomes"));
        assertThat(outcomes.get("Werk")).containsExactly("8");
        assertThat(outcomes.get("Onderwijs")).containsExactly("x");
        assertThat(outcomes.get("Geen plek")).containsExactly("<5");
        assertThat(tables.get("outcomes").total().values().get(0).text()).isEqualTo("16");
        assertThat(tables.get("outcomes").bars()).isNotNull();
    }

    @Test
    void funnelPlacesAndTimeToPlacementFollowTheHistory() {
        Map<String, ResultTable> tables = tables(region.analyst, q1());

        Map<String, List<String>> funnel = rows(tables.get("funnel"));
        assertThat(funnel.get("Scout")).containsExactly("7");
        assertThat(funnel.get("Scan")).containsExactly("0");
        assertThat(funnel.get("Borg")).containsExactly("18");

        ResultTable held = tables.get("held");
        assertThat(held.total().values().stream().map(ResultTable.Shown::text))
                .as("5 of 5 after a month; 4 of 5 is a small count, so not shown")
                .containsExactly("100% van 5", "te weinig", "te weinig", "te weinig");
        assertThat(held.steps()).isNotNull();

        List<String> ttp = rows(tables.get("time-to-placement")).get("Trajecten met een plek");
        assertThat(ttp.get(0)).isEqualTo("5");
        assertThat(ttp.get(1)).isEqualTo("4,5 weken");
    }

    @Test
    void contactsScoresPartnersAndSatisfaction() {
        Map<String, ResultTable> tables = tables(region.analyst, q1());

        List<String> february = rows(tables.get("contacts")).values().stream()
                .filter(v -> v.get(0).equals("10"))
                .findFirst()
                .orElseThrow();
        assertThat(february).containsExactly("10", "5", "2,0", "50%");

        assertThat(rows(tables.get("scores")).get("Financiën").get(0)).isEqualTo("+2,0 (n = 5)");
        assertThat(rows(tables.get("scores")).get("Financiën").get(1)).isEqualTo("–");

        assertThat(rows(tables.get("partners")).get("Partner " + region.suffix)).containsExactly("6", "83%", "<5", "0");
        assertThat(tables.get("partners").total().values().stream().map(ResultTable.Shown::text))
                .as("a total of 1 to 4 is itself a small count")
                .containsExactly("6", "83%", "<5", "0");

        Map<String, List<String>> satisfaction = rows(tables.get("satisfaction"));
        assertThat(satisfaction.get("Rapportcijfer (1 tot 10)")).containsExactly("6", "8,0");
        assertThat(satisfaction.get("Zou de begeleiding aanraden")).containsExactly("6", "83%");
    }

    @Test
    void aCutOnAnotherMunicipalityOrAnEmptyPeriodShowsNoStarts() throws Exception {
        assertThat(page(region.analyst, Q1_2025 + "&municipality=DELFT"))
                .contains("In deze periode begon geen jongere een traject.");
        assertThat(page(region.analyst, "from=2024-01&to=2024-12"))
                .contains("In deze periode begon geen jongere een traject.");
        assertThat(page(region.analyst, Q1_2025 + "&programme=" + ResultsRegion.RODE_LOPER))
                .contains(HEADLINE);
        assertThat(page(region.analyst, "from=2025-03&to=2025-01"))
                .as("a reversed period is read the right way round")
                .contains(HEADLINE);
    }

    @Test
    void aNationalAnalystChoosesTheRegionAndOthersSeeOnlyTheirOwn() throws Exception {
        String national = region.nationalAnalyst();

        assertThat(pageOfRegion(national, region.region))
                .contains(HEADLINE)
                .containsPattern("value=\"" + region.region + "\"\\s+selected");
        assertThat(page(national, Q1_2025))
                .contains("Alle regio's")
                .doesNotContain("In deze periode begon geen jongere");
        assertThat(pageOfRegion("analyst", region.region))
                .as("a regional analyst cannot pick another region")
                .doesNotContain(HEADLINE);
    }

    private String pageOfRegion(String username, String chosen) throws Exception {
        return HtmlUtils.htmlUnescape(
                mvc.perform(get("/results?" + Q1_2025).param("region", chosen).with(logins.as(username)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theCsvHoldsEveryTableAsShownWithoutPersons() throws Exception {
        byte[] body = mvc.perform(get("/results/export.csv?" + Q1_2025).with(logins.as(region.analyst)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\ufeff");
        assertThat(csv)
                .contains("Signalen per bron\r\n")
                .contains("RMC/DUO-lijst voortijdig schoolverlaters;x\r\n")
                .contains("School of mbo-locatie;<5\r\n")
                .contains("Werk;8\r\n")
                .contains(HEADLINE)
                .doesNotContain("Resultaat0");
    }

    @Test
    void onlyAnalystsAndCoordinatorsSeeResultsAndOnlyCoordinatorsDrillDown() throws Exception {
        for (String who : List.of("coach", "partner", "employer", "admin")) {
            mvc.perform(get("/results").with(logins.as(who))).andExpect(status().isNotFound());
            mvc.perform(get("/results/export.csv").with(logins.as(who))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/results/trajectories?measure=STARTED&" + Q1_2025).with(logins.as(region.analyst)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/").with(logins.as(region.analyst))).andExpect(redirectedUrl("/results"));
    }

    @Test
    void aCoordinatorDrillsDownToTheTrajectoriesBehindACountAndEachListedYouthIsLogged() throws Exception {
        String html = page(region.coordinator, Q1_2025);
        assertThat(html).contains("/results/trajectories?measure=OUTCOME&key=WORK");

        String list =
                HtmlUtils.htmlUnescape(mvc.perform(get("/results/trajectories?measure=OUTCOME&key=WORK&" + Q1_2025)
                                .with(logins.as(region.coordinator)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));

        assertThat(list).contains(region.workNames).doesNotContain("Resultaat8" + region.suffix);
        UUID coordinator = logins.currentUser(region.coordinator).id();
        long logged = jdbc.sql("""
                        select count(distinct youth_id) from access_log
                         where account_id = :account and event_type = 'LIST' and youth_id = any(cast(:youths as uuid[]))
                        """)
                .param("account", coordinator)
                .param(
                        "youths",
                        "{" + region.workYouths.stream().map(UUID::toString).collect(Collectors.joining(",")) + "}")
                .query(Long.class)
                .single();
        assertThat(logged).isEqualTo(8);

        String other = mvc.perform(get("/results/trajectories?measure=OUTCOME&key=WORK&" + Q1_2025)
                        .with(logins.as("coordinator")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(other).as("the demo coordinator sees only the demo region").doesNotContain(region.suffix);

        mvc.perform(get("/results/trajectories?measure=OUTCOME&key=NOPE").with(logins.as(region.coordinator)))
                .andExpect(status().isNotFound());
    }
}
