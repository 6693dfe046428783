package nl.overstap.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.overstap.casefile.YouthFileQuery;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import nl.overstap.trajectory.Caseload;
import nl.overstap.trajectory.CaseloadQuery;
import nl.overstap.youth.YouthSearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** If the access-log row cannot be written, the data is not shown: reads fail closed. */
@IntegrationTest
class AccessLogFailClosedIntegrationTest {

    @Autowired
    YouthFileQuery files;

    @Autowired
    Caseload caseload;

    @Autowired
    YouthSearch search;

    @Autowired
    TestLogins logins;

    @Autowired
    DemoFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void repairTheLog() {
        jdbc.sql("drop trigger if exists access_log_broken on access_log").update();
        jdbc.sql("drop function if exists access_log_broken()").update();
    }

    @Test
    void nothingIsShownWhenTheAccessLogRefusesTheRow() {
        CurrentUser coach = logins.currentUser("coach");
        DemoFixtures.Ids ids = fixtures.openTrajectoryOf("coach");
        assertThat(files.read(coach, ids.youthId(), 0).displayName()).isNotBlank();

        breakTheLog();

        assertThatThrownBy(() -> files.read(coach, ids.youthId(), 0)).hasMessageContaining("access log unavailable");
        assertThatThrownBy(() -> caseload.show(
                        coach, new CaseloadQuery(CaseloadQuery.Scope.MINE, null, CaseloadQuery.Sort.NAME, 0)))
                .hasMessageContaining("access log unavailable");
        assertThatThrownBy(() -> search.search(coach, fixtures.familyNameOf(ids.youthId())))
                .hasMessageContaining("access log unavailable");
    }

    @Test
    void theLogItselfCannotBeChangedOrDeleted() {
        files.read(
                logins.currentUser("coach"), fixtures.openTrajectoryOf("coach").youthId(), 0);
        List<Long> ids =
                jdbc.sql("select id from access_log limit 1").query(Long.class).list();
        assertThat(ids).isNotEmpty();
        assertThatThrownBy(() -> jdbc.sql("update access_log set outcome = 'DENIED' where id = :id")
                        .param("id", ids.get(0))
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from access_log where id = :id")
                        .param("id", ids.get(0))
                        .update())
                .hasMessageContaining("append-only");
    }

    private void breakTheLog() {
        jdbc.sql("""
                        create function access_log_broken() returns trigger language plpgsql as $$
                        begin raise exception 'access log unavailable'; end; $$
                        """).update();
        jdbc.sql("create trigger access_log_broken before insert on access_log for each row"
                        + " execute function access_log_broken()")
                .update();
    }
}
