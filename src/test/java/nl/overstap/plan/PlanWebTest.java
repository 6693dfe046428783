package nl.overstap.plan;

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
import java.util.List;
import java.util.UUID;
import nl.overstap.consent.ConsentForm;
import nl.overstap.consent.ConsentRecords;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DutchTime;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.StatementCounter;
import nl.overstap.support.YouthFactory;
import nl.overstap.trajectory.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.util.HtmlUtils;

/**
 * The plan through the web: the coach writes goals and actions and agrees the plan; an action goes to a
 * partner organisation only with consent for the plan; that partner completes it from the inbox; other
 * partners and withdrawn consent get a logged 404. Each test makes a youth of its own.
 */
@IntegrationTest
class PlanWebTest {

    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final String MBO = "Mbo College Hofstad";
    static final String RMC = "RMC Regio Haaglanden";

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
    AgreedPlanCondition agreedPlan;

    @Autowired
    Plans plans;

    @Autowired
    PartnerInbox inbox;

    @Autowired
    JdbcClient jdbc;

    UUID youthId;
    UUID trajectoryId;
    String familyName;

    @BeforeEach
    void aFreshYouthOfCoach() {
        familyName = "Plantest" + UUID.randomUUID().toString().substring(0, 8);
        DemoFixtures.Ids ids = youths.withTrajectory("coach", familyName);
        youthId = ids.youthId();
        trajectoryId = ids.trajectoryId();
    }

