package nl.overstap.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import nl.overstap.consent.ConsentForm;
import nl.overstap.consent.ConsentRecords;
import nl.overstap.consent.Grant;
import nl.overstap.consent.YouthAccess;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.YouthFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.util.HtmlUtils;

/**
 * Escalation through the web: the coach escalates a stuck partner action, the coordinator of the region
 * decides (new deadline and owner, binding decision, MDO), every step is on the ladder and in the
 * access log; other actions are refused with a reason and everyone else gets a 404. Each test makes a
 * youth of its own and writes its goal and actions by SQL.
 */
@IntegrationTest
class EscalationWebTest {

    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final String MBO = "Mbo College Hofstad";
    static final String UWV = "UWV Werkbedrijf Haaglanden";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestLogins logins;

    @Autowired
    YouthFactory youths;

    @Autowired
    DemoFixtures fixtures;

    @Autowired
    ConsentRecords consents;

    @Autowired
    Escalations escalations;

    @Autowired
    YouthAccess youthAccess;

    @Autowired
    JdbcClient jdbc;

    UUID youthId;
    UUID goalId;
    String familyName;

    @BeforeEach
    void aFreshYouthWithAGoal() {
        familyName = "Escaltest" + UUID.randomUUID().toString().substring(0, 8);
        youthId = youths.withTrajectory("coach", familyName).youthId();
        goalId = UUID.randomUUID();
        jdbc.sql("""
                        insert into plan_goal (id, youth_id, domain, text, target_date, status, created_by, created_at)
                        values (:id, :youth, 'WORK_EDUCATION', 'Diploma halen', :target, 'OPEN', :by, now())
                        """)
                .param("id", goalId)
                .param("youth", youthId)
                .param("target", LocalDate.now().plusDays(200))
                .param("by", logins.currentUser("coach").id())
                .update();
    }

