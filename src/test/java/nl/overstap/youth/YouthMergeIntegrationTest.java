package nl.overstap.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.overstap.audit.WhoLooked;
import nl.overstap.consent.YouthAccess;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.NotFoundException;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.YouthFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class YouthMergeIntegrationTest {

    @Autowired
    YouthMerges merges;

    @Autowired
    YouthMergeColumns columns;

    @Autowired
    YouthRegistration registration;

    @Autowired
    YouthFactory youthFactory;

    @Autowired
    DuplicateCandidates candidates;

    @Autowired
    YouthSearch search;

    @Autowired
    Youths youths;

    @Autowired
    YouthAccess youthAccess;

    @Autowired
    WhoLooked whoLooked;

    @Autowired
    TestLogins logins;

    @Autowired
    DemoFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    DuplicateFixtures registrations;
    CurrentUser coach;
    CurrentUser coordinator;

    @BeforeEach
    void setUp() {
        registrations = new DuplicateFixtures(registration);
        coach = logins.currentUser("coach");
        coordinator = logins.currentUser("coordinator");
    }

    @Test
    void mergeMovesEveryRowOfTheDuplicateAndUndoMovesExactlyThoseRowsBack() {
        String family = "Samenvoegtest" + suffix();
        UUID survivor = youthFactory.withTrajectory("coach", family).youthId();
        UUID duplicate = registrations.register(
                coach, "Testjongere", family, LocalDate.now().minusYears(19), null, null);
        fillFile(duplicate);
        Set<String> before = snapshot(survivor, duplicate);
        assertThat(before).anyMatch(r -> r.startsWith("signal.youth_id") && r.endsWith(duplicate.toString()));

        UUID mergeId = merges.merge(coordinator, survivor, duplicate);

        for (YouthMergeColumns.Column column : columns.all()) {
            if (column.handling() != YouthMergeColumns.Handling.NOT_MOVED) {
                assertThat(rowsOf(column, duplicate)).as(column.key()).isZero();
            }
        }
        assertThat(rowsOf(column("plan_agreement.youth_id"), survivor)).isOne();
        assertThat(rowsOf(column("trajectory.youth_id"), survivor)).isEqualTo(2);
        assertThat(jdbc.sql("select merged_into_id from youth where id = :id")
                        .param("id", duplicate)
                        .query(UUID.class)
                        .single())
                .isEqualTo(survivor);
        String moved = jdbc.sql("select moved::text from youth_merge where id = :id")
                .param("id", mergeId)
                .query(String.class)
                .single();
        assertThat(moved)
                .contains("consent_record.youth_id", "scan.youth_id", "signal.youth_id", "plan_agreement.youth_id");
        assertThat(fixtures.accessLogRows(survivor, "UPDATE", "ALLOWED")).isOne();
        assertThat(fixtures.accessLogRows(duplicate, "UPDATE", "ALLOWED")).isOne();

        // the duplicate is gone from files, searches and candidates
        assertThatThrownBy(() -> youths.requireVisible(coach, duplicate)).isInstanceOf(NotFoundException.class);
        assertThat(youthAccess.decide(coordinator, duplicate)).isEmpty();
        assertThat(search.search(coach, family).youths())
                .extracting(YouthSummary::id)
                .containsExactly(survivor);
        assertThat(candidates.forYouth(coach, survivor, 10).candidates())
                .extracting(DuplicateCandidates.Candidate::youthId)
                .doesNotContain(duplicate);
        // "wie keek mee" of the survivor includes the duplicate's own log rows (its registration)
        long createdRows = whoLooked
                .forYouth(
                        coordinator,
                        survivor,
                        Instant.now().minus(1, ChronoUnit.DAYS),
                        Instant.now().plus(1, ChronoUnit.DAYS),
                        0,
                        500)
                .stream()
                .filter(e -> e.eventType().equals("CREATE"))
                .count();
        assertThat(fixtures.accessLogRows(duplicate, "CREATE", "ALLOWED")).isPositive();
        assertThat(createdRows)
                .isEqualTo(fixtures.accessLogRows(survivor, "CREATE", "ALLOWED")
                        + fixtures.accessLogRows(duplicate, "CREATE", "ALLOWED"));
        assertThat(merges.undoable(coach, survivor))
                .extracting(YouthMerges.RecentMerge::mergedId)
                .containsExactly(duplicate);

        UUID restored = merges.undo(coach, survivor);

        assertThat(restored).isEqualTo(duplicate);
        assertThat(snapshot(survivor, duplicate)).isEqualTo(before);
        assertThat(youths.requireVisible(coach, duplicate).id()).isEqualTo(duplicate);
        assertThat(fixtures.accessLogRows(survivor, "UPDATE", "ALLOWED")).isEqualTo(2);
        assertThat(fixtures.accessLogRows(duplicate, "UPDATE", "ALLOWED")).isEqualTo(2);
        assertThat(merges.undoable(coach, survivor)).isEmpty();
        assertThatThrownBy(() -> merges.undo(coach, survivor))
                .isInstanceOfSatisfying(
                        MergeRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(MergeRefusal.NOTHING_TO_UNDO));
    }

    @Test
    void theSurvivorKeepsItsOwnPlanAgreementAndTheDuplicatesStaysWithIt() {
        String family = "Afspraaktest" + suffix();
        UUID survivor = registrations.register(
                coach, "Testjongere", family, LocalDate.now().minusYears(18), null, null);
        UUID duplicate = registrations.register(
                coach, "Testjongere", family, LocalDate.now().minusYears(18), null, null);
        agree(survivor);
        agree(duplicate);

        merges.merge(coach, survivor, duplicate);

        assertThat(rowsOf(column("plan_agreement.youth_id"), survivor)).isOne();
        assertThat(rowsOf(column("plan_agreement.youth_id"), duplicate)).isOne();
        merges.undo(coach, survivor);
        assertThat(rowsOf(column("plan_agreement.youth_id"), survivor)).isOne();
        assertThat(rowsOf(column("plan_agreement.youth_id"), duplicate)).isOne();
    }

    @Test
    void aSurvivorWithoutBsnTakesTheDuplicatesBsnUntilTheUndo() {
        String family = "Bsnkopietest" + suffix();
        String bsn = DuplicateFixtures.randomBsn();
        UUID survivor = registrations.register(
                coach, "Testjongere", family, LocalDate.now().minusYears(22), null, null);
        UUID duplicate = registrations.register(
                coach, "Testjongere", family, LocalDate.now().minusYears(22), null, bsn);

        merges.merge(coach, survivor, duplicate);

        assertThat(search.search(coach, bsn).youths())
                .extracting(YouthSummary::id)
                .containsExactly(survivor);
        merges.undo(coach, survivor);
        assertThat(search.search(coach, bsn).youths())
                .extracting(YouthSummary::id)
                .containsExactly(duplicate);
        assertThat(jdbc.sql("select bsn_hash from youth where id = :id")
                        .param("id", survivor)
                        .query(String.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void twoDifferentBsnsAreRefused() {
        String family = "Tweebsntest" + suffix();
        UUID first = registrations.register(
                coach, "Testjongere", family, LocalDate.now().minusYears(22), null, DuplicateFixtures.randomBsn());
        UUID second = registrations.register(
                coach, "Testjongere", family, LocalDate.now().minusYears(22), null, DuplicateFixtures.randomBsn());

        assertThatThrownBy(() -> merges.merge(coach, first, second))
                .isInstanceOfSatisfying(
                        MergeRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(MergeRefusal.DIFFERENT_BSN));
    }

    @Test
    void twoOpenTrajectoriesAreRefusedAndNothingChanges() {
        String family = "Tweetrajecten" + suffix();
        UUID first = youthFactory.withTrajectory("coach", family).youthId();
        UUID second = youthFactory.withTrajectory("coach", family).youthId();
        Set<String> before = snapshot(first, second);

        assertThatThrownBy(() -> merges.merge(coordinator, first, second))
                .isInstanceOfSatisfying(
                        MergeRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(MergeRefusal.BOTH_OPEN_TRAJECTORIES));

        assertThat(snapshot(first, second)).isEqualTo(before);
        assertThat(youths.requireVisible(coach, second).id()).isEqualTo(second);
        assertThat(fixtures.accessLogRows(second, "UPDATE", "ALLOWED")).isZero();
    }

    @Test
    void consentForTheSameOrganisationAndCategoryInBothRecordsIsRefused() {
        String family = "Toestemmingtest" + suffix();
        UUID first = registrations.register(
                coach, "Testjongere", family, LocalDate.now().minusYears(20), null, null);
        UUID second = registrations.register(
                coach, "Testjongere", family, LocalDate.now().minusYears(20), null, null);
        consent(first, "BASIC");
        consent(second, "BASIC");

        assertThatThrownBy(() -> merges.merge(coach, first, second))
                .isInstanceOfSatisfying(
                        MergeRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(MergeRefusal.CONSENT_CONFLICT));
    }

    @Test
    void undoAfterADayIsRefusedAndTheMergeStays() {
        String family = "Telaattest" + suffix();
        UUID survivor = registrations.register(
                coach, "Testjongere", family, LocalDate.now().minusYears(21), null, null);
        UUID duplicate = registrations.register(
                coach, "Testjongere", family, LocalDate.now().minusYears(21), null, null);
        UUID mergeId = merges.merge(coach, survivor, duplicate);
        jdbc.sql("update youth_merge set merged_at = :at where id = :id")
                .param("at", Timestamp.from(Instant.now().minus(25, ChronoUnit.HOURS)))
                .param("id", mergeId)
                .update();

        assertThatThrownBy(() -> merges.undo(coach, survivor))
                .isInstanceOfSatisfying(
                        MergeRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(MergeRefusal.UNDO_TOO_LATE));
        assertThatThrownBy(() -> youths.requireVisible(coach, duplicate)).isInstanceOf(NotFoundException.class);
        assertThat(merges.undoable(coach, survivor)).isEmpty();
    }

    @Test
    void aCoachMergesOnlyYouthsOfTheirOwnOrganisation() {
        String family = "Anderorgtest" + suffix();
        UUID own = registrations.register(
                coach, "Testjongere", family, LocalDate.now().minusYears(19), null, null);
        UUID other = registrations.register(
                logins.currentUser("coach3"),
                "Testjongere",
                family,
                LocalDate.now().minusYears(19),
                null,
                null);

        assertThatThrownBy(() -> merges.merge(coach, own, other)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> merges.merge(logins.currentUser("partner"), own, own))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> merges.merge(logins.currentUser("admin"), own, other))
                .isInstanceOf(NotFoundException.class);
        // the coordinator of the region may merge across organisations of the region
        merges.merge(coordinator, own, other);
        assertThat(youths.requireVisible(coordinator, own).id()).isEqualTo(own);
        assertThatThrownBy(() -> youths.requireVisible(coordinator, other)).isInstanceOf(NotFoundException.class);
    }

    /** Rows of every youth-referencing table, as "table.column|pk|youth", for both youths. */
    private Set<String> snapshot(UUID a, UUID b) {
        Set<String> rows = new TreeSet<>();
        for (YouthMergeColumns.Column column : columns.all()) {
            if (column.handling() == YouthMergeColumns.Handling.NOT_MOVED) {
                continue;
            }
            String pk = column.primaryKey() == null ? "'-'" : "\"" + column.primaryKey() + "\"::text";
            rows.addAll(jdbc
                    .sql("select " + pk + " || '|' || \"" + column.column() + "\"::text from \"" + column.table()
                            + "\" where \"" + column.column() + "\" in (:a, :b)")
                    .param("a", a)
                    .param("b", b)
                    .query(String.class)
                    .list()
                    .stream()
                    .map(r -> column.key() + "|" + r)
                    .toList());
        }
        return rows;
    }

    private long rowsOf(YouthMergeColumns.Column column, UUID youthId) {
        return jdbc.sql("select count(*) from \"" + column.table() + "\" where \"" + column.column() + "\" = :id")
                .param("id", youthId)
                .query(Long.class)
                .single();
    }

    private YouthMergeColumns.Column column(String key) {
        return columns.all().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    /** Rows in most tables that hang off a youth: a closed trajectory with a contact, consent, scan, plan, network, signal... */
    private void fillFile(UUID youthId) {
        UUID account = coach.id();
        UUID trajectory = UUID.randomUUID();
        jdbc.sql("""
                        insert into trajectory (id, youth_id, organisation_id, coach_id, programme_id, start_date, phase,
                                                phase_entered_at, closed_at, outcome)
                        values (:id, :y, :org, :coach, (select id from programme order by code limit 1), current_date - 100,
                                'CLOSED', now(), now(), 'EDUCATION')
                        """)
                .param("id", trajectory)
                .param("y", youthId)
                .param("org", coach.organisationId())
                .param("coach", account)
                .update();
        jdbc.sql("""
                        insert into contact (id, trajectory_id, occurred_at, channel, counterpart, author_id, created_at)
                        values (:id, :t, now(), 'PHONE', 'YOUTH', :a, now())
                        """)
                .param("id", UUID.randomUUID())
                .param("t", trajectory)
                .param("a", account)
                .update();
        consent(youthId, "TRAJECTORY");
        jdbc.sql("""
                        insert into key_person (id, youth_id, name, relation, created_by, created_at)
                        values (:id, :y, 'Moeder', 'PARENT', :a, now())
                        """)
                .param("id", UUID.randomUUID())
                .param("y", youthId)
                .param("a", account)
                .update();
        jdbc.sql("""
                        insert into scan (id, youth_id, scan_date, participants, created_by, created_at)
                        values (:id, :y, current_date, '{YOUTH}', :a, now())
                        """)
                .param("id", UUID.randomUUID())
                .param("y", youthId)
                .param("a", account)
                .update();
        UUID goal = UUID.randomUUID();
        jdbc.sql("""
                        insert into plan_goal (id, youth_id, domain, text, target_date, status, created_by, created_at)
                        values (:id, :y, 'FINANCES', 'Schulden op een rij', current_date + 30, 'OPEN', :a, now())
                        """).param("id", goal).param("y", youthId).param("a", account).update();
        jdbc.sql("""
                        insert into plan_action (id, goal_id, youth_id, description, owner_type, due_date, status,
                                                 created_by, created_at)
                        values (:id, :g, :y, 'Bellen', 'YOUTH', current_date + 7, 'OPEN', :a, now())
                        """)
                .param("id", UUID.randomUUID())
                .param("g", goal)
                .param("y", youthId)
                .param("a", account)
                .update();
        agree(youthId);
        jdbc.sql("""
                        insert into youth_change (id, youth_id, field, old_value, new_value, reason, changed_by, changed_at)
                        values (:id, :y, 'phone', null, '0612345678', 'Nieuw nummer', :a, now())
                        """)
                .param("id", UUID.randomUUID())
                .param("y", youthId)
                .param("a", account)
                .update();
        jdbc.sql("""
                        insert into emergency_access (id, account_id, youth_id, reason, started_at, expires_at)
                        values (:id, :a, :y, 'Crisis', now() - interval '5 hours', now() - interval '1 hour')
                        """)
                .param("id", UUID.randomUUID())
                .param("y", youthId)
                .param("a", logins.currentUser("coach3").id())
                .update();
        jdbc.sql("""
                        insert into signal (id, region, source, urgency, signalled_on, status, first_contact_due, youth_id)
                        values (:id, 'Haaglanden', 'SCHOOL', 'NORMAL', current_date, 'LINKED', current_date + 7, :y)
                        """).param("id", UUID.randomUUID()).param("y", youthId).update();
    }

    private void consent(UUID youthId, String category) {
        jdbc.sql("""
                        insert into consent_record (id, youth_id, organisation_id, data_category, version, is_current, basis,
                                                    decision, given_on, given_how, valid_until, recorded_by, recorded_at)
                        values (:id, :y, (select id from organisation where kind = 'RMC' order by name limit 1), :cat, 1,
                                true, 'CONSENT', 'GRANTED', current_date, 'VERBAL', current_date + 365, :a, now())
                        """)
                .param("id", UUID.randomUUID())
                .param("y", youthId)
                .param("cat", category)
                .param("a", coach.id())
                .update();
    }

    private void agree(UUID youthId) {
        jdbc.sql("insert into plan_agreement (youth_id, agreed_on, agreed_by) values (:y, current_date, :a)")
                .param("y", youthId)
                .param("a", coach.id())
                .update();
    }

    private static String suffix() {
        List<Character> letters = new ArrayList<>();
        String random = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        for (char c : random.toCharArray()) {
            letters.add(c);
        }
        StringBuilder out = new StringBuilder();
        letters.stream().limit(6).forEach(out::append);
        return out.toString();
    }
}
