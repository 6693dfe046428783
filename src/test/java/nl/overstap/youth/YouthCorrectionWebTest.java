package nl.overstap.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.util.HtmlUtils;

/**
 * Correcting a youth's details (AVG right to rectification): only the changed fields enter the
 * history, with a reason, in the same transaction as the update and one access-log row; the BSN is
 * never part of it. Each test registers a youth of its own.
 */
@IntegrationTest
class YouthCorrectionWebTest {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

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
    String bsn;
    LocalDate birth;

    @BeforeEach
    void registerAYouthOfCoach() {
        familyName = "Correctietest" + UUID.randomUUID().toString().substring(0, 8);
        bsn = randomBsn();
        birth = LocalDate.now().minusYears(19).minusDays(40);
        YouthForm form = new YouthForm(
                "Sanne Maria",
                familyName,
                "Sanne",
                birth.format(DUTCH),
                "DELFT",
                null,
                "06 12345678",
                null,
                bsn,
                "EARLY_SCHOOL_LEAVER",
                "NO",
                true,
                null,
                null,
                null,
                null,
                true);
        Registration result = registration.register(
                logins.currentUser("coach"), form, new MapBindingResult(new HashMap<>(), "youthForm"));
        assertThat(result).isInstanceOf(Registration.Registered.class);
        youthId = ((Registration.Registered) result).youthId();
    }

