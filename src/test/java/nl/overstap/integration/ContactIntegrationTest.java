package nl.overstap.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.UUID;
import nl.overstap.contact.ContactForm;
import nl.overstap.contact.Contacts;
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
import org.springframework.validation.MapBindingResult;

/** Logging contacts: last contact moves, edits only within 24 hours, later only corrections. */
@IntegrationTest
class ContactIntegrationTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired
    Contacts contacts;

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    YouthFactory youths;

    CurrentUser coach;
    DemoFixtures.Ids ids;

    @BeforeEach
    void setUp() {
        coach = logins.currentUser("coach");
        ids = youths.withTrajectory(
                "coach", "Contacttest" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void loggingAContactMovesLastContactAndIsLogged() {
        ZonedDateTime at =
                ZonedDateTime.now(AMSTERDAM).minusMinutes(5).withSecond(0).withNano(0);
        UUID id = contacts.log(coach, ids.trajectoryId(), form(at, "FACE_TO_FACE", null), errors());
        assertThat(id).isNotNull();
        assertThat(lastContact()).isEqualTo(at.toInstant());
        assertThat(jdbc.sql("select count(*) from access_log where object_id = :id and event_type = 'CREATE'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void refusesAContactInTheFuture() {
        MapBindingResult errors = errors();
        assertThat(contacts.log(
                        coach,
                        ids.trajectoryId(),
                        form(ZonedDateTime.now(AMSTERDAM).plusDays(1), "PHONE", null),
                        errors))
                .isNull();
        assertThat(errors.getFieldError("date").getCode()).isEqualTo("contact.error.date.future");
    }

    @Test
    void anUnansweredOutreachAttemptIsNoContact() {
        ZonedDateTime reached =
                ZonedDateTime.now(AMSTERDAM).minusHours(3).withSecond(0).withNano(0);
        contacts.log(coach, ids.trajectoryId(), form(reached, "PHONE", null), errors());
        contacts.log(coach, ids.trajectoryId(), form(reached.plusHours(1), "OUTREACH_ATTEMPT", "no"), errors());
        assertThat(lastContact()).isEqualTo(reached.toInstant());
    }

    @Test
    void authorEditsWithin24HoursAndCorrectsAfterwards() {
        ZonedDateTime at =
                ZonedDateTime.now(AMSTERDAM).minusHours(1).withSecond(0).withNano(0);
        UUID id = contacts.log(coach, ids.trajectoryId(), form(at, "PHONE", null), errors());
        assertThat(contacts.edit(coach, id, form(at, "VIDEO", null), errors())).isEqualTo(ids.youthId());
        assertThat(jdbc.sql("select channel from contact where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("VIDEO");

        jdbc.sql("update contact set created_at = created_at - interval '25 hours' where id = :id")
                .param("id", id)
                .update();
        assertThatThrownBy(() -> contacts.edit(coach, id, form(at, "EMAIL", null), errors()))
                .isInstanceOf(NotFoundException.class);
        assertThat(contacts.correct(coach, id, form(at.minusMinutes(30), "EMAIL", null), errors()))
                .isEqualTo(ids.youthId());
        assertThat(jdbc.sql("select count(*) from contact where corrects_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThatThrownBy(() -> contacts.correct(coach, id, form(at, "EMAIL", null), errors()))
                .as("a contact is corrected once; the correction is the record from then on")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aColleagueCannotEditSomeoneElsesContact() {
        ZonedDateTime at = ZonedDateTime.now(AMSTERDAM).minusHours(1);
        UUID id = contacts.log(coach, ids.trajectoryId(), form(at, "PHONE", null), errors());
        CurrentUser colleague = logins.currentUser("coach2");
        assertThatThrownBy(() -> contacts.edit(colleague, id, form(at, "VIDEO", null), errors()))
                .isInstanceOf(NotFoundException.class);
    }

    private java.time.Instant lastContact() {
        return jdbc.sql("select last_contact_at from trajectory where id = :t")
                .param("t", ids.trajectoryId())
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
    }

    private static ContactForm form(ZonedDateTime at, String channel, String reached) {
        return new ContactForm(
                at.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                at.format(DateTimeFormatter.ofPattern("HH:mm")),
                channel,
                "YOUTH",
                reached,
                "30",
                "Testcontact");
    }

    private static MapBindingResult errors() {
        return new MapBindingResult(new HashMap<>(), "contactForm");
    }
}