    @Test
    void coachWritesAGoalAndAnActionAndAgreesThePlan() throws Exception {
        mvc.perform(goal("Ik wil een eigen kamer", "HOUSING", inDays(60)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/youths/" + youthId + "/plan"))
                .andExpect(flash().attribute("message", "plan.goal.added"));
        UUID goalId = onlyGoalId();
        mvc.perform(action(goalId, "Inschrijven bij woningnet", "YOUTH", null, inDays(7)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "plan.action.added"));
        assertThat(agreedPlan.refuse(trajectoryId, youthId, Phase.SCAN, Phase.MATCH))
                .as("a goal alone is not an agreed plan")
                .contains("PLAN_NOT_AGREED");

        assertThat(page(get("/youths/{id}/plan", youthId), "coach"))
                .contains("Ik wil een eigen kamer")
                .contains("Inschrijven bij woningnet")
                .contains(familyName)
                .contains("/youths/" + youthId + "/plan/agreement")
                .contains("Het plan is nog niet afgesproken");
        mvc.perform(post("/youths/{id}/plan/agreement", youthId)
                        .with(logins.as("coach"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "plan.agreed"));
        assertThat(page(get("/youths/{id}/plan", youthId), "coach"))
                .contains("Plan afgesproken met de jongere op "
                        + LocalDate.now(DutchTime.ZONE).format(DUTCH));
        assertThat(agreedPlan.refuse(trajectoryId, youthId, Phase.SCAN, Phase.MATCH))
                .isEmpty();

        assertThat(page(get("/youths/{id}/plan/print", youthId), "coach"))
                .contains("Mijn plan")
                .contains("Wat ik wil: Ik wil een eigen kamer")
                .contains("Inschrijven bij woningnet")
                .contains("Jij");
        assertThat(fixtures.accessLogRows(youthId, "EXPORT", "ALLOWED")).isOne();
        assertThat(jdbc.sql("select count(*) from access_log where youth_id = :y and object_type = 'plan'"
                                + " and event_type = 'READ' and outcome = 'ALLOWED'"
                                + " and 'PLAN' = any(data_categories) and 'BASIC' = any(data_categories)")
                        .param("y", youthId)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void coachEditsGoalsAndActionsAndMarksAnActionDoneAndOpenAgain() throws Exception {
        mvc.perform(goal("Rijbewijs halen", "SOCIAL_PARTICIPATION", inDays(120)))
                .andExpect(status().is3xxRedirection());
        UUID goalId = onlyGoalId();
        assertThat(page(get("/plan/goals/{id}/edit", goalId), "coach")).contains("Rijbewijs halen");
        assertThat(page(get("/plan/goals/{id}/actions/new", goalId), "coach"))
                .contains("Bij het doel: Rijbewijs halen");
        mvc.perform(post("/plan/goals/{id}", goalId)
                        .with(logins.as("coach"))
                        .with(csrf())
                        .param("domain", "SOCIAL_PARTICIPATION")
                        .param("text", "Rijbewijs B halen")
                        .param("targetDate", inDays(150))
                        .param("status", "IN_PROGRESS"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "plan.goal.edited"));
        mvc.perform(action(goalId, "Theorie-examen oefenen met oom", "NETWORK", null, inDays(14))
                        .param("ownerName", "Oom Karim"))
                .andExpect(status().is3xxRedirection());
        UUID actionId = onlyActionId();
        assertThat(page(get("/plan/actions/{id}/edit", actionId), "coach"))
                .contains("Theorie-examen oefenen met oom")
                .contains("value=\"Oom Karim\"");
        mvc.perform(post("/plan/actions/{id}/status", actionId)
                        .with(logins.as("coach"))
                        .with(csrf())
                        .param("status", "DONE"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "plan.action.statusChanged"));
        assertThat(statusOf(actionId)).isEqualTo("DONE");
        mvc.perform(post("/plan/actions/{id}/status", actionId)
                        .with(logins.as("coach"))
                        .with(csrf())
                        .param("status", "BLOCKED"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "plan.rejected.DONE_CANNOT_BE_BLOCKED"));
        mvc.perform(post("/plan/actions/{id}/status", actionId)
                        .with(logins.as("coach"))
                        .with(csrf())
                        .param("status", "OPEN"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(actionId)).isEqualTo("OPEN");
        assertThat(page(get("/youths/{id}/plan", youthId), "coach"))
                .contains("Rijbewijs B halen")
                .contains("Mee bezig")
                .contains("Oom Karim")
                .contains("Maatschappelijke participatie");
        assertThat(jdbc.sql("select count(*) from access_log where youth_id = :y and object_id = :a"
                                + " and event_type = 'UPDATE' and outcome = 'ALLOWED'")
                        .param("y", youthId)
                        .param("a", actionId)
                        .query(Long.class)
                        .single())
                .as("done and open again; the refused change is not an update")
                .isEqualTo(2);
    }

    @Test
    void thePlanPageAndTheInboxNeedAFixedNumberOfStatements() throws Exception {
        UUID mbo = fixtures.organisationId(MBO);
        recordConsent(mbo, List.of("PLAN", "BASIC"));
        for (int g = 0; g < 3; g++) {
            mvc.perform(goal("Doel " + g, PlanRules.DOMAINS.get(g), inDays(30))).andExpect(status().is3xxRedirection());
            UUID goalId = goalId();
            for (int a = 0; a < 3; a++) {
                mvc.perform(action(goalId, "Actie " + g + "." + a, "PARTNER", mbo, inDays(a)))
                        .andExpect(status().is3xxRedirection());
            }
        }
        CurrentUser coach = logins.currentUser("coach");
        StatementCounter.reset();
        assertThat(plans.page(coach, youthId).domains()).hasSize(3);
        List<String> planStatements = StatementCounter.statements();
        assertThat(planStatements.stream().filter(s -> !s.contains("insert into access_log")))
                .as(planStatements.toString())
                .hasSizeLessThanOrEqualTo(5);
        assertThat(planStatements.stream().filter(s -> s.contains("insert into access_log")))
                .hasSize(1);

        String mboPartner = partnerAccount(mbo);
        CurrentUser partner = logins.currentUser(mboPartner);
        StatementCounter.reset();
        inbox.list(partner, 0);
        List<String> inboxStatements = StatementCounter.statements();
        var mine = new java.util.ArrayList<PartnerInbox.Item>();
        for (int page = 0; ; page++) {
            PartnerInbox.Page result = inbox.list(partner, page);
            result.items().stream().filter(i -> i.youthId().equals(youthId)).forEach(mine::add);
            if (!result.hasNext()) {
                break;
            }
        }
        assertThat(mine)
                .as("other tests share the organisation's inbox; this youth's actions")
                .hasSize(9);
        assertThat(inboxStatements.stream().filter(s -> s.contains("plan_action")))
                .as(inboxStatements.toString())
                .hasSize(1);
        assertThat(inboxStatements.stream().filter(s -> s.contains("insert into access_log")))
                .hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void theAgreedPlanConditionOnlyGuardsScanToMatch() {
        assertThat(agreedPlan.refuse(trajectoryId, youthId, Phase.SCAN, Phase.MATCH))
                .contains("PLAN_NOT_AGREED");
        assertThat(agreedPlan.refuse(trajectoryId, youthId, Phase.SCOUT, Phase.SCAN))
                .isEmpty();
        assertThat(agreedPlan.refuse(trajectoryId, youthId, Phase.MATCH, Phase.BORG))
                .isEmpty();
    }

    @Test
    void validationErrorsKeepEverythingTyped() throws Exception {
        String goalPage = html(mvc.perform(goal(
                        "  ",
                        "HOUSING",
                        LocalDate.now(DutchTime.ZONE).minusDays(1).format(DUTCH)))
                .andExpect(status().isOk()));
        assertThat(goalPage)
                .contains("class=\"error-summary\"")
                .contains("href=\"#text\"")
                .contains("href=\"#targetDate\"")
                .contains("<option value=\"HOUSING\" selected=\"selected\"")
                .contains(
                        "value=\"" + LocalDate.now(DutchTime.ZONE).minusDays(1).format(DUTCH) + "\"")
                .contains("aria-invalid=\"true\"");
        assertThat(goals()).isZero();

        mvc.perform(goal("Werk vinden", "WORK_EDUCATION", inDays(90))).andExpect(status().is3xxRedirection());
        String actionPage = html(mvc.perform(action(goalId(), "Cv schrijven", "YOUTH", null, inDays(5), "BLOCKED")
                        .param("resultNote", "Half af"))
                .andExpect(status().isOk()));
        assertThat(actionPage)
                .contains("href=\"#blockedReason\"")
                .contains("Schrijf op waarom de actie vastzit.")
                .contains("Cv schrijven")
                .contains("Half af");
        assertThat(actions()).isZero();
    }

    @Test
    void assigningToAPartnerWithoutConsentForThePlanIsRefusedWithTheReason() throws Exception {
        mvc.perform(goal("Diploma halen", "WORK_EDUCATION", inDays(200))).andExpect(status().is3xxRedirection());
        String html = html(
                mvc.perform(action(goalId(), "Intake regelen", "PARTNER", fixtures.organisationId(RMC), inDays(10)))
                        .andExpect(status().isOk()));
        assertThat(html)
                .contains(RMC + " mag het plan van deze jongere niet zien")
                .contains("/youths/" + youthId + "/consent/new")
                .contains("Intake regelen");
        assertThat(actions()).isZero();
    }

    @Test
    void aConsentedPartnerCompletesItsActionFromTheInboxAndOthersGet404() throws Exception {
        UUID mbo = fixtures.organisationId(MBO);
        mvc.perform(goal("Diploma halen", "WORK_EDUCATION", inDays(200))).andExpect(status().is3xxRedirection());
        String refused = html(mvc.perform(action(goalId(), "Intake mbo plannen", "PARTNER", mbo, inDays(10)))
                .andExpect(status().isOk()));
        assertThat(refused).contains(MBO + " mag het plan van deze jongere niet zien");

        recordConsent(mbo, List.of("PLAN", "BASIC"));
        mvc.perform(action(goalId(), "Intake mbo plannen", "PARTNER", mbo, inDays(10)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "plan.action.added"));
        UUID actionId = onlyActionId();
        String mboPartner = partnerAccount(mbo);

        assertThat(page(get("/inbox"), mboPartner))
                .contains("Intake mbo plannen")
                .contains(familyName)
                .contains("/inbox/actions/" + actionId);

        CurrentUser rmcPartner = logins.currentUser("partner");
        long deniedBefore = denied(rmcPartner, actionId);
        assertThat(page(get("/inbox"), "partner")).doesNotContain("Intake mbo plannen");
        notFound(get("/inbox/actions/{id}", actionId), "partner");
        notFound(update(actionId, "DONE", null, "Gedaan door RMC"), "partner");
        notFound(get("/youths/{id}/plan", youthId), "partner");
        assertThat(denied(rmcPartner, actionId)).isEqualTo(deniedBefore + 3);
        notFound(get("/inbox"), "coach");

        String blocked =
                html(mvc.perform(update(actionId, "BLOCKED", " ", "Gebeld").with(logins.as(mboPartner)))
                        .andExpect(status().isOk()));
        assertThat(blocked).contains("Schrijf op waarom de actie vastzit.").contains("Gebeld");
        mvc.perform(update(actionId, "DONE", null, "Intake is op 3 december").with(logins.as(mboPartner)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/inbox"))
                .andExpect(flash().attribute("message", "inbox.updated"));
        assertThat(jdbc.sql("select status || '/' || result_note from plan_action where id = :id")
                        .param("id", actionId)
                        .query(String.class)
                        .single())
                .isEqualTo("DONE/Intake is op 3 december");
        assertThat(page(get("/inbox"), mboPartner)).doesNotContain("Intake mbo plannen");
        assertThat(page(get("/youths/{id}/plan", youthId), "coach"))
                .contains("Intake is op 3 december")
                .contains(MBO);
    }

    @Test
    void withdrawingConsentTakesTheActionOutOfTheInboxAtOnce() throws Exception {
        UUID mbo = fixtures.organisationId(MBO);
        recordConsent(mbo, List.of("PLAN"));
        mvc.perform(goal("Diploma halen", "WORK_EDUCATION", inDays(200))).andExpect(status().is3xxRedirection());
        mvc.perform(action(goalId(), "Open dag bezoeken", "PARTNER", mbo, inDays(3)))
                .andExpect(status().is3xxRedirection());
        UUID actionId = onlyActionId();
        String mboPartner = partnerAccount(mbo);
        assertThat(page(get("/inbox"), mboPartner))
                .contains("Open dag bezoeken")
                .as("no consent for the basic details, so no name")
                .doesNotContain(familyName)
                .contains("naam niet gedeeld");

        UUID recordId = jdbc.sql("select id from consent_record where youth_id = :y and organisation_id = :o"
                        + " and data_category = 'PLAN' and is_current")
                .param("y", youthId)
                .param("o", mbo)
                .query(UUID.class)
                .single();
        consents.withdraw(logins.currentUser("coach"), recordId);

        assertThat(page(get("/inbox"), mboPartner)).doesNotContain("Open dag bezoeken");
        CurrentUser partner = logins.currentUser(mboPartner);
        long deniedBefore = denied(partner, actionId);
        notFound(get("/inbox/actions/{id}", actionId), mboPartner);
        notFound(update(actionId, "DONE", null, "Toch gedaan"), mboPartner);
        assertThat(denied(partner, actionId)).isEqualTo(deniedBefore + 2);
        assertThat(jdbc.sql("select status from plan_action where id = :id")
                        .param("id", actionId)
                        .query(String.class)
                        .single())
                .isEqualTo("OPEN");
    }

    @Test
    void coachOfAnotherOrganisationAndTheCoordinatorCannotChangeThePlan() throws Exception {
        mvc.perform(goal("Werk vinden", "WORK_EDUCATION", inDays(90))).andExpect(status().is3xxRedirection());
        UUID goalId = goalId();
        notFound(get("/youths/{id}/plan", youthId), "coach3");
        notFound(get("/plan/goals/{id}/edit", goalId), "coach3");
        assertThat(page(get("/youths/{id}/plan", youthId), "coordinator"))
                .contains("Werk vinden")
                .doesNotContain("/plan/goals/" + goalId + "/edit");
        notFound(goal("Iets anders", "HOUSING", inDays(30)).with(logins.as("coordinator")), "coordinator");
        notFound(get("/plan/goals/{id}/edit", UUID.randomUUID()), "coach");
        assertThat(goals()).isOne();
    }

    private MockHttpServletRequestBuilder goal(String text, String domain, String targetDate) {
        return post("/youths/{id}/plan/goals", youthId)
                .with(logins.as("coach"))
                .with(csrf())
                .param("domain", domain)
                .param("text", text)
                .param("targetDate", targetDate)
                .param("status", "OPEN");
    }

    private MockHttpServletRequestBuilder action(
            UUID goalId, String description, String ownerType, UUID organisationId, String dueDate) {
        return action(goalId, description, ownerType, organisationId, dueDate, "OPEN");
    }

    private MockHttpServletRequestBuilder action(
            UUID goalId, String description, String ownerType, UUID organisationId, String dueDate, String status) {
        MockHttpServletRequestBuilder request = post("/plan/goals/{id}/actions", goalId)
                .with(logins.as("coach"))
                .with(csrf())
                .param("description", description)
                .param("ownerType", ownerType)
                .param("dueDate", dueDate)
                .param("status", status);
        return organisationId == null ? request : request.param("organisationId", organisationId.toString());
    }

    private MockHttpServletRequestBuilder update(UUID actionId, String status, String reason, String note) {
        MockHttpServletRequestBuilder request = post("/inbox/actions/{id}", actionId)
                .with(csrf())
                .param("status", status)
                .param("resultNote", note);
        return reason == null ? request : request.param("blockedReason", reason);
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
                        LocalDate.now(DutchTime.ZONE).format(DUTCH),
                        null,
                        null,
                        null),
                errors);
        assertThat(saved).as(errors.toString()).isTrue();
    }

    /** A partner account of the organisation (the demo has none for the mbo college). */
    private String partnerAccount(UUID organisationId) {
        String username = "mbo." + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into account (id, username, display_name, password_hash, role, organisation_id)
                        values (:id, :u, 'Test Mbo Partner', '{noop}not-used', 'PARTNER', :org)
                        """)
                .param("id", UUID.randomUUID())
                .param("u", username)
                .param("org", organisationId)
                .update();
        return username;
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return html(mvc.perform(request.with(logins.as(username))).andExpect(status().isOk()));
    }

    private static String html(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private void notFound(MockHttpServletRequestBuilder request, String username) throws Exception {
        String body = html(mvc.perform(request.with(logins.as(username))).andExpect(status().isNotFound()));
        assertThat(body).doesNotContain(familyName);
    }

    private static String inDays(int days) {
        return LocalDate.now(DutchTime.ZONE).plusDays(days).format(DUTCH);
    }

    private UUID goalId() {
        return jdbc.sql("select id from plan_goal where youth_id = :y order by created_at desc limit 1")
                .param("y", youthId)
                .query(UUID.class)
                .single();
    }

    private UUID onlyGoalId() {
        return jdbc.sql("select id from plan_goal where youth_id = :y")
                .param("y", youthId)
                .query(UUID.class)
                .single();
    }

    private UUID onlyActionId() {
        return jdbc.sql("select id from plan_action where youth_id = :y")
                .param("y", youthId)
                .query(UUID.class)
                .single();
    }

    private String statusOf(UUID actionId) {
        return jdbc.sql("select status from plan_action where id = :id")
                .param("id", actionId)
                .query(String.class)
                .single();
    }

    private long goals() {
        return jdbc.sql("select count(*) from plan_goal where youth_id = :y")
                .param("y", youthId)
                .query(Long.class)
                .single();
    }

    private long actions() {
        return jdbc.sql("select count(*) from plan_action where youth_id = :y")
                .param("y", youthId)
                .query(Long.class)
                .single();
    }

    private long denied(CurrentUser user, UUID actionId) {
        return jdbc.sql("""
                        select count(*) from access_log
                         where account_id = :account and outcome = 'DENIED'
                           and (object_id in (:youth, :action) or youth_id = :youth)
                        """)
                .param("account", user.id())
                .param("youth", youthId)
                .param("action", actionId)
                .query(Long.class)
                .single();
    }
}
