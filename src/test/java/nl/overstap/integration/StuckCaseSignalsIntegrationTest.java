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
