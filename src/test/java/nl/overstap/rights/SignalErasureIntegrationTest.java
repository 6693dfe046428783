package nl.overstap.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.UUID;
import nl.overstap.contact.Contacts;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.support.IntegrationTest;
import nl.overstap.trajectory.Trajectories;
import nl.overstap.youth.YouthRegistration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.MapBindingResult;

/**
 * Erasure reaches the signals linked to the youth: names, date of birth (to the year), the concern,
 * school, contact details and BSN go; the signal itself, its source and outcome stay for the monitor.
 * A signal of another youth keeps everything.
 */
@IntegrationTest
class SignalErasureIntegrationTest {

    @Autowired
    Erasures erasures;

    @Autowired
    YouthRegistration registration;

    @Autowired
    Trajectories trajectories;

    @Autowired
    Contacts contacts;

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Test
    void approvedErasureClearsTheLinkedSignalsButKeepsTheirOutcome() {
        RightsFixtures fixtures = new RightsFixtures(registration, trajectories, contacts, jdbc);
        CurrentUser coach = logins.currentUser("coach");
        CurrentUser coordinator = logins.currentUser("coordinator");
        RightsFixtures.Youth youth = fixtures.youthWithClosedTrajectory(coach);
        UUID linked = signal(youth.id(), "Wisdetails");
        UUID other = signal(null, "Blijftstaan");

        MapBindingResult requestErrors = new MapBindingResult(new HashMap<>(), "erasureRequestForm");
        UUID request =
                erasures.request(coach, youth.id(), new ErasureRequestForm("De jongere vraagt erom"), requestErrors);
        assertThat(requestErrors.getAllErrors()).isEmpty();
        assertThat(erasures.decide(
                        coordinator,
                        request,
                        true,
                        new ErasureDecisionForm("Akkoord"),
                        new MapBindingResult(new HashMap<>(), "erasureDecisionForm")))
                .isEqualTo(youth.id());

        var cleared = jdbc.sql("""
                        select given_names, family_name, date_of_birth, reason, school, phone, postcode, house_number,
                               bsn_encrypted, bsn_hash, status, source
                          from signal where id = :id
                        """)
                .param("id", linked)
                .query((rs, n) -> new Object[] {
                    rs.getString(1),
                    rs.getString(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getString(11),
                    rs.getString(12)
                })
                .single();
        assertThat(cleared[0]).isEqualTo(Anonymiser.PLACEHOLDER_GIVEN_NAMES);
        assertThat(cleared[1]).isEqualTo(Anonymiser.PLACEHOLDER_FAMILY_NAME);
        assertThat(cleared[2]).isEqualTo(LocalDate.of(2007, 1, 1));
        for (int i = 3; i <= 9; i++) {
            assertThat(cleared[i]).as("column " + i).isNull();
        }
        assertThat(cleared[10]).isEqualTo("LINKED");
        assertThat(cleared[11]).isEqualTo("SCHOOL");
        assertThat(jdbc.sql("select family_name from signal where id = :id")
                        .param("id", other)
                        .query(String.class)
                        .single())
                .startsWith("Blijftstaan");
    }

    private UUID signal(UUID youthId, String family) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into signal (id, region, source, urgency, signalled_on, reason, given_names, family_name,
                                            date_of_birth, municipality, postcode, house_number, phone, school,
                                            bsn_encrypted, bsn_hash, status, first_contact_due, youth_id)
                        values (:id, 'Haaglanden', 'SCHOOL', 'NORMAL', current_date, 'Zorg over thuis', 'Sanne', :family,
                                date '2007-05-14', 'DEN_HAAG', '2511 AB', '12', '0612345678', 'Mbo Hofstad', 'x', 'y',
                                :status, current_date, :youth)
                        """)
                .param("id", id)
                .param("family", family + UUID.randomUUID().toString().substring(0, 6))
                .param("status", youthId == null ? "OPEN" : "LINKED")
                .param("youth", youthId)
                .update();
        return id;
    }
}