    @Test
    void correctionWritesExactlyTheChangedFieldsAndTheDetailsPageShowsThem() throws Exception {
        long updatesBefore = allowed("UPDATE");
        Map<String, String> form = current();
        form.put("familyName", familyName + "-Bakker");
        form.put("postcode", "2611ab");
        form.put("multiProblem", "true");
        form.remove("youthCareHistory");
        form.put("reason", "Achternaam verkeerd gespeld bij de aanmelding");

        mvc.perform(correction(form, "coach"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/youths/" + youthId + "/details"))
                .andExpect(flash().attribute("message", "details.corrected"));

        List<String> rows =
                jdbc.sql("""
                        select field || ':' || coalesce(old_value, '-') || '>' || coalesce(new_value, '-')
                          from youth_change where youth_id = :y order by field
                        """).param("y", youthId).query(String.class).list();
        assertThat(rows)
                .containsExactly(
                        "family_name:" + familyName + ">" + familyName + "-Bakker",
                        "multi_problem:false>true",
                        "postcode:->2611 AB",
                        "youth_care_history:true>false");
        assertThat(jdbc.sql("select distinct reason || '|' || changed_by from youth_change where youth_id = :y")
                        .param("y", youthId)
                        .query(String.class)
                        .list())
                .containsExactly("Achternaam verkeerd gespeld bij de aanmelding|"
                        + logins.currentUser("coach").id());
        assertThat(jdbc.sql("select family_name || '|' || postcode || '|' || multi_problem || '|' || youth_care_history"
                                + " from youth where id = :y")
                        .param("y", youthId)
                        .query(String.class)
                        .single())
                .isEqualTo(familyName + "-Bakker|2611 AB|true|false");
        assertThat(allowed("UPDATE"))
                .as("one access-log row for the correction")
                .isEqualTo(updatesBefore + 1);

        String page = page(get("/youths/{id}/details", youthId), "coach");
        assertThat(page)
                .contains("Achternaam verkeerd gespeld bij de aanmelding")
                .contains(familyName + "-Bakker")
                .contains("2611 AB")
                .contains("Marieke Coach")
                .contains("/youths/" + youthId + "/details/edit")
                .doesNotContain(bsn)
                .doesNotContain("*****" + bsn.substring(5));
    }

    @Test
    void aCorrectionWithoutReasonIsRefusedAndKeepsWhatWasTyped() throws Exception {
        Map<String, String> form = current();
        form.put("familyName", "Andersson");
        form.put("reason", "   ");

        String page = HtmlUtils.htmlUnescape(mvc.perform(correction(form, "coach"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

        assertThat(page)
                .contains("class=\"error-summary\"")
                .contains("href=\"#reason\"")
                .contains("Schrijf op waarom je de gegevens corrigeert.")
                .contains("value=\"Andersson\"");
        assertThat(changes()).isZero();
        assertThat(storedFamilyName()).isEqualTo(familyName);
    }

    @Test
    void aCorrectionThatChangesNothingIsRefused() throws Exception {
        Map<String, String> form = current();
        form.put("reason", "Gecontroleerd met de jongere");

        String page = HtmlUtils.htmlUnescape(mvc.perform(correction(form, "coach"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

        assertThat(page).contains("Je hebt niets veranderd.");
        assertThat(changes()).isZero();
    }

    @Test
    void theDateOfBirthMustBeARealPastDateButTheAgeRuleOfRegistrationDoesNotApply() throws Exception {
        Map<String, String> form = current();
        form.put("reason", "Geboortedatum volgens paspoort");

        form.put("dateOfBirth", "31-02-2001");
        assertThat(page(correction(form, "coach"), "coach")).contains("Vul de geboortedatum in als dag-maand-jaar");
        form.put("dateOfBirth", LocalDate.now().plusDays(1).format(DUTCH));
        assertThat(page(correction(form, "coach"), "coach")).contains("De geboortedatum moet in het verleden liggen.");
        assertThat(changes()).isZero();

        LocalDate thirtyYearsAgo = LocalDate.now().minusYears(30);
        form.put("dateOfBirth", thirtyYearsAgo.format(DUTCH));
        mvc.perform(correction(form, "coach")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select old_value || '>' || new_value from youth_change where youth_id = :y")
                        .param("y", youthId)
                        .query(String.class)
                        .single())
                .isEqualTo(birth + ">" + thirtyYearsAgo);
    }

    @Test
    void aBsnSentAlongIsIgnoredAndNeverEntersTheHistory() throws Exception {
        String hashBefore = bsnHash();
        Map<String, String> form = current();
        form.put("bsn", randomBsn());
        form.put("phone", "06 87654321");
        form.put("reason", "Nieuw telefoonnummer");

        mvc.perform(correction(form, "coach")).andExpect(status().is3xxRedirection());

        assertThat(bsnHash()).isEqualTo(hashBefore);
        assertThat(jdbc.sql("select field from youth_change where youth_id = :y")
                        .param("y", youthId)
                        .query(String.class)
                        .list())
                .containsExactly("phone");
        assertThat(page(get("/youths/{id}/details/edit", youthId), "coach"))
                .doesNotContain("name=\"bsn\"")
                .doesNotContain("*****" + bsn.substring(5));
    }

    @Test
    void aColleagueOfTheSameOrganisationMayCorrect() throws Exception {
        Map<String, String> form = current();
        form.put("preferredName", "");
        form.put("reason", "De jongere wil geen roepnaam");

        mvc.perform(correction(form, "coach2")).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select field || ':' || old_value || '>' || coalesce(new_value, '-') || ':' || changed_by"
                                + " from youth_change where youth_id = :y")
                        .param("y", youthId)
                        .query(String.class)
                        .single())
                .isEqualTo(
                        "preferred_name:Sanne>-:" + logins.currentUser("coach2").id());
    }

    @Test
    void coordinatorReadsTheDetailsButCannotCorrectThem() throws Exception {
        assertThat(page(get("/youths/{id}/details", youthId), "coordinator"))
                .contains(familyName)
                .doesNotContain("/youths/" + youthId + "/details/edit");

        CurrentUser coordinator = logins.currentUser("coordinator");
        long deniedBefore = denied(coordinator);
        Map<String, String> form = current();
        form.put("familyName", "Regisseur");
        form.put("reason", "Mag niet");
        mvc.perform(get("/youths/{id}/details/edit", youthId).with(logins.as("coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(correction(form, "coordinator")).andExpect(status().isNotFound());

        assertThat(denied(coordinator)).isEqualTo(deniedBefore + 2);
        assertThat(changes()).isZero();
        assertThat(storedFamilyName()).isEqualTo(familyName);
    }

    @Test
    void coachOfAnotherOrganisationAndPartnerGet404AndTheRefusalsAreLogged() throws Exception {
        Map<String, String> form = current();
        form.put("familyName", "Indringer");
        form.put("reason", "Mag niet");
        for (String username : List.of("coach3", "partner")) {
            CurrentUser user = logins.currentUser(username);
            long deniedBefore = denied(user);
            for (MockHttpServletRequestBuilder request : List.of(
                    get("/youths/{id}/details", youthId),
                    get("/youths/{id}/details/edit", youthId),
                    correction(form, username))) {
                String body = mvc.perform(request.with(logins.as(username)))
                        .andExpect(status().isNotFound())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
                assertThat(body).doesNotContain(familyName);
            }
            assertThat(denied(user)).as(username).isEqualTo(deniedBefore + 3);
        }
        assertThat(changes()).isZero();
    }

    /** The form as the edit page fills it, as request parameters (an unticked marker is absent). */
    private Map<String, String> current() {
        YouthDetailsForm stored = YouthDetailsForm.of(jdbc.sql("select * from youth where id = :y")
                .param("y", youthId)
                .query((rs, n) -> {
                    Map<YouthCorrectionField, String> values = new HashMap<>();
                    for (YouthCorrectionField field : YouthCorrectionField.values()) {
                        Object value = rs.getObject(field.column());
                        values.put(field, value == null ? null : value.toString());
                    }
                    return values;
                })
                .single());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("givenNames", stored.givenNames());
        form.put("familyName", stored.familyName());
        form.put("preferredName", stored.preferredName() == null ? "" : stored.preferredName());
        form.put("dateOfBirth", stored.dateOfBirth());
        form.put("municipality", stored.municipality());
        form.put("postcode", stored.postcode() == null ? "" : stored.postcode());
        form.put("phone", stored.phone() == null ? "" : stored.phone());
        form.put("email", stored.email() == null ? "" : stored.email());
        form.put("educationStatus", stored.educationStatus());
        form.put("startQualification", stored.startQualification());
        Map<String, Boolean> markers = Map.of(
                "youthCareHistory", stored.youthCareHistory(),
                "mildIntellectualDisability", stored.mildIntellectualDisability(),
                "nonIntellectualDisability", stored.nonIntellectualDisability(),
                "multiProblem", stored.multiProblem(),
                "justiceContact", stored.justiceContact());
        markers.forEach((name, ticked) -> {
            if (ticked) {
                form.put(name, "true");
            }
        });
        return form;
    }

    private MockHttpServletRequestBuilder correction(Map<String, String> form, String username) {
        MockHttpServletRequestBuilder request =
                post("/youths/{id}/details", youthId).with(logins.as(username)).with(csrf());
        form.forEach(request::param);
        return request;
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.with(logins.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private long changes() {
        return jdbc.sql("select count(*) from youth_change where youth_id = :y")
                .param("y", youthId)
                .query(Long.class)
                .single();
    }

    private String storedFamilyName() {
        return jdbc.sql("select family_name from youth where id = :y")
                .param("y", youthId)
                .query(String.class)
                .single();
    }

    private String bsnHash() {
        return jdbc.sql("select bsn_hash from youth where id = :y")
                .param("y", youthId)
                .query(String.class)
                .single();
    }

    private long allowed(String eventType) {
        return jdbc.sql("""
                        select count(*) from access_log
                         where youth_id = :y and object_type = 'youth' and event_type = :e and outcome = 'ALLOWED'
                        """)
                .param("y", youthId)
                .param("e", eventType)
                .query(Long.class)
                .single();
    }

    private long denied(CurrentUser user) {
        return jdbc.sql("""
                        select count(*) from access_log
                         where account_id = :account and outcome = 'DENIED' and object_id = :y
                        """)
                .param("account", user.id())
                .param("y", youthId)
                .query(Long.class)
                .single();
    }

    /** A random 9-digit number that passes the elfproef, so it is new in the demo region. */
    private static String randomBsn() {
        Random random = new Random();
        while (true) {
            String candidate = String.format("%09d", random.nextInt(1_000_000_000));
            if (Bsn.isValid(candidate)) {
                return candidate;
            }
        }
    }
}
