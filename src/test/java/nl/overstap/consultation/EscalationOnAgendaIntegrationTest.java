package nl.overstap.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.NotFoundException;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.YouthFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An escalation the coordinator sent to the MDO lands on the agenda as a case and is closed. */
@IntegrationTest
class EscalationOnAgendaIntegrationTest {

    @Autowired
    Meetings meetings;

    @Autowired
    YouthFactory youths;

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theChairPutsAWaitingEscalationOnTheAgenda() {
        CurrentUser coordinator = logins.currentUser("coordinator");
        CurrentUser coach = logins.currentUser("coach");
        DemoFixtures.Ids ids = youths.withTrajectory(
                "coach", "Mdo" + UUID.randomUUID().toString().substring(0, 6));
        UUID goal = UUID.randomUUID();
        UUID action = UUID.randomUUID();
        UUID escalation = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        jdbc.sql("insert into plan_goal (id, youth_id, domain, text, target_date, status, created_by, created_at)"
                        + " values (:id, :y, 'WORK_EDUCATION', 'Werk', current_date + 30, 'OPEN', :by, now())")
                .param("id", goal)
                .param("y", ids.youthId())
                .param("by", coach.id())
                .update();
        jdbc.sql(
                        "insert into plan_action (id, goal_id, youth_id, description, owner_type, due_date, status, created_by,"
                                + " created_at) values (:id, :g, :y, 'Intake', 'YOUTH', current_date - 5, 'OPEN', :by, now())")
                .param("id", action)
                .param("g", goal)
                .param("y", ids.youthId())
                .param("by", coach.id())
                .update();
        jdbc.sql("insert into escalation (id, action_id, youth_id, raised_by, raised_at, reason, status, decided_by,"
                        + " decided_at, decision_kind) values (:id, :a, :y, :by, now(), 'Intake blijft liggen',"
                        + " 'ON_MDO_AGENDA', :c, now(), 'MDO')")
                .param("id", escalation)
                .param("a", action)
                .param("y", ids.youthId())
                .param("by", coach.id())
                .param("c", coordinator.id())
                .update();
        jdbc.sql("insert into meeting (id, region, meeting_date, chair_id, created_at)"
                        + " values (:id, 'Haaglanden', current_date + 3, :c, now())")
                .param("id", meeting)
                .param("c", coordinator.id())
                .update();

        assertThat(meetings.page(coordinator, meeting).escalations()).anyMatch(e -> e.id().equals(escalation));
        assertThatThrownBy(() -> meetings.addEscalation(coach, meeting, escalation))
                .isInstanceOf(NotFoundException.class);

        meetings.addEscalation(coordinator, meeting, escalation);

        assertThat(jdbc.sql("select question from meeting_case where meeting_id = :m and youth_id = :y")
                        .param("m", meeting)
                        .param("y", ids.youthId())
                        .query(String.class)
                        .single())
                .isEqualTo("Intake blijft liggen");
        assertThat(jdbc.sql("select status from escalation where id = :e")
                        .param("e", escalation)
                        .query(String.class)
                        .single())
                .isEqualTo("CLOSED");
        assertThat(meetings.page(coordinator, meeting).escalations()).noneMatch(e -> e.id().equals(escalation));
    }
}
