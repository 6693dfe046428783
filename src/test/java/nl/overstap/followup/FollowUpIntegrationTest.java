package nl.overstap.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.MatchScenario;
import nl.overstap.trajectory.Caseload;
import nl.overstap.trajectory.CaseloadQuery;
import nl.overstap.trajectory.CaseloadRow;
import nl.overstap.trajectory.FollowUpAttention;
import nl.overstap.trajectory.Phase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Start → Borg with its check-ins and persistent reminders; the reminder runs on a scheduler that
 * did not schedule it (a restart); missed check-ins, an employer's concern and an ended place raise
 * the caseload's stuck signal; relapse goes back to Match through the trajectory module.
 */
@IntegrationTest
class FollowUpIntegrationTest {

    @Autowired
    MatchScenario scenario;

    @Autowired
    FollowUps followUps;

    @Autowired
    Caseload caseload;

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    OneTimeTask<Void> followUpReminderTask;

    @Test
    void aConfirmedStartMovesTheTrajectoryToBorgAndSchedulesCheckInsWithPersistentReminders() {
        LocalDate start = MatchScenario.today().plusDays(3);
        MatchScenario.Started started = scenario.started("coach", "Borgstart", start);

        assertThat(phase(started.trajectoryId())).isEqualTo("BORG");
        assertThat(jdbc.sql("select kind from phase_change where trajectory_id = :t order by changed_at desc limit 1")
                        .param("t", started.trajectoryId())
                        .query(String.class)
                        .single())
                .isEqualTo("FORWARD");
        assertThat(jdbc.sql("select started_on from followup_placement where match_id = :m")
                        .param("m", started.matchId())
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(start);
        List<String> checkIns = jdbc.sql(
                        "select party || ' ' || period || ' ' || due_on from followup_checkin where match_id = :m order by due_on, party")
                .param("m", started.matchId())
                .query(String.class)
                .list();
        assertThat(checkIns)
                .containsExactly(
                        "EMPLOYER P1W " + start.plusWeeks(1),
                        "YOUTH P1W " + start.plusWeeks(1),
                        "EMPLOYER P1M " + start.plusMonths(1),
                        "YOUTH P1M " + start.plusMonths(1),
                        "EMPLOYER P3M " + start.plusMonths(3),
                        "YOUTH P3M " + start.plusMonths(3),
                        "EMPLOYER P6M " + start.plusMonths(6),
                        "YOUTH P6M " + start.plusMonths(6),
                        "EMPLOYER P12M " + start.plusMonths(12),
                        "YOUTH P12M " + start.plusMonths(12));
        assertThat(jdbc.sql("""
                        select count(*) from scheduled_tasks s
                         where s.task_name = :task
                           and s.task_instance in (select cast(id as text) from followup_checkin where match_id = :m)
                           and s.execution_time > now()
                        """)
                        .param("task", CheckInReminderTask.TASK_NAME)
                        .param("m", started.matchId())
                        .query(Long.class)
                        .single())
                .as("one persistent reminder per check-in, on its due date")
                .isEqualTo(10);
    }

    @Test
    void theReminderRunsAfterTheSchedulerThatPlannedItStopped() throws Exception {
        MatchScenario.Started started = scenario.started("coach", "Herstart", MatchScenario.today());
        UUID checkIn = checkIn(started.matchId(), "YOUTH", "P1W");

        // A first scheduler instance plans the reminder (due in a moment) and stops before it is due.
        Scheduler first = Scheduler.create(dataSource, followUpReminderTask)
                .pollingInterval(Duration.ofMillis(200))
                .threads(1)
                .build();
        first.start();
        first.reschedule(
                followUpReminderTask.instance(checkIn.toString()), Instant.now().plusSeconds(2));
        first.stop();
        assertThat(remindedAt(checkIn)).isNull();

        // A second instance (another node, or the same application after a restart) on the same table runs it.
        Scheduler second = Scheduler.create(dataSource, followUpReminderTask)
                .pollingInterval(Duration.ofMillis(200))
                .threads(1)
                .build();
        second.start();
        try {
            Instant deadline = Instant.now().plusSeconds(20);
            while (remindedAt(checkIn) == null && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
        } finally {
            second.stop();
        }
        assertThat(remindedAt(checkIn))
                .as("reminder set by the second scheduler")
                .isNotNull();
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = :task and task_instance = :id")
                        .param("task", CheckInReminderTask.TASK_NAME)
                        .param("id", checkIn.toString())
                        .query(Long.class)
                        .single())
                .as("a one-time task is gone once it ran")
                .isZero();
    }

    @Test
    void aMissedCheckInThenAnEmployersConcernRaiseTheStuckSignal() {
        MatchScenario.Started started =
                scenario.started("coach", "Gemist", MatchScenario.today().minusDays(20));
        // 20 days after the start the week-1 check-ins are 13 days overdue: more than the 7 set days.
        assertThat(row(started.youthId()).followUpAttention()).isEqualTo(FollowUpAttention.MISSED_CHECK_IN);
        assertThat(stuckOnly()).contains(started.youthId());

        CurrentUser employer = logins.currentUser("employer");
        for (String party : new String[] {"EMPLOYER", "YOUTH"}) {
            UUID id = checkIn(started.matchId(), party, "P1W");
            var errors = MatchScenario.errors("checkInForm");
            boolean saved = party.equals("EMPLOYER")
                    ? followUps.answerAsEmployer(
                            employer, id, new CheckInForm("true", "false", "true", "Komt vaak te laat."), errors)
                    : !errors.hasErrors()
                            && followUps
                                    .recordYouthCheckIn(
                                            logins.currentUser("coach"),
                                            id,
                                            new CheckInForm("true", "true", "false", null),
                                            errors)
                                    .equals(started.youthId());
            assertThat(saved).as(party + " " + errors.getAllErrors()).isTrue();
            assertThat(errors.hasErrors()).isFalse();
        }
        assertThat(row(started.youthId()).followUpAttention())
                .as("the employer's concern stands until a later employer check-in")
                .isEqualTo(FollowUpAttention.CONCERN);
    }

    @Test
    void anEndedPlaceRaisesTheSignalAndRelapseGoesBackToMatch() {
        MatchScenario.Started started =
                scenario.started("coach", "Gestopt", MatchScenario.today().minusDays(8));
        var errors = MatchScenario.errors("checkInForm");
        assertThat(followUps.answerAsEmployer(
                        logins.currentUser("employer"),
                        checkIn(started.matchId(), "EMPLOYER", "P1W"),
                        new CheckInForm("false", null, "true", "Niet meer gekomen."),
                        errors))
                .as(errors.getAllErrors().toString())
                .isTrue();
        assertThat(jdbc.sql("select held_6_months from followup_placement where match_id = :m")
                        .param("m", started.matchId())
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(row(started.youthId()).followUpAttention()).isEqualTo(FollowUpAttention.PLACE_ENDED);

        var relapse = MatchScenario.errors("relapseForm");
        assertThat(followUps.relapse(logins.currentUser("coach"), started.youthId(), new RelapseForm(" "), relapse))
                .isFalse();
        assertThat(relapse.getFieldError("reason")).isNotNull();
        relapse = MatchScenario.errors("relapseForm");
        assertThat(followUps.relapse(
                        logins.currentUser("coach"),
                        started.youthId(),
                        new RelapseForm("Plek gestopt; samen een nieuwe plek zoeken."),
                        relapse))
                .isTrue();
        assertThat(phase(started.trajectoryId())).isEqualTo(Phase.MATCH.name());
        assertThat(jdbc.sql(
                                "select kind || ':' || reason from phase_change where trajectory_id = :t order by changed_at desc limit 1")
                        .param("t", started.trajectoryId())
                        .query(String.class)
                        .single())
                .isEqualTo("RELAPSE:Plek gestopt; samen een nieuwe plek zoeken.");
        assertThat(row(started.youthId()).followUpAttention())
                .as("only in Borg")
                .isNull();
    }

    @Test
    void aPlaceHeldSixMonthsIsRecordedAndOffersClosingWithTheOutcomeOfItsKind() {
        MatchScenario.Started started = scenario.started("coach", "Volgehouden", MatchScenario.today());
        jdbc.sql("update followup_placement set started_on = started_on - interval '6 months' where match_id = :m")
                .param("m", started.matchId())
                .update();
        var errors = MatchScenario.errors("checkInForm");
        followUps.recordYouthCheckIn(
                logins.currentUser("coach"),
                checkIn(started.matchId(), "YOUTH", "P6M"),
                new CheckInForm("true", "true", "false", null),
                errors);
        assertThat(errors.hasErrors()).isFalse();
        FollowUps.Page page = followUps.page(logins.currentUser("coach"), started.youthId());
        assertThat(page.heldPlacement()).isNotNull();
        assertThat(page.heldPlacement().suggestedOutcome()).isEqualTo(nl.overstap.trajectory.Outcome.WORK);
        assertThat(jdbc.sql(
                                "select held_6_months is true and held_12_months is null from followup_placement where match_id = :m")
                        .param("m", started.matchId())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Autowired
    CheckInReminders reminders;

    @Test
    void aReminderIsSetOnceAndNeverForAnAnsweredCheckInOrAnEndedPlace() {
        MatchScenario.Started started = scenario.started("coach", "Herinnering", MatchScenario.today());
        UUID youthCheckIn = checkIn(started.matchId(), "YOUTH", "P1W");
        assertThat(reminders.remind(youthCheckIn)).isTrue();
        assertThat(reminders.remind(youthCheckIn))
                .as("running again changes nothing")
                .isFalse();

        UUID employerCheckIn = checkIn(started.matchId(), "EMPLOYER", "P1W");
        var errors = MatchScenario.errors("checkInForm");
        assertThat(followUps.answerAsEmployer(
                        logins.currentUser("employer"),
                        employerCheckIn,
                        new CheckInForm("false", null, "false", "Baan opgezegd."),
                        errors))
                .isTrue();
        assertThat(reminders.remind(employerCheckIn)).as("answered").isFalse();
        assertThat(reminders.remind(checkIn(started.matchId(), "YOUTH", "P1M")))
                .as("the place ended")
                .isFalse();
    }

    @Test
    void theDemoRegionHasProposalsAndStartedPlacesWithCheckInsAtTheDemoEmployersPlaces() {
        String atDemoEmployer = """
                 join place pl on pl.id = m.place_id
                 join organisation o on o.id = pl.organisation_id and o.name = 'Installatiebedrijf Van Rijn'
                """;
        assertThat(jdbc.sql("select count(*) from match_proposal m" + atDemoEmployer + " where m.status = 'PROPOSED'")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("""
                        select count(*) from followup_checkin c join followup_placement p on p.match_id = c.match_id
                         join match_proposal m on m.id = p.match_id""" + atDemoEmployer).query(Long.class).single()).isPositive();
    }

    private UUID checkIn(UUID matchId, String party, String period) {
        return jdbc.sql("select id from followup_checkin where match_id = :m and party = :p and period = :period")
                .param("m", matchId)
                .param("p", party)
                .param("period", period)
                .query(UUID.class)
                .single();
    }

    private Instant remindedAt(UUID checkIn) {
        return jdbc.sql("select reminded_at from followup_checkin where id = :id")
                .param("id", checkIn)
                .query(java.sql.Timestamp.class)
                .optional()
                .map(java.sql.Timestamp::toInstant)
                .orElse(null);
    }

    private String phase(UUID trajectoryId) {
        return jdbc.sql("select phase from trajectory where id = :id")
                .param("id", trajectoryId)
                .query(String.class)
                .single();
    }

    private CaseloadRow row(UUID youthId) {
        for (int page = 0; page < 20; page++) {
            Caseload.Page result = caseload.show(
                    logins.currentUser("coach"),
                    new CaseloadQuery(CaseloadQuery.Scope.MINE, null, CaseloadQuery.Sort.NAME, page, false));
            for (CaseloadRow row : result.rows()) {
                if (row.youthId().equals(youthId)) {
                    return row;
                }
            }
            if (!result.hasNext()) {
                break;
            }
        }
        throw new AssertionError("youth not on the caseload");
    }

    private List<UUID> stuckOnly() {
        List<UUID> ids = new java.util.ArrayList<>();
        for (int page = 0; page < 20; page++) {
            Caseload.Page result = caseload.show(
                    logins.currentUser("coach"),
                    new CaseloadQuery(CaseloadQuery.Scope.MINE, Phase.BORG, CaseloadQuery.Sort.NAME, page, true));
            result.rows().forEach(r -> ids.add(r.youthId()));
            if (!result.hasNext()) {
                break;
            }
        }
        return ids;
    }
}
