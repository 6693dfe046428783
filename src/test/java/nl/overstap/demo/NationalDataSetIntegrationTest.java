package nl.overstap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import nl.overstap.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk generator at a tiny scale, into its own regions ("Proefland 01/02") and usernames
 * ("it-..."), next to the shared demo region: the proportions of the national shape, and a
 * consistent end state (coaches, phase history, consents behind partner actions, the match pool).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalDataSetIntegrationTest {

    private static final NationalDataSet.Shape TINY = new NationalDataSet.Shape(2, 400, 8, 2, 40, 6_000, 4_000);
    private static final String BULK =
            "from youth y join organisation o on o.id = y.organisation_id" + " where o.region like 'Proefland %'";

    @Autowired
    NationalDataSet dataSet;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    NationalDataSet.Summary summary;

    @BeforeAll
    void generate() {
        summary = new TransactionTemplate(transactionManager)
                .execute(status -> dataSet.generate(TINY, 7L, "Proefland", "it-"));
    }

    @Test
    void theShapeHasTheNationalProportions() {
        assertThat(count("select count(*) " + BULK)).isEqualTo(400);
        assertThat(count("select count(*) from trajectory t join youth y on y.id = t.youth_id"
                        + " join organisation o on o.id = y.organisation_id where o.region like 'Proefland %'"))
                .isEqualTo(450);
        assertThat(count("select count(*) from trajectory t join organisation o on o.id = t.organisation_id"
                        + " where o.region like 'Proefland %' and t.phase <> 'CLOSED'"))
                .isEqualTo(360);
        assertThat(count("select count(distinct t.phase) from trajectory t join organisation o"
                        + " on o.id = t.organisation_id where o.region like 'Proefland %' and t.phase <> 'CLOSED'"))
                .isEqualTo(4);
        assertThat(count("select count(*) from organisation where region in ('Proefland 01', 'Proefland 02')"))
                .isEqualTo(2 * (11 + 2));
        assertThat(count("select count(*) from account where username like 'it-coach-%'"))
                .isEqualTo(8);
        assertThat(count("select count(*) from account where username in ('it-coordinator-01', 'it-analyst-02',"
                        + " 'it-analyst-nl', 'it-partner-0001', 'it-employer-0004')"))
                .isEqualTo(5);
        long contacts = count("select count(*) from contact c join trajectory t on t.id = c.trajectory_id"
                + " join organisation o on o.id = t.organisation_id where o.region like 'Proefland %'");
        assertThat(contacts).isBetween(5_400L, 7_200L);
        assertThat(count("select count(*) from access_log l join youth y on y.id = l.youth_id"
                        + " join organisation o on o.id = y.organisation_id where o.region like 'Proefland %'"))
                .isEqualTo(4_000);
        assertThat(count("select count(*) from place p where p.region like 'Proefland %' and p.open"))
                .isEqualTo(40);
        assertThat(summary.stages()).containsKeys("contacts", "access log", "match pool", "analyze");
    }

    @Test
    void closedTrajectoriesHaveAnOutcomeAnEndReasonAndMostlyASatisfactionScore() {
        String closed = " from trajectory t join organisation o on o.id = t.organisation_id"
                + " where o.region like 'Proefland %' and t.phase = 'CLOSED'";
        assertThat(count("select count(*)" + closed)).isEqualTo(90);
        assertThat(count("select count(*)" + closed
                        + " and (t.outcome is null or t.end_reason is null or t.closed_at is null)"))
                .isZero();
        assertThat(count("select count(*)" + closed + " and t.satisfaction_score between 1 and 10"))
                .isGreaterThan(50);
        assertThat(count("select count(*) from trajectory t join organisation o on o.id = t.organisation_id"
                        + " where o.region like 'Proefland %' and t.phase <> 'CLOSED'"
                        + " and (t.outcome is not null or t.satisfaction_score is not null)"))
                .isZero();
    }

    @Test
    void everyOpenTrajectoryHasACoachOfItsOwnOrganisationAndAHistoryEndingInItsPhase() {
        assertThat(count("""
                        select count(*) from trajectory t join organisation o on o.id = t.organisation_id
                          left join account a on a.id = t.coach_id and a.role = 'COACH'
                                             and a.organisation_id = t.organisation_id
                         where o.region like 'Proefland %' and t.phase <> 'CLOSED' and a.id is null""")).isZero();
        assertThat(count("""
                        select count(*) from trajectory t join organisation o on o.id = t.organisation_id
                         where o.region like 'Proefland %'
                           and t.phase <> (select p.to_phase from phase_change p where p.trajectory_id = t.id
                                            order by p.changed_at desc limit 1)""")).isZero();
        assertThat(count("""
                        select count(*) from contact c join trajectory t on t.id = c.trajectory_id
                          join organisation o on o.id = t.organisation_id
                         where o.region like 'Proefland %' and c.occurred_at > now()""")).isZero();
    }

    @Test
    void everyPartnerActionIsVisibleToItsPartnerThroughConsentWithinTheCovenant() {
        assertThat(count("select count(*) from plan_action a join youth y on y.id = a.youth_id"
                        + " join organisation o on o.id = y.organisation_id"
                        + " where o.region like 'Proefland %' and a.owner_type = 'PARTNER'"))
                .isPositive();
        assertThat(count("""
                        select count(*) from plan_action a join youth y on y.id = a.youth_id
                          join organisation yo on yo.id = y.organisation_id
                         where yo.region like 'Proefland %' and a.owner_type = 'PARTNER'
                           and not exists (
                               select 1 from consent_record c
                                 join organisation me on me.id = c.organisation_id
                                 join covenant_party mine on mine.organisation_id = me.id
                                 join covenant_party theirs on theirs.covenant_id = mine.covenant_id
                                                           and theirs.organisation_id = y.organisation_id
                                 join covenant_share s on s.covenant_id = mine.covenant_id
                                                      and s.organisation_kind = me.kind and s.data_category = 'PLAN'
                                 join covenant cv on cv.id = mine.covenant_id and cv.start_date <= current_date
                                where c.youth_id = y.id and c.organisation_id = a.owner_organisation_id
                                  and c.data_category = 'PLAN' and c.is_current and c.decision = 'GRANTED'
                                  and c.basis = 'CONSENT' and c.valid_until >= current_date)""")).isZero();
    }

    @Test
    void theMatchPoolIsWhatItsTriggersWouldHaveMadeAndTheTriggersAreOnAgain() {
        long inMatch = count("select count(*) from trajectory t join organisation o on o.id = t.organisation_id"
                + " where o.region like 'Proefland %' and t.phase = 'MATCH'");
        assertThat(inMatch).isPositive();
        assertThat(count("select count(*) from match_pool m join organisation o on o.id = m.organisation_id"
                        + " where o.region like 'Proefland %'"))
                .isEqualTo(inMatch);
        assertThat(count("""
                        select count(*) from pg_trigger
                         where tgname in ('match_pool_trajectory', 'match_pool_scan', 'match_pool_scan_score')
                           and tgenabled = 'O'""")).isEqualTo(3);
        long differences = new TransactionTemplate(transactionManager).execute(status -> {
            jdbc.sql("create temp table pool_before on commit drop as select m.* from match_pool m"
                            + " join organisation o on o.id = m.organisation_id where o.region like 'Proefland %'")
                    .update();
            jdbc.sql("select count(*) from (select match_pool_refresh(t.youth_id) from trajectory t"
                            + " join organisation o on o.id = t.organisation_id"
                            + " where o.region like 'Proefland %' and t.phase = 'MATCH') s")
                    .query(Long.class)
                    .single();
            long diff = count("""
                    select count(*) from ((select * from pool_before
                                           except select m.* from match_pool m join organisation o
                                                                on o.id = m.organisation_id
                                                  where o.region like 'Proefland %')
                                          union all
                                          (select m.* from match_pool m join organisation o
                                                                on o.id = m.organisation_id
                                            where o.region like 'Proefland %'
                                           except select * from pool_before)) d""");
            status.setRollbackOnly();
            return diff;
        });
        assertThat(differences).isZero();
    }

    @Test
    void scansMatchesAndSignalsArePresentAndTheAccountsCanSignInWithTheDemoPassword() {
        assertThat(count("select count(*) from scan s join youth y on y.id = s.youth_id"
                        + " join organisation o on o.id = y.organisation_id where o.region like 'Proefland %'"))
                .isPositive();
        assertThat(count("select count(*) from followup_placement f join trajectory t on t.id = f.trajectory_id"
                        + " join organisation o on o.id = t.organisation_id where o.region like 'Proefland %'"))
                .isEqualTo(count("select count(*) from trajectory t join organisation o on o.id = t.organisation_id"
                        + " where o.region like 'Proefland %' and t.phase = 'BORG'"));
        assertThat(count("select count(*) from signal where region like 'Proefland %' and status = 'OPEN'"))
                .isEqualTo(4);
        String hash = jdbc.sql("select password_hash from account where username = 'it-coach-00001'")
                .query(String.class)
                .single();
        assertThat(passwordEncoder.matches(DemoRegion.PASSWORD, hash)).isTrue();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
