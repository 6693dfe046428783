package nl.overstap.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.UUID;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.support.IntegrationTest;
import nl.overstap.youth.Registration;
import nl.overstap.youth.YouthForm;
import nl.overstap.youth.YouthRegistration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.util.HtmlUtils;

/**
 * The youth's network (sleutelfiguren) through the web: coaches of the youth's organisation add,
 * edit and remove key persons; everyone else either reads without edit links or gets a 404, and
 * every access and refusal is in the access log. Each test registers a youth of its own.
 */
@IntegrationTest
class NetworkWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestLogins logins;

    @Autowired
    YouthRegistration registration;

    @Autowired
    JdbcClient jdbc;

    UUID youthId;
    String familyName;

    @BeforeEach
    void registerAYouthOfCoach() {
        familyName = "Netwerktest" + UUID.randomUUID().toString().substring(0, 8);
        YouthForm form = new YouthForm(
                "Sanne",
                familyName,
                null,
                LocalDate.now().minusYears(19).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                "DEN_HAAG",
                null,
                null,
                null,
                null,
                "UNKNOWN",
                "UNKNOWN",
                null,
                null,
                null,
                null,
                null,
                true);
        Registration result = registration.register(
                logins.currentUser("coach"), form, new MapBindingResult(new HashMap<>(), "youthForm"));
        youthId = ((Registration.Registered) result).youthId();
    }

    @Test
    void coachAddsEditsAndRemovesAKeyPersonAndEachStepIsLogged() throws Exception {
        mvc.perform(addPerson("coach", "Fatima El Amrani"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/youths/" + youthId + "/network"))
                .andExpect(flash().attribute("message", "network.added"));
        UUID personId = onlyPersonId();
        assertThat(jdbc.sql("select relation || '/' || phone || '/' || email || '/' || joins_meetings || '/' || note"
                                + " from key_person where id = :id")
                        .param("id", personId)
                        .query(String.class)
                        .single())
                .isEqualTo("OTHER_FAMILY/06 12345678/fatima@voorbeeld.nl/true/Tante, haalt hem op na school");
        assertThat(logRows(personId, "CREATE", "ALLOWED")).isEqualTo(1);

        assertThat(page(get("/youths/{id}/network", youthId), "coach"))
                .contains("Fatima El Amrani")
                .contains("/network/" + personId + "/edit")
                .contains("/network/" + personId + "/delete")
                .contains("/youths/" + youthId + "/network/new");

        assertThat(page(get("/network/{id}/edit", personId), "coach")).contains("value=\"Fatima El Amrani\"");
        mvc.perform(personForm(post("/network/{id}", personId), "coach", "Fatima El Amrani-Bakker"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/youths/" + youthId + "/network"))
                .andExpect(flash().attribute("message", "network.edited"));
        assertThat(nameOf(personId)).isEqualTo("Fatima El Amrani-Bakker");
        assertThat(logRows(personId, "UPDATE", "ALLOWED")).isEqualTo(1);

        assertThat(page(get("/network/{id}/delete", personId), "coach")).contains("Fatima El Amrani-Bakker");
        mvc.perform(post("/network/{id}/delete", personId)
                        .with(logins.as("coach"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/youths/" + youthId + "/network"))
                .andExpect(flash().attribute("message", "network.removed"));
        assertThat(countPersons()).isZero();
        assertThat(jdbc.sql("select count(*) from access_log where object_id = :id and object_type = 'key_person'"
                                + " and event_type = 'UPDATE' and outcome = 'ALLOWED' and youth_id = :youth")
                        .param("id", personId)
                        .param("youth", youthId)
                        .query(Long.class)
                        .single())
                .as("the edit and the removal")
                .isEqualTo(2);
        assertThat(logRows(personId, "READ", "ALLOWED"))
                .as("the edit form and the confirmation page")
                .isEqualTo(2);
    }

    @Test
    void readingTheNetworkIsLogged() throws Exception {
        long before = jdbc.sql("select count(*) from access_log where youth_id = :y and object_type = 'key_person'"
                        + " and event_type = 'READ' and outcome = 'ALLOWED' and 'NETWORK' = any(data_categories)")
                .param("y", youthId)
                .query(Long.class)
                .single();
        mvc.perform(get("/youths/{id}/network", youthId).with(logins.as("coach")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql(
                                "select count(*) from access_log where youth_id = :y and object_type = 'key_person'"
                                        + " and event_type = 'READ' and outcome = 'ALLOWED' and 'NETWORK' = any(data_categories)")
                        .param("y", youthId)
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 1);
    }

    @Test
    void anyCoachOfTheYouthsOrganisationMayEditTheNetwork() throws Exception {
        mvc.perform(addPerson("coach2", "Meester Jansen")).andExpect(status().is3xxRedirection());
        UUID personId = onlyPersonId();
        mvc.perform(personForm(post("/network/{id}", personId), "coach2", "Meester P. Jansen"))
                .andExpect(status().is3xxRedirection());
        assertThat(nameOf(personId)).isEqualTo("Meester P. Jansen");
        assertThat(logRows(personId, "UPDATE", "ALLOWED")).isEqualTo(1);
    }

    @Test
    void coachOfAnotherOrganisationGets404EverywhereAndEachRefusalIsLogged() throws Exception {
        mvc.perform(addPerson("coach", "Oma Jansen")).andExpect(status().is3xxRedirection());
        UUID personId = onlyPersonId();
        CurrentUser coach3 = logins.currentUser("coach3");
        long deniedBefore = deniedFor(coach3, personId);

        assertNotFound(get("/youths/{id}/network", youthId), "coach3");
        assertNotFound(get("/youths/{id}/network/new", youthId), "coach3");
        assertNotFound(personForm(post("/youths/{id}/network", youthId), "coach3", "Indringer"), "coach3");
        assertNotFound(get("/network/{id}/edit", personId), "coach3");
        assertNotFound(personForm(post("/network/{id}", personId), "coach3", "Indringer"), "coach3");
        assertNotFound(get("/network/{id}/delete", personId), "coach3");
        assertNotFound(post("/network/{id}/delete", personId).with(csrf()), "coach3");

        assertThat(deniedFor(coach3, personId)).isEqualTo(deniedBefore + 7);
        assertThat(countPersons()).isOne();
        assertThat(nameOf(personId)).isEqualTo("Oma Jansen");
    }

    @Test
    void unknownKeyPersonIsA404AndTheRefusalIsLogged() throws Exception {
        UUID unknown = UUID.randomUUID();
        assertNotFound(get("/network/{id}/edit", unknown), "coach");
        assertThat(deniedFor(logins.currentUser("coach"), unknown)).isOne();
    }

    @Test
    void partnerWithoutConsentGets404() throws Exception {
        mvc.perform(addPerson("coach", "Oma Jansen")).andExpect(status().is3xxRedirection());
        UUID personId = onlyPersonId();
        CurrentUser partner = logins.currentUser("partner");
        long deniedBefore = deniedFor(partner, personId);

        assertNotFound(get("/youths/{id}/network", youthId), "partner");
        assertNotFound(get("/youths/{id}/network/new", youthId), "partner");
        assertNotFound(personForm(post("/youths/{id}/network", youthId), "partner", "Indringer"), "partner");
        assertNotFound(get("/network/{id}/edit", personId), "partner");

        assertThat(deniedFor(partner, personId)).isEqualTo(deniedBefore + 4);
    }

    @Test
    void partnerWithALegalBasisForTheNetworkReadsItWithoutEditLinksAndCannotChangeIt() throws Exception {
        mvc.perform(addPerson("coach", "Oma Jansen")).andExpect(status().is3xxRedirection());
        UUID personId = onlyPersonId();
        CurrentUser partner = logins.currentUser("partner");
        recordLegalBasis(partner.organisationId(), "NETWORK");

        String list = page(get("/youths/{id}/network", youthId), "partner");
        assertThat(list)
                .contains("Oma Jansen")
                .doesNotContain("/network/" + personId + "/edit")
                .doesNotContain("/network/" + personId + "/delete")
                .doesNotContain("/network/new")
                .as("the partner has no basis for the basic details, so not even the youth's name")
                .doesNotContain(familyName);
        long deniedBefore = deniedFor(partner, personId);
        assertNotFound(get("/network/{id}/edit", personId), "partner");
        assertNotFound(personForm(post("/network/{id}", personId), "partner", "Indringer"), "partner");
        assertNotFound(post("/network/{id}/delete", personId).with(csrf()), "partner");
        assertNotFound(get("/youths/{id}/network/new", youthId), "partner");
        assertThat(deniedFor(partner, personId)).isEqualTo(deniedBefore + 4);
        assertThat(nameOf(personId)).isEqualTo("Oma Jansen");
    }

    @Test
    void coordinatorReadsTheNetworkButCannotChangeIt() throws Exception {
        mvc.perform(addPerson("coach", "Oma Jansen")).andExpect(status().is3xxRedirection());
        UUID personId = onlyPersonId();

        assertThat(page(get("/youths/{id}/network", youthId), "coordinator"))
                .contains("Oma Jansen")
                .contains(familyName)
                .doesNotContain("/network/" + personId + "/edit")
                .doesNotContain("/network/new");
        assertNotFound(addPerson("coordinator", "Buurvrouw"), "coordinator");
        assertNotFound(post("/network/{id}/delete", personId).with(csrf()), "coordinator");
        assertThat(countPersons()).isOne();
    }

    @Test
    void validationErrorsKeepEverythingTyped() throws Exception {
        String html = mvc.perform(post("/youths/{id}/network", youthId)
                        .with(logins.as("coach"))
                        .with(csrf())
                        .param("name", "  ")
                        .param("relation", "MENTOR")
                        .param("phone", "06-123")
                        .param("email", "geen-mail")
                        .param("joinsMeetings", "yes")
                        .param("note", "Belt graag na zessen"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String page = HtmlUtils.htmlUnescape(html);
        assertThat(page)
                .contains("class=\"error-summary\"")
                .contains("href=\"#name\"")
                .contains("href=\"#phone\"")
                .contains("href=\"#email\"")
                .contains("value=\"06-123\"")
                .contains("value=\"geen-mail\"")
                .contains("<option value=\"MENTOR\" selected=\"selected\"")
                .contains("Belt graag na zessen")
                .contains("aria-invalid=\"true\"");
        assertThat(countPersons()).isZero();
    }

    private MockHttpServletRequestBuilder addPerson(String username, String name) {
        return personForm(post("/youths/{id}/network", youthId), username, name);
    }

    private MockHttpServletRequestBuilder personForm(
            MockHttpServletRequestBuilder request, String username, String name) {
        return request.with(logins.as(username))
                .with(csrf())
                .param("name", name)
                .param("relation", "OTHER_FAMILY")
                .param("phone", "06 12345678")
                .param("email", "fatima@voorbeeld.nl")
                .param("joinsMeetings", "yes")
                .param("note", "Tante, haalt hem op na school");
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.with(logins.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private void assertNotFound(MockHttpServletRequestBuilder request, String username) throws Exception {
        String body = mvc.perform(request.with(logins.as(username)))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Oma Jansen").doesNotContain(familyName);
    }

    private UUID onlyPersonId() {
        return jdbc.sql("select id from key_person where youth_id = :y")
                .param("y", youthId)
                .query(UUID.class)
                .single();
    }

    private long countPersons() {
        return jdbc.sql("select count(*) from key_person where youth_id = :y")
                .param("y", youthId)
                .query(Long.class)
                .single();
    }

    private String nameOf(UUID personId) {
        return jdbc.sql("select name from key_person where id = :id")
                .param("id", personId)
                .query(String.class)
                .single();
    }

    private long logRows(UUID personId, String eventType, String outcome) {
        return jdbc.sql("""
                        select count(*) from access_log
                         where object_type = 'key_person' and object_id = :id and youth_id = :youth
                           and event_type = :e and outcome = :o
                        """)
                .param("id", personId)
                .param("youth", youthId)
                .param("e", eventType)
                .param("o", outcome)
                .query(Long.class)
                .single();
    }

    /** Refusals of this account about this youth or this key person. */
    private long deniedFor(CurrentUser user, UUID personId) {
        return jdbc.sql("""
                        select count(*) from access_log
                         where account_id = :account and outcome = 'DENIED'
                           and (object_id in (:youth, :person) or youth_id = :youth)
                        """)
                .param("account", user.id())
                .param("youth", youthId)
                .param("person", personId)
                .query(Long.class)
                .single();
    }

    /** A current legal basis (no covenant needed) for the partner's organisation for one category of this youth. */
    private void recordLegalBasis(UUID organisationId, String category) {
        jdbc.sql("""
                        insert into consent_record (id, youth_id, organisation_id, data_category, version, is_current,
                                                    basis, decision, statute, given_on, recorded_by, recorded_at)
                        values (:id, :youth, :org, :category, 1, true, 'LEGAL_BASIS', 'GRANTED',
                                'RMC_EARLY_SCHOOL_LEAVERS', :today, :by, :now)
                        """)
                .param("id", UUID.randomUUID())
                .param("youth", youthId)
                .param("org", organisationId)
                .param("category", category)
                .param("today", LocalDate.now())
                .param("by", logins.currentUser("coach").id())
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }
}
