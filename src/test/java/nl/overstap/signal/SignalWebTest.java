package nl.overstap.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import nl.overstap.identity.TestLogins;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.YouthFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Signals through the web on PostgreSQL: reporting with Dutch per-field errors, the reporter's receipt
 * without file data, routing, access (404 for partners and other organisations), the triage outcomes
 * with their rules, the access log, and the coordinator's owner assignment.
 */
@IntegrationTest
@RecordApplicationEvents
class SignalWebTest {

    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    YouthFactory youths;

    @Autowired
    DemoFixtures fixtures;

    @Autowired
    ApplicationEvents events;

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    MockHttpServletRequestBuilder report(String familyName, String dateOfBirth, String municipality) {
        return post("/signals")
                .with(csrf())
                .param("source", "RMC_DUO")
                .param("urgency", "NORMAL")
                .param("reason", "Niet meer ingeschreven sinds september.")
                .param("givenNames", "Sanne")
                .param("familyName", familyName)
                .param("dateOfBirth", dateOfBirth)
                .param("municipality", municipality)
                .param("postcode", "2511ab")
                .param("houseNumber", "12A")
                .param("phone", "")
                .param("email", "")
                .param("bsn", "");
    }

    UUID reported(String username, String familyName, String municipality) throws Exception {
        mvc.perform(report(familyName, today().minusYears(19).format(DUTCH), municipality)
                        .with(logins.as(username)))
                .andExpect(redirectedUrl("/signals/mine"));
        return jdbc.sql("select id from signal where family_name = :f")
                .param("f", familyName)
                .query(UUID.class)
                .single();
    }

