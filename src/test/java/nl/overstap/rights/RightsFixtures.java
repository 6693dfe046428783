package nl.overstap.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.UUID;
import nl.overstap.contact.ContactForm;
import nl.overstap.contact.Contacts;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DutchTime;
import nl.overstap.trajectory.PhaseChangeForm;
import nl.overstap.trajectory.StartTrajectoryForm;
import nl.overstap.trajectory.Trajectories;
import nl.overstap.youth.Registration;
import nl.overstap.youth.YouthForm;
import nl.overstap.youth.YouthRegistration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.MapBindingResult;

/**
 * Youths of the rights tests' own, made through the real registration, trajectory and contact
 * services, so these tests never anonymise the shared demo youths other tests rely on. Every
 * youth carries unique canary values (names, note, BSN) that can be searched for in responses.
 */
final class RightsFixtures {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final YouthRegistration registration;
    private final Trajectories trajectories;
    private final Contacts contacts;
    private final JdbcClient jdbc;

    RightsFixtures(YouthRegistration registration, Trajectories trajectories, Contacts contacts, JdbcClient jdbc) {
        this.registration = registration;
        this.trajectories = trajectories;
        this.contacts = contacts;
        this.jdbc = jdbc;
    }

    /** A youth made for one test, with the canaries that identify it. */
    record Youth(
            UUID id,
            UUID trajectoryId,
            String givenNames,
            String familyName,
            String bsn,
            String phone,
            String note,
            String keyPerson) {

        String maskedBsn() {
            return "*****" + bsn.substring(5);
        }
    }

