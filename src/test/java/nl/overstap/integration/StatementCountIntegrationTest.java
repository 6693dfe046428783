package nl.overstap.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.overstap.casefile.YouthFileQuery;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.StatementCounter;
import nl.overstap.trajectory.Caseload;
import nl.overstap.trajectory.CaseloadQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The caseload and the youth file need at most three SQL statements plus the access-log insert,
 * whatever the number of rows they show; the consent decision adds exactly one statement to the file.
 */
@IntegrationTest
class StatementCountIntegrationTest {

    @Autowired
    Caseload caseload;

    @Autowired
    YouthFileQuery files;

    @Autowired
    TestLogins logins;

    @Autowired
    DemoFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void caseloadNeedsOneQueryAndOneLogInsertForAnyNumberOfRows() {
        CurrentUser coach = logins.currentUser("coach");
        CurrentUser coordinator = logins.currentUser("coordinator");

        List<String> few = count(() -> caseload.show(coach, query(CaseloadQuery.Scope.MINE)));
        List<String> many = count(() -> caseload.show(coordinator, query(CaseloadQuery.Scope.REGION)));

        assertThat(caseload.show(coordinator, query(CaseloadQuery.Scope.REGION)).rows())
                .hasSize(CaseloadQuery.PAGE_SIZE);
        assertThat(few).hasSize(many.size());
        assertThat(withoutLog(many)).hasSizeLessThanOrEqualTo(3);
        assertThat(many.stream().filter(s -> s.contains("insert into access_log")))
                .hasSize(1);
    }

    @Test
    void youthFileNeedsAtMostThreeQueriesAndOneLogInsert() {
        CurrentUser coach = logins.currentUser("coach");
        CurrentUser coordinator = logins.currentUser("coordinator");
        var busy = jdbc.sql("""
                        select t.youth_id from trajectory t join contact c on c.trajectory_id = t.id
                         group by t.youth_id order by count(*) desc limit 1
                        """).query(java.util.UUID.class).single();
        var quiet = jdbc.sql(
                        "select y.id from youth y where not exists (select 1 from trajectory t where t.youth_id = y.id)"
                                + " limit 1")
                .query(java.util.UUID.class)
                .single();

        List<String> busyFile = count(() -> files.read(coordinator, busy, 0));
        List<String> quietFile = count(() -> files.read(coordinator, quiet, 0));
        List<String> coachFile =
                count(() -> files.read(coach, fixtures.openTrajectoryOf("coach").youthId(), 0));

        for (List<String> statements : List.of(busyFile, quietFile, coachFile)) {
            List<String> decision = statements.stream()
                    .filter(s -> s.contains("from consent_record"))
                    .toList();
            assertThat(decision)
                    .as("the consent decision adds exactly one statement")
                    .hasSize(1);
            assertThat(withoutLog(statements).stream().filter(s -> !decision.contains(s)))
                    .as(statements.toString())
                    .hasSizeLessThanOrEqualTo(3);
            assertThat(statements.stream().filter(s -> s.contains("insert into access_log")))
                    .hasSize(1);
        }
    }

    @Test
    void youthFileWithScanAndABigPlanStaysWithinFiveStatementsPlusTheLogInsert() {
        CurrentUser coach = logins.currentUser("coach");
        var youth = fixtures.openTrajectoryOf("coach").youthId();
        jdbc.sql("insert into scan (id, youth_id, scan_date, participants, created_by, created_at)"
                        + " values (gen_random_uuid(), :y, current_date, '{YOUTH}', :by, now())")
                .param("y", youth)
                .param("by", coach.id())
                .update();
        jdbc.sql("""
                        with goals as (
                            insert into plan_goal (id, youth_id, domain, text, target_date, status, created_by, created_at)
                            select gen_random_uuid(), :y, 'WORK_EDUCATION', 'Doel ' || n, current_date + n, 'OPEN', :by, now()
                              from generate_series(1, 20) n
                            returning id)
                        insert into plan_action (id, goal_id, youth_id, description, owner_type, due_date, status, created_by,
                                                 created_at)
                        select gen_random_uuid(), g.id, :y, 'Actie ' || n, 'YOUTH', current_date + n, 'OPEN', :by, now()
                          from goals g cross join generate_series(1, 3) n
                        """).param("y", youth).param("by", coach.id()).update();

        List<String> statements = count(() -> files.read(coach, youth, 0));
        assertThat(files.read(coach, youth, 0).scanAndPlan().openActions()).isGreaterThanOrEqualTo(60);
        assertThat(withoutLog(statements)).as(statements.toString()).hasSizeLessThanOrEqualTo(5);
        assertThat(statements.stream().filter(s -> s.contains("insert into access_log")))
                .hasSize(1);
    }

    private static CaseloadQuery query(CaseloadQuery.Scope scope) {
        return new CaseloadQuery(scope, null, CaseloadQuery.Sort.LAST_CONTACT, 0);
    }

    private static List<String> count(Runnable action) {
        StatementCounter.reset();
        action.run();
        return StatementCounter.statements();
    }

    private static List<String> withoutLog(List<String> statements) {
        return statements.stream()
                .filter(s -> !s.contains("insert into access_log"))
                .toList();
    }
}