    String body(String username, String path) throws Exception {
        return mvc.perform(get(path).with(logins.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void reportFormShowsDutchErrorsPerFieldAndKeepsWhatWasTyped() throws Exception {
        String family = unique("Meldfout");
        String html = mvc.perform(report(family, "31-02-2007", "DEN_HAAG")
                        .param("bsn", "123456789")
                        .with(logins.as("partner")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Deze datum bestaat niet");
        assertThat(HtmlUtils.htmlUnescape(html)).contains("Dit is geen geldig BSN");
        assertThat(html).contains("value=\"31-02-2007\"").contains("value=\"" + family + "\"");
        assertThat(html).contains("Niet meer ingeschreven sinds september.");
        assertThat(jdbc.sql("select count(*) from signal where family_name = :f")
                        .param("f", family)
                        .query(Long.class)
                        .single())
                .isZero();

        UUID id = reported("partner", family, "DEN_HAAG");
        var row = jdbc.sql("""
                        select s.status, o.name, s.first_contact_due, s.postcode, s.house_number
                          from signal s join organisation o on o.id = s.assigned_organisation_id where s.id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new String[] {
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)
                })
                .single();
        assertThat(row[0]).isEqualTo("OPEN");
        assertThat(row[1]).isEqualTo("Jongerencoaching Haaglanden");
        assertThat(LocalDate.parse(row[2])).isAfter(today());
        assertThat(row[3]).isEqualTo("2511 AB");
        assertThat(row[4]).isEqualTo("12A");
    }

    @Test
    void reporterSeesOnlyTheReceiptNeverTheFile() throws Exception {
        String family = unique("Ontvangst");
        UUID id = reported("partner", family, "DELFT");
        String mine = body("partner", "/signals/mine");
        assertThat(mine).contains("Rode Loper Delft").contains("In behandeling");
        assertThat(mine).doesNotContain(family).doesNotContain("Sanne").doesNotContain("Niet meer ingeschreven");
        assertThat(mine).doesNotContain("/signals/" + id);

        mvc.perform(get("/signals/" + id).with(logins.as("partner"))).andExpect(status().isNotFound());
        mvc.perform(get("/signals/" + id).with(logins.as("coach"))).andExpect(status().isNotFound());
        mvc.perform(post("/signals/" + id + "/outcome")
                        .with(csrf())
                        .with(logins.as("coach"))
                        .param("outcome", "DECLINED")
                        .param("outcomeNote", "x"))
                .andExpect(status().isNotFound());
        assertThat(body("coach3", "/signals/" + id)).contains(family);
        assertThat(body("coordinator", "/signals/" + id)).contains(family);
        assertThat(body("coach3", "/signals")).contains(family);
        assertThat(body("coach", "/signals")).doesNotContain(family);

        assertThat(accessLog(id, "READ", "ALLOWED")).isEqualTo(2);
        assertThat(accessLog(id, "READ", "DENIED"))
                .as("partner, coach, coach's outcome")
                .isEqualTo(3);
        assertThat(accessLog(id, "CREATE", "ALLOWED")).isEqualTo(1);
        assertThat(accessLog(id, "LIST", "ALLOWED")).isGreaterThanOrEqualTo(2);
    }

    long accessLog(UUID signalId, String type, String outcome) {
        return jdbc.sql("""
                        select count(*) from access_log
                         where object_type = 'signal' and object_id = :id and event_type = :t and outcome = :o
                        """)
                .param("id", signalId)
                .param("t", type)
                .param("o", outcome)
                .query(Long.class)
                .single();
    }

    @Test
    void notReachableOnlyAfterTheRequiredOutreachAttempts() throws Exception {
        UUID id = reported("partner", unique("Eropaf"), "DEN_HAAG");
        var notReachable = post("/signals/" + id + "/outcome")
                .with(csrf())
                .with(logins.as("coach"))
                .param("outcome", "NOT_REACHABLE");
        assertThat(mvc.perform(notReachable)
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("pas na 3 vastgelegde pogingen");
        String bad = mvc.perform(post("/signals/" + id + "/outreach")
                        .with(csrf())
                        .with(logins.as("coach"))
                        .param("kind", "PHONE")
                        .param("attemptedOn", today().plusDays(2).format(DUTCH))
                        .param("reached", "false"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad).contains("De datum ligt in de toekomst");
        for (String kind : new String[] {"PHONE", "HOME_VISIT", "LETTER"}) {
            mvc.perform(post("/signals/" + id + "/outreach")
                            .with(csrf())
                            .with(logins.as("coach"))
                            .param("kind", kind)
                            .param("attemptedOn", today().format(DUTCH))
                            .param("reached", "false")
                            .param("outreachNote", "Geen gehoor"))
                    .andExpect(redirectedUrl("/signals/" + id));
        }
        mvc.perform(notReachable).andExpect(redirectedUrl("/signals/" + id));
        assertThat(statusOf(id)).isEqualTo("NOT_REACHABLE");
        assertThat(events.stream(SignalClosed.class).filter(e -> e.signalId().equals(id)))
                .singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(SignalStatus.NOT_REACHABLE));
        assertThat(accessLog(id, "UPDATE", "ALLOWED")).isEqualTo(4);
        assertThat(body("coach", "/signals/" + id)).contains("Niet bereikbaar").doesNotContain("Poging opslaan");
    }

    String statusOf(UUID id) {
        return jdbc.sql("select status from signal where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    @Test
    void declinedAndOutsideTargetGroupNeedAReasonReferralNeedsAnOrganisation() throws Exception {
        UUID id = reported("partner", unique("Uitkomst"), "DEN_HAAG");
        String html = mvc.perform(post("/signals/" + id + "/outcome")
                        .with(csrf())
                        .with(logins.as("coach"))
                        .param("outcome", "DECLINED"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Schrijf de reden op");
        html = mvc.perform(post("/signals/" + id + "/outcome")
                        .with(csrf())
                        .with(logins.as("coach"))
                        .param("outcome", "REFERRED"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Kies naar welke organisatie je doorverwijst");
        assertThat(statusOf(id)).isEqualTo("OPEN");
        UUID ggz = fixtures.organisationId("GGZ Kust en Duin");
        mvc.perform(post("/signals/" + id + "/outcome")
                        .with(csrf())
                        .with(logins.as("coordinator"))
                        .param("outcome", "REFERRED")
                        .param("referredTo", ggz.toString())
                        .param("outcomeNote", "Past beter bij de GGZ."))
                .andExpect(redirectedUrl("/signals/" + id));
        assertThat(statusOf(id)).isEqualTo("REFERRED");
        assertThat(jdbc.sql("select referred_to_organisation_id from signal where id = :id")
                        .param("id", id)
                        .query(UUID.class)
                        .single())
                .isEqualTo(ggz);
        // Closed is closed: a second outcome is refused.
        assertThat(mvc.perform(post("/signals/" + id + "/outcome")
                                .with(csrf())
                                .with(logins.as("coach"))
                                .param("outcome", "DECLINED")
                                .param("outcomeNote", "x"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Dit signaal heeft al een uitkomst");
    }

    @Test
    void contactMadeRegistersTheYouthAndStartsATrajectoryInScout() throws Exception {
        String family = unique("Contact");
        UUID id = reported("partner", family, "DEN_HAAG");
        UUID programme = jdbc.sql("select id from programme where active order by code limit 1")
                .query(UUID.class)
                .single();
        UUID coach = logins.currentUser("coach").id();
        // A missing programme: nothing is stored, not even the youth.
        String html = mvc.perform(contact(id, family, null, coach))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("field--error");
        assertThat(youthCount(family)).isZero();
        assertThat(statusOf(id)).isEqualTo("OPEN");

        mvc.perform(contact(id, family, programme, coach)).andExpect(status().is3xxRedirection());
        var row = jdbc.sql("""
                        select s.status, s.youth_id, t.youth_id, t.phase, t.coach_id
                          from signal s join trajectory t on t.id = s.trajectory_id where s.id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new Object[] {
                    rs.getString(1), rs.getObject(2), rs.getObject(3), rs.getString(4), rs.getObject(5)
                })
                .single();
        assertThat(row[0]).isEqualTo("CONTACT_MADE");
        assertThat(row[1]).isEqualTo(row[2]);
        assertThat(row[3]).isEqualTo("SCOUT");
        assertThat(row[4]).isEqualTo(coach);
        assertThat(youthCount(family)).isEqualTo(1);
        assertThat(body("coach", "/caseload")).contains(family);
    }

    long youthCount(String family) {
        return jdbc.sql("select count(*) from youth where family_name = :f")
                .param("f", family)
                .query(Long.class)
                .single();
    }

    MockHttpServletRequestBuilder contact(UUID signalId, String family, UUID programme, UUID coach) {
        MockHttpServletRequestBuilder request = post("/signals/" + signalId + "/contact")
                .with(csrf())
                .with(logins.as("coach"))
                .param("givenNames", "Sanne")
                .param("familyName", family)
                .param("dateOfBirth", today().minusYears(19).format(DUTCH))
                .param("municipality", "DEN_HAAG")
                .param("postcode", "2511 AB")
                .param("educationStatus", "EARLY_SCHOOL_LEAVER")
                .param("startQualification", "NO")
                .param("coachId", coach.toString())
                .param("startDate", today().format(DUTCH));
        if (programme != null) {
            request.param("programmeId", programme.toString());
        }
        return request;
    }

    @Test
    void alreadyInATrajectoryLinksTheSignal() throws Exception {
        String family = unique("Koppel");
        var ids = youths.withTrajectory("coach", family);
        UUID id = reported("partner", family, "DEN_HAAG");
        String found = mvc.perform(post("/signals/" + id + "/link/search")
                        .with(csrf())
                        .with(logins.as("coach"))
                        .param("linkTerm", family))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(found).contains(ids.youthId().toString());
        mvc.perform(post("/signals/" + id + "/link")
                        .with(csrf())
                        .with(logins.as("coach"))
                        .param("linkYouthId", ids.youthId().toString()))
                .andExpect(redirectedUrl("/signals/" + id));
        assertThat(statusOf(id)).isEqualTo("LINKED");
        assertThat(jdbc.sql("select trajectory_id from signal where id = :id")
                        .param("id", id)
                        .query(UUID.class)
                        .single())
                .isEqualTo(ids.trajectoryId());
        // The signal's reads are now logged against the youth.
        body("coach", "/signals/" + id);
        assertThat(jdbc.sql("""
                                select count(*) from access_log where object_type = 'signal' and object_id = :id
                                   and youth_id = :y and event_type = 'READ'
                                """)
                        .param("id", id)
                        .param("y", ids.youthId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aSignalWithoutOwnerIsOnTopOfTheMonitorAndTheCoordinatorAssignsIt() throws Exception {
        String family = unique("Eigenaarloos");
        UUID id = reported("partner", family, "WASSENAAR");
        jdbc.sql("update signal set assigned_organisation_id = null where id = :id")
                .param("id", id)
                .update();
        String monitor = body("coordinator", "/monitor?unowned=true");
        assertThat(monitor).contains(family).contains("Zonder eigenaar");
        mvc.perform(get("/signals/" + id).with(logins.as("coach"))).andExpect(status().isNotFound());
        // Nobody can close a signal without an owner.
        assertThat(mvc.perform(post("/signals/" + id + "/outcome")
                                .with(csrf())
                                .with(logins.as("coordinator"))
                                .param("outcome", "DECLINED")
                                .param("outcomeNote", "x"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("nog geen eigenaar");
        UUID jch = fixtures.organisationId("Jongerencoaching Haaglanden");
        mvc.perform(post("/signals/" + id + "/owner")
                        .with(csrf())
                        .with(logins.as("coordinator"))
                        .param("ownerId", jch.toString()))
                .andExpect(redirectedUrl("/signals/" + id));
        assertThat(body("coach", "/signals/" + id)).contains(family);
        // A stale version is a conflict, not a silent overwrite.
        mvc.perform(post("/signals/" + id + "/owner")
                        .with(csrf())
                        .with(logins.as("coordinator"))
                        .param("ownerId", jch.toString())
                        .param("version", "0"))
                .andExpect(status().isConflict());
    }
}