    /** A registered youth with BSN and contact details, an open trajectory, a contact and a key person. */
    Youth youthWithOpenTrajectory(CurrentUser coach) {
        String tag = tag();
        String given = "Kanarie" + tag;
        String family = "Vogel" + tag;
        String bsn = bsn();
        String phone = "06" + (10_000_000 + RANDOM.nextInt(89_999_999));
        String note = "Notitie-" + tag + " over thuis";
        String keyPerson = "Sleutel" + tag;
        LocalDate birth =
                DutchTime.today(java.time.Clock.systemUTC()).minusYears(19).minusDays(40);
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "youthForm");
        Registration result = registration.register(
                coach,
                new YouthForm(
                        given,
                        family,
                        "Kan" + tag,
                        birth.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                        "DEN_HAAG",
                        "2511 AB",
                        phone,
                        tag.toLowerCase(Locale.ROOT) + "@example.nl",
                        bsn,
                        "EARLY_SCHOOL_LEAVER",
                        "NO",
                        true,
                        null,
                        null,
                        null,
                        null,
                        true),
                errors);
        assertThat(errors.getAllErrors()).isEmpty();
        UUID youthId = ((Registration.Registered) result).youthId();
        UUID programme = trajectories.programmes().get(0).id();
        MapBindingResult startErrors = new MapBindingResult(new HashMap<>(), "startTrajectoryForm");
        UUID trajectoryId = trajectories.start(
                coach,
                youthId,
                new StartTrajectoryForm(
                        programme,
                        null,
                        DutchTime.today(java.time.Clock.systemUTC())
                                .minusDays(3)
                                .format(DateTimeFormatter.ofPattern("dd-MM-yyyy"))),
                startErrors);
        assertThat(startErrors.getAllErrors()).isEmpty();
        ZonedDateTime at = ZonedDateTime.now(DutchTime.ZONE).minusHours(2);
        MapBindingResult contactErrors = new MapBindingResult(new HashMap<>(), "contactForm");
        contacts.log(
                coach,
                trajectoryId,
                new ContactForm(
                        at.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                        at.format(DateTimeFormatter.ofPattern("HH:mm")),
                        "PHONE",
                        "YOUTH",
                        null,
                        "20",
                        note),
                contactErrors);
        assertThat(contactErrors.getAllErrors()).isEmpty();
        jdbc.sql("""
                        insert into key_person (id, youth_id, name, relation, phone, joins_meetings, created_by, created_at)
                        values (:id, :youth, :name, 'MENTOR', '0612345678', true, :by, now())
                        """)
                .param("id", UUID.randomUUID())
                .param("youth", youthId)
                .param("name", keyPerson)
                .param("by", coach.id())
                .update();
        return new Youth(youthId, trajectoryId, given, family, bsn, phone, note, keyPerson);
    }

    /** As above, then closed with an outcome (WORK) and a reason. */
    Youth youthWithClosedTrajectory(CurrentUser coach) {
        Youth youth = youthWithOpenTrajectory(coach);
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "phaseChangeForm");
        assertThat(trajectories.changePhase(
                        coach,
                        youth.trajectoryId(),
                        new PhaseChangeForm(
                                "CLOSED", "Reden-" + youth.familyName(), "WORK", "GOAL_REACHED", null, null),
                        errors))
                .as(errors.getAllErrors().toString())
                .isTrue();
        return youth;
    }

    /** The canaries of a scan and a plan written for one youth. */
    record ScanAndPlan(
            String talents,
            String wishes,
            String goesWell,
            String needed,
            String explanation,
            String healthNeeded,
            String goal,
            String action,
            String ownerName,
            String blockedReason,
            String resultNote) {}

    /**
     * A scan with a FINANCES score (work and income group) and a MENTAL_HEALTH score (health group),
     * and an agreed plan with one goal and two actions: one owned by the network and blocked, one
     * done by the youth with a result note. Every text carries the youth's tag.
     */
    ScanAndPlan scanAndPlan(Youth youth, CurrentUser coach) {
        String tag = youth.familyName();
        ScanAndPlan canaries = new ScanAndPlan(
                "Talent-" + tag,
                "Wens-" + tag,
                "GaatGoed-" + tag,
                "Nodig-" + tag,
                "Toelichting-" + tag,
                "Gezondheid-" + tag,
                "Doel-" + tag,
                "Actie-" + tag,
                "Oom-" + tag,
                "Vast-" + tag,
                "Resultaat-" + tag);
        UUID scan = UUID.randomUUID();
        jdbc.sql("""
                        insert into scan (id, youth_id, scan_date, talents, interests, wishes, participants,
                                          created_by, created_at)
                        values (:id, :youth, current_date - 10, :talents, '{CARE,ICT}', :wishes, '{YOUTH,NETWORK}',
                                :by, now())
                        """)
                .param("id", scan)
                .param("youth", youth.id())
                .param("talents", canaries.talents())
                .param("wishes", canaries.wishes())
                .param("by", coach.id())
                .update();
        jdbc.sql("""
                        insert into scan_score (scan_id, domain, score, goes_well, needed, explanation)
                        values (:scan, 'FINANCES', 2, :goesWell, :needed, :explanation),
                               (:scan, 'MENTAL_HEALTH', 4, null, :healthNeeded, null)
                        """)
                .param("scan", scan)
                .param("goesWell", canaries.goesWell())
                .param("needed", canaries.needed())
                .param("explanation", canaries.explanation())
                .param("healthNeeded", canaries.healthNeeded())
                .update();
        UUID goal = UUID.randomUUID();
        jdbc.sql("""
                        insert into plan_goal (id, youth_id, domain, text, target_date, status, created_by, created_at)
                        values (:id, :youth, 'FINANCES', :text, current_date + 60, 'IN_PROGRESS', :by, now())
                        """)
                .param("id", goal)
                .param("youth", youth.id())
                .param("text", canaries.goal())
                .param("by", coach.id())
                .update();
        jdbc.sql("""
                        insert into plan_action (id, goal_id, youth_id, description, owner_type, owner_name, due_date,
                                                 status, blocked_reason, result_note, created_by, created_at)
                        values (gen_random_uuid(), :goal, :youth, :description, 'NETWORK', :owner, current_date + 10,
                                'BLOCKED', :blocked, null, :by, now()),
                               (gen_random_uuid(), :goal, :youth, 'Stap-' || :tag, 'YOUTH', null, current_date + 5,
                                'DONE', null, :result, :by, now())
                        """)
                .param("goal", goal)
                .param("youth", youth.id())
                .param("description", canaries.action())
                .param("owner", canaries.ownerName())
                .param("blocked", canaries.blockedReason())
                .param("tag", tag)
                .param("result", canaries.resultNote())
                .param("by", coach.id())
                .update();
        jdbc.sql("""
                        insert into plan_agreement (youth_id, agreed_on, agreed_by)
                        values (:youth, current_date - 1, :by) on conflict (youth_id) do nothing
                        """).param("youth", youth.id()).param("by", coach.id()).update();
        return canaries;
    }

    /** Every text of the youth's scans and plan, joined, to search for canaries. */
    String scanAndPlanText(Youth youth) {
        return jdbc.sql("""
                        select concat_ws('|',
                            (select string_agg(concat_ws('|', s.talents, s.wishes, array_to_string(s.interests, ',')), '|')
                               from scan s where s.youth_id = :id),
                            (select string_agg(concat_ws('|', c.goes_well, c.needed, c.explanation), '|')
                               from scan_score c join scan s on s.id = c.scan_id where s.youth_id = :id),
                            (select string_agg(g.text, '|') from plan_goal g where g.youth_id = :id),
                            (select string_agg(concat_ws('|', x.description, x.owner_name, x.blocked_reason, x.result_note), '|')
                               from plan_action x where x.youth_id = :id))
                        """).param("id", youth.id()).query(String.class).single();
    }

    /**
     * No text of the scan or plan is left, while scores, dates, domains, owners and statuses are: the
     * state after PLAN and every SCAN_* group have been removed.
     */
    void assertScanAndPlanCleared(Youth youth, ScanAndPlan canaries) {
        String text = scanAndPlanText(youth);
        assertThat(text)
                .doesNotContain(canaries.talents())
                .doesNotContain(canaries.wishes())
                .doesNotContain(canaries.goesWell())
                .doesNotContain(canaries.needed())
                .doesNotContain(canaries.explanation())
                .doesNotContain(canaries.healthNeeded())
                .doesNotContain(canaries.goal())
                .doesNotContain(canaries.action())
                .doesNotContain(canaries.ownerName())
                .doesNotContain(canaries.blockedReason())
                .doesNotContain(canaries.resultNote())
                .doesNotContain(youth.familyName())
                .doesNotContain("CARE");
        assertThat(count(
                        "select count(*) from scan where youth_id = :id and talents is null and wishes is null"
                                + " and interests = '{}' and scan_date = current_date - 10",
                        youth.id()))
                .as("the scan and its date stay")
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        select c.domain || ':' || c.score from scan_score c join scan s on s.id = c.scan_id
                         where s.youth_id = :id and c.goes_well is null and c.needed is null and c.explanation is null
                         order by c.domain
                        """).param("id", youth.id()).query(String.class).list())
                .as("scores stay, their words go")
                .containsExactly("FINANCES:2", "MENTAL_HEALTH:4");
        assertThat(count(
                        "select count(*) from plan_goal where youth_id = :id and text = '–' and status = 'IN_PROGRESS'"
                                + " and domain = 'FINANCES'",
                        youth.id()))
                .as("the goal keeps its domain and status")
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        select concat_ws(':', owner_type, status, description, coalesce(owner_name, 'null'),
                                         coalesce(blocked_reason, 'null'), coalesce(result_note, 'null'))
                          from plan_action where youth_id = :id order by owner_type
                        """).param("id", youth.id()).query(String.class).list())
                .containsExactly("NETWORK:BLOCKED:–:–:–:null", "YOUTH:DONE:–:null:null:null");
        assertThat(count("select count(*) from plan_agreement where youth_id = :id", youth.id()))
                .as("the agreement date stays")
                .isEqualTo(1);
    }

    /** Pretends the youth's trajectory was closed this many years (and a day) ago. */
    void closedYearsAgo(Youth youth, int years) {
        jdbc.sql("update trajectory set closed_at = now() - make_interval(years => :years, days => 1) where id = :t")
                .param("years", years)
                .param("t", youth.trajectoryId())
                .update();
    }

    String field(Youth youth, String column) {
        return jdbc.sql("select cast(" + column + " as text) from youth where id = :id")
                .param("id", youth.id())
                .query(String.class)
                .list()
                .get(0);
    }

    long count(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    private static String tag() {
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            tag.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return tag.substring(0, 1).toUpperCase(Locale.ROOT) + tag.substring(1);
    }

    /** A random number that passes the elfproef. */
    static String bsn() {
        while (true) {
            int[] digits = new int[9];
            int sum = 0;
            digits[0] = 1 + RANDOM.nextInt(9);
            for (int i = 0; i < 8; i++) {
                if (i > 0) {
                    digits[i] = RANDOM.nextInt(10);
                }
                sum += (9 - i) * digits[i];
            }
            int last = sum % 11;
            if (last < 10) {
                digits[8] = last;
                StringBuilder text = new StringBuilder();
                for (int digit : digits) {
                    text.append(digit);
                }
                return text.toString();
            }
        }
    }
}
