package nl.overstap.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.YouthFactory;
import nl.overstap.trajectory.Caseload;
import nl.overstap.trajectory.CaseloadQuery;
import nl.overstap.trajectory.CaseloadRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stuck-case signals: no contact for 14 days (7 in Borg), no phase change for 8 weeks. */
@IntegrationTest
class StuckCaseSignalsIntegrationTest {

    @Autowired
    Caseload caseload;

    @Autowired
    YouthFactory youths;

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Test
    void flagsNoContactWithAShorterLimitInBorgAndAStalledPhase() {
        DemoFixtures.Ids quiet = youths.withTrajectory("coach2", "Stil" + suffix());
        DemoFixtures.Ids borg = youths.withTrajectory("coach2", "Borg" + suffix());
        DemoFixtures.Ids stalled = youths.withTrajectory("coach2", "Vast" + suffix());
        DemoFixtures.Ids fine = youths.withTrajectory("coach2", "Goed" + suffix());
        set(quiet, "SCAN", "now() - interval '15 days'", "now() - interval '3 days'");
        set(borg, "BORG", "now() - interval '8 days'", "now() - interval '20 days'");
        set(stalled, "MATCH", "now() - interval '1 day'", "now() - interval '60 days'");
        set(fine, "BORG", "now() - interval '6 days'", "now() - interval '20 days'");

        CurrentUser coach2 = logins.currentUser("coach2");
        var all = new java.util.ArrayList<CaseloadRow>();
        for (int page = 0; ; page++) {
            Caseload.Page result = caseload.show(
                    coach2, new CaseloadQuery(CaseloadQuery.Scope.MINE, null, CaseloadQuery.Sort.NAME, page, true));
            all.addAll(result.rows());
            if (!result.hasNext()) {
                break;
            }
        }

        assertThat(row(all, quiet)).matches(r -> r.contactOverdue() && r.contactThreshold() == 14 && !r.stalled());
        assertThat(row(all, borg)).matches(r -> r.contactOverdue() && r.contactThreshold() == 7);
        assertThat(row(all, stalled)).matches(r -> r.stalled() && !r.contactOverdue());
        assertThat(all).noneMatch(r -> r.trajectoryId().equals(fine.trajectoryId()));
    }

    @Test
    void flagsAnOverdueActionAndAPartnerActionWhoseConsentWasWithdrawn() {
        DemoFixtures.Ids late = youths.withTrajectory("coach2", "Laat" + suffix());
        DemoFixtures.Ids blocked = youths.withTrajectory("coach2", "Geblokt" + suffix());
        UUID coach2 = logins.currentUser("coach2").id();
        UUID mbo = jdbc.sql("select id from organisation where name = 'Mbo College Hofstad'")
                .query(UUID.class)
                .single();
        action(late, coach2, "YOUTH", null, "current_date - 10");
        action(blocked, coach2, "PARTNER", mbo, "current_date + 10");
        jdbc.sql("""
                        insert into consent_record (id, youth_id, organisation_id, data_category, version, is_current, basis,
                                                    decision, given_on, given_how, valid_until, withdrawn_at, recorded_by,
                                                    recorded_at)
                        values (:id, :y, :org, 'PLAN', 1, true, 'CONSENT', 'GRANTED', current_date - 20, 'VERBAL',
                                current_date + 300, now(), :by, now())
                        """)
                .param("id", UUID.randomUUID())
                .param("y", blocked.youthId())
                .param("org", mbo)
                .param("by", coach2)
                .update();

        var rows = stuckRowsOf("coach2");

        assertThat(row(rows, late)).matches(r -> r.actionOverdue() && !r.consentBlocksActions());
        assertThat(row(rows, blocked)).matches(r -> r.consentBlocksActions() && !r.actionOverdue());
    }

    private void action(DemoFixtures.Ids ids, UUID by, String ownerType, UUID organisation, String due) {
        UUID goal = UUID.randomUUID();
        jdbc.sql("insert into plan_goal (id, youth_id, domain, text, target_date, status, created_by, created_at)"
                        + " values (:id, :y, 'WORK_EDUCATION', 'Werk vinden', current_date + 60, 'OPEN', :by, now())")
                .param("id", goal)
                .param("y", ids.youthId())
                .param("by", by)
                .update();
        jdbc.sql(
                        "insert into plan_action (id, goal_id, youth_id, description, owner_type, owner_organisation_id, due_date,"
                                + " status, created_by, created_at) values (:id, :g, :y, 'Intake plannen', :type, :org, "
                                + due
                                + ", 'OPEN', :by, now())")
                .param("id", UUID.randomUUID())
                .param("g", goal)
                .param("y", ids.youthId())
                .param("type", ownerType)
                .param("org", organisation)
                .param("by", by)
                .update();
    }

    private java.util.List<CaseloadRow> stuckRowsOf(String username) {
        CurrentUser user = logins.currentUser(username);
        var all = new java.util.ArrayList<CaseloadRow>();
        for (int page = 0; ; page++) {
            Caseload.Page result = caseload.show(
                    user, new CaseloadQuery(CaseloadQuery.Scope.MINE, null, CaseloadQuery.Sort.NAME, page, true));
            all.addAll(result.rows());
            if (!result.hasNext()) {
                return all;
            }
        }
    }

    private void set(DemoFixtures.Ids ids, String phase, String lastContact, String phaseEntered) {
        jdbc.sql("update trajectory set phase = :phase, last_contact_at = " + lastContact + ", phase_entered_at = "
                        + phaseEntered + " where id = :id")
                .param("phase", phase)
                .param("id", ids.trajectoryId())
                .update();
    }

    private static CaseloadRow row(java.util.List<CaseloadRow> rows, DemoFixtures.Ids ids) {
        return rows.stream()
                .filter(r -> r.trajectoryId().equals(ids.trajectoryId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not on the stuck list: " + ids));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