    @Test
    void coachEscalatesAnOverduePartnerActionAndTheCoordinatorSetsANewDeadlineAndOwner() throws Exception {
        UUID actionId =
                action("Intake mbo plannen", "PARTNER", MBO, LocalDate.now().minusDays(3), "OPEN", null);
        assertThat(page(get("/plan/actions/{id}/escalate", actionId), "coach")).contains("Intake mbo plannen");

        mvc.perform(escalate(actionId, " ").with(logins.as("coach")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "escalationForm", "reason", "escalation.error.reason.required"));
        assertThat(escalationCount()).isZero();

        mvc.perform(escalate(actionId, "Al drie keer gebeld, geen reactie").with(logins.as("coach")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/youths/" + youthId + "/escalations"))
                .andExpect(flash().attribute("message", "escalation.raised"));
        UUID escalationId = onlyEscalationId();

        assertThat(page(get("/escalations"), "coordinator"))
                .contains("Intake mbo plannen")
                .contains(familyName)
                .contains("/escalations/" + escalationId);
        assertThat(page(get("/escalations/{id}", escalationId), "coordinator"))
                .contains("Al drie keer gebeld, geen reactie")
                .contains(MBO);

        UUID uwv = fixtures.organisationId(UWV);
        String refused = html(mvc.perform(decide(escalationId, "NEW_DEADLINE_OWNER", inDays(14), uwv, null))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "decisionForm", "organisationId", "escalation.error.organisation.noConsent")));
        assertThat(refused).contains("Al drie keer gebeld");
        mvc.perform(decide(
                        escalationId,
                        "NEW_DEADLINE_OWNER",
                        LocalDate.now().minusDays(1).format(DUTCH),
                        uwv,
                        null))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "decisionForm", "newDueDate", "escalation.rejected.DEADLINE_IN_THE_PAST"));

        recordConsent(uwv, List.of("PLAN", "BASIC"));
        mvc.perform(decide(escalationId, "NEW_DEADLINE_OWNER", inDays(14), uwv, "Uwv neemt het over"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/escalations"))
                .andExpect(flash().attribute("message", "escalation.decided"));

        assertThat(jdbc.sql("""
                        select a.due_date = :due and a.owner_organisation_id = :org and a.status = 'OPEN'
                               and a.owner_account_id is not distinct from o.contact_person_id
                               and a.updated_by = :coordinator
                          from plan_action a join organisation o on o.id = :org where a.id = :id
                        """)
                        .param("due", LocalDate.now().plusDays(14))
                        .param("org", uwv)
                        .param("coordinator", logins.currentUser("coordinator").id())
                        .param("id", actionId)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(escalationStatus(escalationId)).isEqualTo("REDIRECTED");
        assertThat(steps(escalationId)).containsExactly("RAISED", "NEW_DEADLINE_OWNER");
        assertThat(logRows("escalation", escalationId, "CREATE", "coach")).isOne();
        assertThat(logRows("escalation", escalationId, "UPDATE", "coordinator")).isOne();
        assertThat(logRows("plan_action", actionId, "UPDATE", "coordinator")).isOne();

        assertThat(page(get("/escalations"), "coordinator")).doesNotContain("/escalations/" + escalationId);
        assertThat(page(get("/youths/{id}/escalations", youthId), "coach"))
                .contains("Intake mbo plannen")
                .contains("Al drie keer gebeld, geen reactie")
                .contains("Uwv neemt het over")
                .contains(UWV)
                .contains(inDays(14));
        assertThat(logRows("escalation", youthId, "READ", "coach")).isOne();

        mvc.perform(decide(escalationId, "MDO", null, null, null))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("decisionForm"));
        assertThat(steps(escalationId)).hasSize(2);
    }

    @Test
    void theCoordinatorTakesABindingDecisionOnABlockedAction() throws Exception {
        UUID actionId =
                action("Stageplek zoeken", "PARTNER", MBO, LocalDate.now().plusDays(10), "BLOCKED", "Geen plek vrij");
        mvc.perform(escalate(actionId, "Mbo vindt geen stageplek").with(logins.as("coach")))
                .andExpect(status().is3xxRedirection());
        UUID escalationId = onlyEscalationId();

        mvc.perform(decide(escalationId, "BINDING_DECISION", null, null, "  "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "decisionForm", "text", "escalation.error.decisionText.required"));
        mvc.perform(decide(escalationId, null, null, null, "Iets"))
                .andExpect(status().isOk())
                .andExpect(
                        model().attributeHasFieldErrorCode("decisionForm", "kind", "escalation.error.kind.required"));
        mvc.perform(decide(escalationId, "BINDING_DECISION", null, null, "Het mbo biedt een interne stage aan"))
                .andExpect(status().is3xxRedirection());

        assertThat(escalationStatus(escalationId)).isEqualTo("DECIDED");
        assertThat(jdbc.sql("select decision_kind || '/' || decision_text from escalation where id = :id")
                        .param("id", escalationId)
                        .query(String.class)
                        .single())
                .isEqualTo("BINDING_DECISION/Het mbo biedt een interne stage aan");
        assertThat(steps(escalationId)).containsExactly("RAISED", "BINDING_DECISION");
        assertThat(jdbc.sql("select status from plan_action where id = :id")
                        .param("id", actionId)
                        .query(String.class)
                        .single())
                .as("a binding decision is recorded; the action itself is not changed")
                .isEqualTo("BLOCKED");
        assertThat(page(get("/youths/{id}/escalations", youthId), "coordinator"))
                .contains("Het mbo biedt een interne stage aan");
        assertThat(logRows("escalation", escalationId, "UPDATE", "coordinator")).isOne();
    }

    @Test
    void theCoordinatorPutsAnEscalationOnTheMdoAgenda() throws Exception {
        UUID actionId =
                action("Schulden in kaart", "PARTNER", MBO, LocalDate.now().minusDays(20), "OPEN", null);
        mvc.perform(escalate(actionId, "Niemand pakt dit op").with(logins.as("coach")))
                .andExpect(status().is3xxRedirection());
        UUID escalationId = onlyEscalationId();
        assertThat(escalations.onMdoAgenda(youthId)).isEmpty();

        mvc.perform(decide(escalationId, "MDO", null, null, "Graag met schuldhulp erbij"))
                .andExpect(status().is3xxRedirection());

        assertThat(escalationStatus(escalationId)).isEqualTo("ON_MDO_AGENDA");
        assertThat(steps(escalationId)).containsExactly("RAISED", "MDO");
        List<MdoCase> agenda = escalations.onMdoAgenda(youthId);
        assertThat(agenda).hasSize(1);
        assertThat(agenda.get(0).escalationId()).isEqualTo(escalationId);
        assertThat(agenda.get(0).actionDescription()).isEqualTo("Schulden in kaart");
        assertThat(agenda.get(0).reason()).isEqualTo("Niemand pakt dit op");
        assertThat(agenda.get(0).coordinatorNote()).isEqualTo("Graag met schuldhulp erbij");
        assertThat(logRows("escalation", escalationId, "UPDATE", "coordinator")).isOne();

        CurrentUser coordinator = logins.currentUser("coordinator");
        Grant grant = youthAccess.decide(coordinator, youthId).orElseThrow();
        assertThat(escalations.closeFromMdo(coordinator, grant, escalationId, "Besproken in het MDO"))
                .isTrue();
        assertThat(escalations.closeFromMdo(coordinator, grant, escalationId, "Nog een keer"))
                .isFalse();
        assertThat(escalationStatus(escalationId)).isEqualTo("CLOSED");
        assertThat(steps(escalationId)).containsExactly("RAISED", "MDO", "CLOSED");
        assertThat(escalations.onMdoAgenda(youthId)).isEmpty();
        assertThat(logRows("escalation", escalationId, "UPDATE", "coordinator")).isEqualTo(2);
    }

    @Test
    void escalatingAYouthActionANotOverdueActionOrTwiceIsRefusedWithTheReason() throws Exception {
        UUID youthAction = action("Cv schrijven", "YOUTH", null, LocalDate.now().minusDays(5), "OPEN", null);
        mvc.perform(escalate(youthAction, "Gebeurt niet").with(logins.as("coach")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "escalationForm", "reason", "escalation.rejected.NOT_A_PARTNER_ACTION"));
        UUID notOverdue = action("Open dag", "PARTNER", MBO, LocalDate.now().plusDays(2), "OPEN", null);
        String html = html(mvc.perform(escalate(notOverdue, "Duurt lang").with(logins.as("coach")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "escalationForm", "reason", "escalation.rejected.NOT_STUCK")));
        assertThat(html).contains("Duurt lang").contains("aria-invalid=\"true\"");
        UUID done = action("Intake", "PARTNER", MBO, LocalDate.now().minusDays(2), "DONE", null);
        mvc.perform(escalate(done, "Was te laat").with(logins.as("coach")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "escalationForm", "reason", "escalation.rejected.ACTION_DONE"));
        assertThat(escalationCount()).isZero();

        UUID overdue = action("Aanmelden", "PARTNER", MBO, LocalDate.now().minusDays(1), "OPEN", null);
        mvc.perform(escalate(overdue, "Te laat").with(logins.as("coach"))).andExpect(status().is3xxRedirection());
        mvc.perform(escalate(overdue, "Nog steeds te laat").with(logins.as("coach")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "escalationForm", "reason", "escalation.rejected.ALREADY_ESCALATED"));
        assertThat(escalationCount()).isOne();
    }

    @Test
    void othersGet404OnEveryEndpoint() throws Exception {
        UUID actionId =
                action("Intake mbo plannen", "PARTNER", MBO, LocalDate.now().minusDays(3), "OPEN", null);
        mvc.perform(escalate(actionId, "Geen reactie").with(logins.as("coach"))).andExpect(status().is3xxRedirection());
        UUID escalationId = onlyEscalationId();

        for (String user : List.of("coach3", "partner", "analyst")) {
            notFound(get("/plan/actions/{id}/escalate", actionId), user);
            notFound(escalate(actionId, "Van " + user), user);
            notFound(get("/escalations"), user);
            notFound(get("/escalations/{id}", escalationId), user);
            notFound(decideAs(escalationId, "BINDING_DECISION", null, null, "Van " + user), user);
            notFound(get("/youths/{id}/escalations", youthId), user);
        }
        notFound(get("/escalations"), "coach");
        notFound(get("/escalations/{id}", escalationId), "coach");
        notFound(decideAs(escalationId, "MDO", null, null, null), "coach");
        notFound(get("/plan/actions/{id}/escalate", actionId), "coordinator");
        notFound(escalate(actionId, "Van de regisseur"), "coordinator");
        notFound(get("/escalations/{id}", UUID.randomUUID()), "coordinator");
        notFound(get("/plan/actions/{id}/escalate", UUID.randomUUID()), "coach");

        assertThat(escalationCount()).isOne();
        assertThat(escalationStatus(escalationId)).isEqualTo("OPEN");
        assertThat(steps(escalationId)).containsExactly("RAISED");
        assertThat(jdbc.sql("""
                        select count(*) from access_log l join account a on a.id = l.account_id
                         where a.username = 'coach3' and l.outcome = 'DENIED'
                           and l.object_id in (:action, :escalation, :youth)
                        """)
                        .param("action", actionId)
                        .param("escalation", escalationId)
                        .param("youth", youthId)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(5);
    }

    private UUID action(
            String description, String ownerType, String organisation, LocalDate due, String status, String blocked) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into plan_action (id, goal_id, youth_id, description, owner_type, owner_organisation_id,
                                                 due_date, status, blocked_reason, created_by, created_at)
                        values (:id, :goal, :youth, :description, :ownerType, :org, :due, :status, :blocked, :by, now())
                        """)
                .param("id", id)
                .param("goal", goalId)
                .param("youth", youthId)
                .param("description", description)
                .param("ownerType", ownerType)
                .param("org", organisation == null ? null : fixtures.organisationId(organisation))
                .param("due", due)
                .param("status", status)
                .param("blocked", blocked)
                .param("by", logins.currentUser("coach").id())
                .update();
        return id;
    }

    private MockHttpServletRequestBuilder escalate(UUID actionId, String reason) {
        return post("/plan/actions/{id}/escalate", actionId).with(csrf()).param("reason", reason);
    }

    private MockHttpServletRequestBuilder decide(
            UUID escalationId, String kind, String newDueDate, UUID organisationId, String text) {
        return decideAs(escalationId, kind, newDueDate, organisationId, text).with(logins.as("coordinator"));
    }

    private MockHttpServletRequestBuilder decideAs(
            UUID escalationId, String kind, String newDueDate, UUID organisationId, String text) {
        MockHttpServletRequestBuilder request =
                post("/escalations/{id}", escalationId).with(csrf());
        if (kind != null) {
            request.param("kind", kind);
        }
        if (newDueDate != null) {
            request.param("newDueDate", newDueDate);
        }
        if (organisationId != null) {
            request.param("organisationId", organisationId.toString());
        }
        if (text != null) {
            request.param("text", text);
        }
        return request;
    }

    private void recordConsent(UUID organisationId, List<String> categories) {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "consentForm");
        boolean saved = consents.record(
                logins.currentUser("coach"),
                youthId,
                new ConsentForm(
                        organisationId,
                        categories,
                        "CONSENT",
                        "GRANTED",
                        "VERBAL",
                        LocalDate.now().format(DUTCH),
                        null,
                        null,
                        null),
                errors);
        assertThat(saved).as(errors.toString()).isTrue();
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return html(mvc.perform(request.with(logins.as(username))).andExpect(status().isOk()));
    }

    private static String html(ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private void notFound(MockHttpServletRequestBuilder request, String username) throws Exception {
        String body = html(mvc.perform(request.with(logins.as(username))).andExpect(status().isNotFound()));
        assertThat(body).doesNotContain(familyName);
    }

    private static String inDays(int days) {
        return LocalDate.now().plusDays(days).format(DUTCH);
    }

    private long escalationCount() {
        return jdbc.sql("select count(*) from escalation where youth_id = :y")
                .param("y", youthId)
                .query(Long.class)
                .single();
    }

    private UUID onlyEscalationId() {
        return jdbc.sql("select id from escalation where youth_id = :y")
                .param("y", youthId)
                .query(UUID.class)
                .single();
    }

    private String escalationStatus(UUID escalationId) {
        return jdbc.sql("select status from escalation where id = :id")
                .param("id", escalationId)
                .query(String.class)
                .single();
    }

    private List<String> steps(UUID escalationId) {
        return jdbc.sql("select kind from escalation_step where escalation_id = :id order by at, kind desc")
                .param("id", escalationId)
                .query(String.class)
                .list();
    }

    private long logRows(String objectType, UUID objectId, String type, String username) {
        return jdbc.sql("""
                        select count(*) from access_log l join account a on a.id = l.account_id
                         where l.object_type = :objectType and l.object_id = :objectId and l.event_type = :type
                           and l.outcome = 'ALLOWED' and a.username = :username and l.youth_id = :youth
                           and 'PLAN' = any (l.data_categories)
                        """)
                .param("objectType", objectType)
                .param("objectId", objectId)
                .param("type", type)
                .param("username", username)
                .param("youth", youthId)
                .query(Long.class)
                .single();
    }
}
