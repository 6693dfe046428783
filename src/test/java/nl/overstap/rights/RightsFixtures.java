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
                        new PhaseChangeForm("CLOSED", "Reden-" + youth.familyName(), "WORK", "GOAL_REACHED"),
                        errors))
                .as(errors.getAllErrors().toString())
                .isTrue();
        return youth;
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
