package nl.overstap.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.NotFoundException;
import nl.overstap.support.IntegrationTest;
import nl.overstap.trajectory.PhaseChangeForm;
import nl.overstap.trajectory.PhaseEntered;
import nl.overstap.trajectory.StartTrajectoryForm;
import nl.overstap.trajectory.Trajectories;
import nl.overstap.youth.Registration;
import nl.overstap.youth.YouthForm;
import nl.overstap.youth.YouthRegistration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.validation.MapBindingResult;

/** A trajectory from registration through every phase to closing, on the real database. */
@IntegrationTest
@RecordApplicationEvents
class TrajectoryLifecycleIntegrationTest {

    @Autowired
    YouthRegistration registration;

    @Autowired
    Trajectories trajectories;

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    CurrentUser coach;
    UUID youthId;

    @BeforeEach
    void registerYouth() {
        coach = logins.currentUser("coach");
        String birth = LocalDate.now().minusYears(18).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        YouthForm form = new YouthForm(
                "Tom",
                "Lifecycle" + UUID.randomUUID().toString().substring(0, 6),
                null,
                birth,
                "DELFT",
                null,
                null,
                null,
                null,
                "UNKNOWN",
                "UNKNOWN",
                null,
                null,
                null,
                null,
                null,
                // every test registers a "Tom Lifecycle…" of the same age: not a duplicate, confirmed
                true);
        Registration result = registration.register(coach, form, errors(form));
        youthId = ((Registration.Registered) result).youthId();
    }

