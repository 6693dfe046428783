package nl.overstap.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.overstap.contact.Contacts;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.DutchTime;
import nl.overstap.support.IntegrationTest;
import nl.overstap.trajectory.StartTrajectoryForm;
import nl.overstap.trajectory.Trajectories;
import nl.overstap.youth.YouthRegistration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.MapBindingResult;

/**
 * The nightly retention run, called directly (the scheduler itself only fires at 03:00): each
 * category goes after its own period, only for youths whose trajectories are all closed, never under
 * legal hold, with one system log row per youth changed.
 */
@IntegrationTest
class RetentionJobIntegrationTest {

    @Autowired
    RetentionJob job;

    @Autowired
    Erasures erasures;

    @Autowired
    YouthRegistration registration;

    @Autowired
    Trajectories trajectories;

    @Autowired
    Contacts contacts;

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    RightsFixtures fixtures;
    CurrentUser coach;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new RightsFixtures(registration, trajectories, contacts, jdbc);
        coach = logins.currentUser("coach");
        today = DutchTime.today(clock);
    }

    @Test
    void anonymisesAnExpiredClosedYouthAndLeavesAnOpenOneAlone() {
        RightsFixtures.Youth expired = fixtures.youthWithClosedTrajectory(coach);
        fixtures.closedYearsAgo(expired, 6);
        RightsFixtures.Youth open = fixtures.youthWithOpenTrajectory(coach);

        job.run(today);

        assertThat(fixtures.field(expired, "given_names")).isEqualTo(Anonymiser.PLACEHOLDER_GIVEN_NAMES);
        assertThat(fixtures.field(expired, "family_name")).isEqualTo(Anonymiser.PLACEHOLDER_FAMILY_NAME);
        assertThat(fixtures.field(expired, "bsn_encrypted")).isNull();
        assertThat(fixtures.field(expired, "phone")).isNull();
        assertThat(fixtures.field(expired, "anonymised_at")).isNotNull();
        assertThat(notes(expired)).isZero();
        assertThat(fixtures.count("select count(*) from key_person where youth_id = :id", expired.id()))
                .isZero();
        assertThat(fixtures.count(
                        "select count(*) from trajectory where youth_id = :id and outcome = 'WORK'", expired.id()))
                .isEqualTo(1);

        assertThat(fixtures.field(open, "family_name")).isEqualTo(open.familyName());
        assertThat(fixtures.field(open, "bsn_encrypted")).isNotNull();
        assertThat(fixtures.field(open, "phone")).isEqualTo(open.phone());
        assertThat(notes(open)).isEqualTo(1);
        assertThat(retentionRows(open)).isEmpty();

        assertThat(retentionRows(expired))
                .as("one system row per category that changed, on the retention basis")
                .containsExactlyInAnyOrder(
                        "retention:BASIC",
                        "retention:BSN",
                        "retention:CONTACT_DETAILS",
                        "retention:CONTACT_NOTES",
                        "retention:NETWORK");
        assertThat(fixtures.count(
                        "select count(*) from access_log where youth_id = :id and legal_basis like 'retention:%'"
                                + " and account_id is null and event_type = 'UPDATE'",
                        expired.id()))
                .isEqualTo(5);
    }

    @Test
    void removesTheWordsOfScanAndPlanOfAnExpiredClosedYouthOnly() {
        RightsFixtures.Youth expired = fixtures.youthWithClosedTrajectory(coach);
        RightsFixtures.ScanAndPlan canaries = fixtures.scanAndPlan(expired, coach);
        fixtures.closedYearsAgo(expired, 6);
        RightsFixtures.Youth recent = fixtures.youthWithClosedTrajectory(coach);
        RightsFixtures.ScanAndPlan kept = fixtures.scanAndPlan(recent, coach);
        fixtures.closedYearsAgo(recent, 4);

        Map<DataCategory, Integer> changed = job.run(today);

        fixtures.assertScanAndPlanCleared(expired, canaries);
        assertThat(changed).containsKeys(DataCategory.PLAN, DataCategory.SCAN_WORK_INCOME, DataCategory.SCAN_HEALTH);
        assertThat(retentionRows(expired))
                .contains("retention:PLAN", "retention:SCAN_HEALTH", "retention:SCAN_WORK_INCOME")
                .doesNotContain("retention:SCAN_HOUSING", "retention:SCAN_JUSTICE", "retention:SCAN_SOCIAL");
        assertThat(fixtures.scanAndPlanText(recent))
                .as("scan and plan are kept 5 years")
                .contains(kept.talents(), kept.explanation(), kept.healthNeeded(), kept.goal(), kept.resultNote());

        job.run(today);
        assertThat(retentionRows(expired))
                .as("a second run changes and logs nothing")
                .filteredOn(row -> row.startsWith("retention:SCAN") || row.equals("retention:PLAN"))
                .hasSize(3);
    }

    @Test
    void eachCategoryGoesAfterItsOwnPeriod() {
        RightsFixtures.Youth youth = fixtures.youthWithClosedTrajectory(coach);
        fixtures.closedYearsAgo(youth, 1);

        job.run(today);

        assertThat(fixtures.field(youth, "bsn_encrypted")).as("BSN: 1 year").isNull();
        assertThat(fixtures.field(youth, "bsn_hash")).isNull();
        assertThat(fixtures.field(youth, "phone"))
                .as("contact details: 2 years")
                .isEqualTo(youth.phone());
        assertThat(notes(youth)).as("notes: 2 years").isEqualTo(1);
        assertThat(fixtures.field(youth, "family_name")).as("basic: 5 years").isEqualTo(youth.familyName());
        assertThat(retentionRows(youth)).containsExactly("retention:BSN");
    }

    @Test
    void aSecondRunChangesAndLogsNothing() {
        RightsFixtures.Youth youth = fixtures.youthWithClosedTrajectory(coach);
        fixtures.closedYearsAgo(youth, 6);
        job.run(today);
        List<String> afterFirst = retentionRows(youth);

        Map<DataCategory, Integer> second = job.run(today);

        assertThat(retentionRows(youth)).isEqualTo(afterFirst);
        assertThat(second).containsKeys(DataCategory.BSN, DataCategory.BASIC);
    }

    @Test
    void legalHoldStopsTheRetentionJob() {
        RightsFixtures.Youth youth = fixtures.youthWithClosedTrajectory(coach);
        fixtures.closedYearsAgo(youth, 6);
        CurrentUser coordinator = logins.currentUser("coordinator");
        assertThat(erasures.legalHold(
                        coordinator,
                        youth.id(),
                        new LegalHoldForm("true", "Rechtszaak"),
                        new MapBindingResult(new HashMap<>(), "legalHoldForm")))
                .isTrue();

        job.run(today);

        assertThat(fixtures.field(youth, "family_name")).isEqualTo(youth.familyName());
        assertThat(fixtures.field(youth, "bsn_encrypted")).isNotNull();
        assertThat(notes(youth)).isEqualTo(1);
        assertThat(retentionRows(youth)).isEmpty();
    }

    @Test
    void aYouthWithANewOpenTrajectoryIsNotExpired() {
        RightsFixtures.Youth youth = fixtures.youthWithClosedTrajectory(coach);
        fixtures.closedYearsAgo(youth, 6);
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "startTrajectoryForm");
        assertThat(trajectories.start(
                        coach,
                        youth.id(),
                        new StartTrajectoryForm(
                                trajectories.programmes().get(0).id(),
                                null,
                                today.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"))),
                        errors))
                .as(errors.getAllErrors().toString())
                .isNotNull();

        job.run(today);

        assertThat(fixtures.field(youth, "family_name")).isEqualTo(youth.familyName());
        assertThat(retentionRows(youth)).isEmpty();
    }

    @Test
    void theSchedulerKeepsTheNightlyRunInTheDatabase() throws InterruptedException {
        Timestamp next = null;
        for (int attempt = 0; attempt < 50 && next == null; attempt++) {
            next = jdbc.sql("select execution_time from scheduled_tasks where task_name = :name")
                    .param("name", RetentionSchedule.TASK_NAME)
                    .query(Timestamp.class)
                    .optional()
                    .orElse(null);
            if (next == null) {
                Thread.sleep(100);
            }
        }
        assertThat(next).as("the recurring task is registered on start-up").isNotNull();
        assertThat(next.toInstant().atZone(DutchTime.ZONE).toLocalTime()).isEqualTo(LocalTime.of(3, 0));
    }

    @Test
    void administratorsSeeThePolicyAndNobodyElse() throws Exception {
        mvc.perform(get("/admin/retention").with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("1 jaar na afsluiten")))
                .andExpect(content().string(Matchers.containsString("5 jaar na afsluiten")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        for (String username : new String[] {"coach", "coordinator", "partner"}) {
            mvc.perform(get("/admin/retention").with(logins.as(username))).andExpect(status().isNotFound());
        }
    }

    private long notes(RightsFixtures.Youth youth) {
        return fixtures.count(
                "select count(*) from contact c join trajectory t on t.id = c.trajectory_id"
                        + " where t.youth_id = :id and c.note is not null",
                youth.id());
    }

    private List<String> retentionRows(RightsFixtures.Youth youth) {
        return jdbc.sql("""
                        select legal_basis from access_log
                         where youth_id = :id and legal_basis like 'retention:%' order by legal_basis
                        """).param("id", youth.id()).query(String.class).list();
    }
}