    @Test
    void walksThroughEveryPhaseAndKeepsTheHistory() {
        UUID trajectoryId = start();
        assertThat(phaseOf(trajectoryId)).isEqualTo("SCOUT");
        scanAndAgreedPlan();
        for (String next : new String[] {"SCAN", "MATCH", "BORG"}) {
            if (next.equals("BORG")) {
                startedAtAPlace(trajectoryId);
            }
            assertThat(change(trajectoryId, new PhaseChangeForm(next, null, null, null, null, null)))
                    .isTrue();
            assertThat(phaseOf(trajectoryId)).isEqualTo(next);
        }
        assertThat(change(
                        trajectoryId,
                        new PhaseChangeForm("CLOSED", "Baan gehouden", "WORK", "GOAL_REACHED", null, null)))
                .isTrue();
        assertThat(phaseOf(trajectoryId)).isEqualTo("CLOSED");
        assertThat(jdbc.sql("select kind from phase_change where trajectory_id = :t order by changed_at")
                        .param("t", trajectoryId)
                        .query(String.class)
                        .list())
                .containsExactly("START", "FORWARD", "FORWARD", "FORWARD", "CLOSE");
        assertThat(events.stream(PhaseEntered.class)
                        .filter(e -> e.trajectoryId().equals(trajectoryId)))
                .hasSize(5);
        assertThat(jdbc.sql("select count(*) from access_log where youth_id = :y and event_type in ('CREATE','UPDATE')")
                        .param("y", youthId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1 + 1 + 4);
    }

    @Test
    void refusesToSkipAPhaseOrRelapseWithoutAReason() {
        UUID trajectoryId = start();
        MapBindingResult skip = new MapBindingResult(new java.util.HashMap<>(), "phaseChangeForm");
        assertThat(trajectories.changePhase(
                        coach, trajectoryId, new PhaseChangeForm("MATCH", null, null, null, null, null), skip))
                .isFalse();
        assertThat(skip.getFieldError("target").getCode()).isEqualTo("phase.rejected.SKIPS_A_PHASE");
        change(trajectoryId, new PhaseChangeForm("SCAN", null, null, null, null, null));
        MapBindingResult relapse = new MapBindingResult(new java.util.HashMap<>(), "phaseChangeForm");
        assertThat(trajectories.changePhase(
                        coach, trajectoryId, new PhaseChangeForm("SCOUT", " ", null, null, null, null), relapse))
                .isFalse();
        assertThat(relapse.getFieldError("reason").getCode()).isEqualTo("phase.rejected.RELAPSE_WITHOUT_REASON");
        assertThat(change(trajectoryId, new PhaseChangeForm("SCOUT", "Jongere is uit beeld", null, null, null, null)))
                .isTrue();
        assertThat(phaseOf(trajectoryId)).isEqualTo("SCOUT");
    }

    @Test
    void closingNeedsOutcomeAndEndReason() {
        UUID trajectoryId = start();
        MapBindingResult errors = new MapBindingResult(new java.util.HashMap<>(), "phaseChangeForm");
        assertThat(trajectories.changePhase(
                        coach, trajectoryId, new PhaseChangeForm("CLOSED", "klaar", null, null, null, null), errors))
                .isFalse();
        assertThat(errors.getFieldError("outcome")).isNotNull();
        assertThat(phaseOf(trajectoryId)).isEqualTo("SCOUT");
    }

    @Test
    void onlyOneOpenTrajectoryPerYouth() {
        start();
        StartTrajectoryForm form = new StartTrajectoryForm(programme(), coach.id(), today());
        MapBindingResult errors = new MapBindingResult(new java.util.HashMap<>(), "startTrajectoryForm");
        assertThat(trajectories.start(coach, youthId, form, errors)).isNull();
        assertThat(errors.getGlobalError().getCode()).isEqualTo("trajectory.error.alreadyOpen");
    }

    @Test
    void coachOfAnotherOrganisationCannotStartOrMove() {
        UUID trajectoryId = start();
        CurrentUser other = logins.currentUser("coach3");
        StartTrajectoryForm form = new StartTrajectoryForm(programme(), other.id(), today());
        assertThatThrownBy(() ->
                        trajectories.start(other, youthId, form, new MapBindingResult(new java.util.HashMap<>(), "f")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> trajectories.changePhase(
                        other,
                        trajectoryId,
                        new PhaseChangeForm("SCAN", null, null, null, null, null),
                        new MapBindingResult(new java.util.HashMap<>(), "f")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void coordinatorReassignsToAnotherCoachOfTheSameOrganisation() {
        UUID trajectoryId = start();
        CurrentUser coordinator = logins.currentUser("coordinator");
        UUID coach2 = logins.currentUser("coach2").id();
        trajectories.reassign(coordinator, trajectoryId, coach2);
        assertThat(jdbc.sql("select coach_id from trajectory where id = :t")
                        .param("t", trajectoryId)
                        .query(UUID.class)
                        .single())
                .isEqualTo(coach2);
        UUID coachOfOtherOrganisation = logins.currentUser("coach3").id();
        assertThatThrownBy(() -> trajectories.reassign(coordinator, trajectoryId, coachOfOtherOrganisation))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> trajectories.reassign(coach, trajectoryId, coach.id()))
                .isInstanceOf(NotFoundException.class);
    }

    /** What the phase policy asks before Match: a first scan and an agreed plan (inserted directly: no log rows). */
    private void scanAndAgreedPlan() {
        jdbc.sql("insert into scan (id, youth_id, scan_date, participants, created_by, created_at)"
                        + " values (:id, :y, current_date, '{YOUTH}', :by, now())")
                .param("id", UUID.randomUUID())
                .param("y", youthId)
                .param("by", coach.id())
                .update();
        jdbc.sql("insert into plan_goal (id, youth_id, domain, text, target_date, status, created_by, created_at)"
                        + " values (:id, :y, 'WORK_EDUCATION', 'Een baan in de logistiek', current_date + 90, 'OPEN', :by,"
                        + " now())")
                .param("id", UUID.randomUUID())
                .param("y", youthId)
                .param("by", coach.id())
                .update();
        jdbc.sql("insert into plan_agreement (youth_id, agreed_on, agreed_by) values (:y, current_date, :by)")
                .param("y", youthId)
                .param("by", coach.id())
                .update();
    }

    /** Borg needs a start at a place (the match module's condition): a place and a started proposal, by SQL. */
    private void startedAtAPlace(UUID trajectoryId) {
        UUID place = UUID.randomUUID();
        jdbc.sql("""
                        insert into place (id, organisation_id, region, kind, sector, title, description, municipality,
                                           hours_min, hours_max, capacity, created_by)
                        select :id, a.organisation_id, 'Haaglanden', 'JOB', 'LOGISTICS', 'Orderpicker', 'Magazijnwerk',
                               'DELFT', 24, 38, 1, a.id
                          from account a where a.username = 'employer'
                        """).param("id", place).update();
        jdbc.sql("""
                        insert into match_proposal (id, youth_id, trajectory_id, place_id, organisation_id, status, start_date,
                                                    proposed_by, proposed_at, updated_at)
                        select :id, :y, :t, p.id, p.organisation_id, 'STARTED', current_date, :by, now(), clock_timestamp()
                          from place p where p.id = :place
                        """)
                .param("id", UUID.randomUUID())
                .param("y", youthId)
                .param("t", trajectoryId)
                .param("place", place)
                .param("by", coach.id())
                .update();
    }

    @Test
    void matchWaitsForAFirstScanAndAnAgreedPlan() {
        UUID trajectoryId = start();
        change(trajectoryId, new PhaseChangeForm("SCAN", null, null, null, null, null));
        MapBindingResult errors = new MapBindingResult(new java.util.HashMap<>(), "phaseChangeForm");
        assertThat(trajectories.changePhase(
                        coach, trajectoryId, new PhaseChangeForm("MATCH", null, null, null, null, null), errors))
                .isFalse();
        assertThat(errors.getFieldError("target").getCode()).startsWith("phase.rejected.");
        scanAndAgreedPlan();
        assertThat(change(trajectoryId, new PhaseChangeForm("MATCH", null, null, null, null, null)))
                .isTrue();
    }

    private UUID start() {
        StartTrajectoryForm form = new StartTrajectoryForm(programme(), coach.id(), today());
        MapBindingResult errors = new MapBindingResult(new java.util.HashMap<>(), "startTrajectoryForm");
        UUID id = trajectories.start(coach, youthId, form, errors);
        assertThat(errors.hasErrors()).as(errors.toString()).isFalse();
        return id;
    }

    private boolean change(UUID trajectoryId, PhaseChangeForm form) {
        return trajectories.changePhase(
                coach, trajectoryId, form, new MapBindingResult(new java.util.HashMap<>(), "phaseChangeForm"));
    }

    private String phaseOf(UUID trajectoryId) {
        return jdbc.sql("select phase from trajectory where id = :t")
                .param("t", trajectoryId)
                .query(String.class)
                .single();
    }

    private UUID programme() {
        return trajectories.programmes().get(0).id();
    }

    private static String today() {
        return LocalDate.now().format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    }

    private static MapBindingResult errors(Object form) {
        return new MapBindingResult(new java.util.HashMap<>(), "youthForm");
    }
}
