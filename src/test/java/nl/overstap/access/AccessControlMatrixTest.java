package nl.overstap.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.overstap.consent.ConsentRecords;
import nl.overstap.consent.Covenants;
import nl.overstap.consent.EmergencyAccess;
import nl.overstap.consent.Grant;
import nl.overstap.consent.YouthAccess;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.DataCategory;
import nl.overstap.support.IntegrationTest;
import nl.overstap.youth.BsnProtector;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access-control matrix: every endpoint of the application (read from Spring's request
 * mappings at test time) × every role × every object variant, against the rule table below. An
 * endpoint without a rule fails the build, so nobody can add one without deciding who may use it.
 *
 * <p>A refused request must answer 404 (anonymous: the login page) and must not change anything; an
 * allowed one must not be 404. Every fixture youth carries a unique canary in each sensitive field;
 * no canary may appear in a refused response, nor in an allowed response for someone who may not see
 * that kind of data of that youth ({@link #VISIBLE}).
 *
 * <p>How to read a rule: {@code rule("GET /youths/{id}", YOUTH, FILE_READERS)} means the path
 * variable is a fixture youth's id (or a random id for {@code unknown-id}), and the grid
 * {@code FILE_READERS} gives the outcome per variant (row) and role (column): {@code A} allowed,
 * {@code 4} 404, {@code L} redirect to the login page. {@code .form()} means that "allowed" is the
 * form shown again with its errors (200), because the matrix posts empty bodies.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlMatrixTest {

    // ------------------------------------------------------------------------------------------
    // The grids. Rows are object variants (see Variant), columns are roles.
    // ------------------------------------------------------------------------------------------

    private static final String ROLES = "anon coach coach2 coach3 coord partner analyst employer admin";

    /** The youth file: whoever the one access decision gives any category. */
    static final Grid FILE_READERS = youthGrid("FILE_READERS", """
            own-org                  L A A 4 A 4 4 4 4
            other-org                L 4 4 A A 4 4 4 4
            consented                L A A 4 A A 4 4 4
            consent-withdrawn        L A A 4 A 4 4 4 4
            consent-expired          L A A 4 A 4 4 4 4
            covenant-ended           L 4 4 4 A 4 4 4 4
            statute                  L A A 4 A A 4 4 4
            break-the-glass-active   L A A A A 4 4 4 4
            break-the-glass-expired  L A A 4 A 4 4 4 4
            unknown-id               L 4 4 4 4 4 4 4 4
            """);

    /** The network page: whoever gets the NETWORK category (RMC never does under the covenant). */
    static final Grid NETWORK_READERS = youthGrid("NETWORK_READERS", """
            own-org                  L A A 4 A 4 4 4 4
            other-org                L 4 4 A A 4 4 4 4
            consented                L A A 4 A 4 4 4 4
            consent-withdrawn        L A A 4 A 4 4 4 4
            consent-expired          L A A 4 A 4 4 4 4
            covenant-ended           L 4 4 4 A 4 4 4 4
            statute                  L A A 4 A 4 4 4 4
            break-the-glass-active   L A A A A 4 4 4 4
            break-the-glass-expired  L A A 4 A 4 4 4 4
            unknown-id               L 4 4 4 4 4 4 4 4
            """);

    /** Professionals working on the file: a coach of the youth's organisation or a coordinator of its region. */
    static final Grid WORKERS = youthGrid("WORKERS", """
            own-org                  L A A 4 A 4 4 4 4
            other-org                L 4 4 A A 4 4 4 4
            consented                L A A 4 A 4 4 4 4
            consent-withdrawn        L A A 4 A 4 4 4 4
            consent-expired          L A A 4 A 4 4 4 4
            covenant-ended           L 4 4 4 A 4 4 4 4
            statute                  L A A 4 A 4 4 4 4
            break-the-glass-active   L A A 4 A 4 4 4 4
            break-the-glass-expired  L A A 4 A 4 4 4 4
            unknown-id               L 4 4 4 4 4 4 4 4
            """);

    /** Any coach of the youth's organisation (no coach of the fresh organisation is a demo account). */
    static final Grid ORG_COACHES = youthGrid("ORG_COACHES", """
            own-org                  L A A 4 4 4 4 4 4
            other-org                L 4 4 A 4 4 4 4 4
            consented                L A A 4 4 4 4 4 4
            consent-withdrawn        L A A 4 4 4 4 4 4
            consent-expired          L A A 4 4 4 4 4 4
            covenant-ended           L 4 4 4 4 4 4 4 4
            statute                  L A A 4 4 4 4 4 4
            break-the-glass-active   L A A 4 4 4 4 4 4
            break-the-glass-expired  L A A 4 4 4 4 4 4
            unknown-id               L 4 4 4 4 4 4 4 4
            """);

    /** Only the coach of the (open) trajectory: coach for the own-organisation youths, coach3 for other-org. */
    static final Grid TRAJECTORY_COACH = youthGrid("TRAJECTORY_COACH", """
            own-org                  L A 4 4 4 4 4 4 4
            other-org                L 4 4 A 4 4 4 4 4
            consented                L A 4 4 4 4 4 4 4
            consent-withdrawn        L A 4 4 4 4 4 4 4
            consent-expired          L A 4 4 4 4 4 4 4
            covenant-ended           L 4 4 4 4 4 4 4 4
            statute                  L A 4 4 4 4 4 4 4
            break-the-glass-active   L A 4 4 4 4 4 4 4
            break-the-glass-expired  L A 4 4 4 4 4 4 4
            unknown-id               L 4 4 4 4 4 4 4 4
            """);

    /** Only a coordinator of the youth's region (every fixture youth is in Haaglanden). */
    static final Grid REGION_COORDINATOR = youthGrid("REGION_COORDINATOR", """
            own-org                  L 4 4 4 A 4 4 4 4
            other-org                L 4 4 4 A 4 4 4 4
            consented                L 4 4 4 A 4 4 4 4
            consent-withdrawn        L 4 4 4 A 4 4 4 4
            consent-expired          L 4 4 4 A 4 4 4 4
            covenant-ended           L 4 4 4 A 4 4 4 4
            statute                  L 4 4 4 A 4 4 4 4
            break-the-glass-active   L 4 4 4 A 4 4 4 4
            break-the-glass-expired  L 4 4 4 A 4 4 4 4
            unknown-id               L 4 4 4 4 4 4 4 4
            """);

    /** The employer or school a youth was proposed to (every fixture youth is proposed to the demo employer). */
    static final Grid PROPOSED_TO_EMPLOYER = youthGrid("PROPOSED_TO_EMPLOYER", """
            own-org                  L 4 4 4 4 4 4 A 4
            other-org                L 4 4 4 4 4 4 A 4
            consented                L 4 4 4 4 4 4 A 4
            consent-withdrawn        L 4 4 4 4 4 4 A 4
            consent-expired          L 4 4 4 4 4 4 A 4
            covenant-ended           L 4 4 4 4 4 4 A 4
            statute                  L 4 4 4 4 4 4 A 4
            break-the-glass-active   L 4 4 4 4 4 4 A 4
            break-the-glass-expired  L 4 4 4 4 4 4 A 4
            unknown-id               L 4 4 4 4 4 4 4 4
            """);

    static final Grid PUBLIC = globalGrid("PUBLIC", "A A A A A A A A A");
    static final Grid SIGNED_IN = globalGrid("SIGNED_IN", "L A A A A A A A A");
    static final Grid PROFESSIONALS = globalGrid("PROFESSIONALS", "L A A A A 4 4 4 4");
    static final Grid COACHES = globalGrid("COACHES", "L A A A 4 4 4 4 4");
    static final Grid COORDINATORS = globalGrid("COORDINATORS", "L 4 4 4 A 4 4 4 4");
    static final Grid MEETING_LIST_READERS = globalGrid("MEETING_LIST_READERS", "L A A A A A 4 4 4");
    static final Grid PARTNERS = globalGrid("PARTNERS", "L 4 4 4 4 A 4 4 4");
    static final Grid DIRECTORY_READERS = globalGrid("DIRECTORY_READERS", "L A A A A A 4 A A");
    static final Grid ADMINS = globalGrid("ADMINS", "L 4 4 4 4 4 4 4 A");
    /**
     * The research export: only an analyst with the research-partner flag, which none of these
     * columns has (the plain analyst included). The flagged account is checked separately.
     */
    static final Grid RESEARCH_PARTNERS_ONLY = globalGrid("RESEARCH_PARTNERS_ONLY", "L 4 4 4 4 4 4 4 4");
    /** Employers (and partner users of a school; the demo partner is RMC, not a school). */
    static final Grid EMPLOYERS = globalGrid("EMPLOYERS", "L 4 4 4 4 4 4 A 4");

    /** Administrative objects: the admin only, and an unknown id is 404 for the admin as well. */
    static final Grid ADMIN_OBJECT = objectGrid("ADMIN_OBJECT", """
            object                   L 4 4 4 4 4 4 4 A
            unknown-id               L 4 4 4 4 4 4 4 4
            """);

    /** Nobody in the demo may (e.g. a partner inbox item: RMC never receives the plan under the covenant). */
    static final Grid NOBODY = youthGrid("NOBODY", """
            own-org                  L 4 4 4 4 4 4 4 4
            other-org                L 4 4 4 4 4 4 4 4
            consented                L 4 4 4 4 4 4 4 4
            consent-withdrawn        L 4 4 4 4 4 4 4 4
            consent-expired          L 4 4 4 4 4 4 4 4
            covenant-ended           L 4 4 4 4 4 4 4 4
            statute                  L 4 4 4 4 4 4 4 4
            break-the-glass-active   L 4 4 4 4 4 4 4 4
            break-the-glass-expired  L 4 4 4 4 4 4 4 4
            unknown-id               L 4 4 4 4 4 4 4 4
            """);

    /** An upcoming MDO of the region with RMC invited: coordinator, coaches of the region and RMC open it. */
    static final Grid MEETING_READERS = objectGrid("MEETING_READERS", """
            object                   L A A A A A 4 4 4
            unknown-id               L 4 4 4 4 4 4 4 4
            """);

    /** Coaches of the region add cases to an upcoming meeting (an empty form comes back as a message). */
    static final Grid MEETING_CASE_ADDERS = objectGrid("MEETING_CASE_ADDERS", """
            object                   L A A A 4 4 4 4 4
            unknown-id               L 4 4 4 4 4 4 4 4
            """);

    /** Only the meeting's chair (the demo coordinator) changes it. */
    static final Grid MEETING_CHAIR = objectGrid("MEETING_CHAIR", """
            object                   L 4 4 4 A 4 4 4 4
            unknown-id               L 4 4 4 4 4 4 4 4
            """);

    /**
     * Case routes reached with the meeting's id in place of the case id (the matrix fills every path
     * variable with one id): nobody finds such a case. The case rules themselves are in MeetingWebTest.
     */
    static final Grid NOBODY_OBJECT = objectGrid("NOBODY_OBJECT", """
            object                   L 4 4 4 4 4 4 4 4
            unknown-id               L 4 4 4 4 4 4 4 4
            """);

    /** Break-the-glass openings: the coordinator of the region reviews them. */
    static final Grid COORDINATOR_OBJECT = objectGrid("COORDINATOR_OBJECT", """
            object                   L 4 4 4 A 4 4 4 4
            unknown-id               L 4 4 4 4 4 4 4 4
            """);

    // signal
    /** Partners, coaches and coordinators report signals (and see their own receipts). */
    static final Grid SIGNAL_REPORTERS = globalGrid("SIGNAL_REPORTERS", "L A A A A A 4 4 4");

    /** An open signal routed to coach's organisation: its coaches and the region's coordinator; never a partner. */
    static final Grid SIGNAL_READERS = objectGrid("SIGNAL_READERS", """
            object                   L A A 4 A 4 4 4 4
            unknown-id               L 4 4 4 4 4 4 4 4
            """);

    /** Contact made registers a youth and starts a trajectory: coaches of the owning organisation only. */
    static final Grid SIGNAL_COACHES = objectGrid("SIGNAL_COACHES", """
            object                   L A A 4 4 4 4 4 4
            unknown-id               L 4 4 4 4 4 4 4 4
            """);

    /** Places: employers (own organisation), coaches and coordinators (region); RMC is no school, so the partner has none. */
    static final Grid PLACE_USERS = globalGrid("PLACE_USERS", "L A A A A 4 4 A 4");

    /** A place of the demo employer: the employer, and coaches and coordinators of the region. */
    static final Grid PLACE_OBJECT = objectGrid("PLACE_OBJECT", """
            object                   L A A A A 4 4 A 4
            unknown-id               L 4 4 4 4 4 4 4 4
            """);

    /** Candidates for a place: coaches and coordinators only (employers see proposals, never candidates). */
    // results
    /** The results dashboards and their CSV: analysts and coordinators (aggregates of their region). */
    static final Grid RESULT_READERS = globalGrid("RESULT_READERS", "L 4 4 4 A 4 A 4 4");

    static final Grid PLACE_MATCHERS = objectGrid("PLACE_MATCHERS", """
            object                   L A A A A 4 4 4 4
            unknown-id               L 4 4 4 4 4 4 4 4
            """);

    /**
     * What each role may see of each fixture youth (for the canaries): {@code *} everything,
     * {@code -} nothing, {@code E} break-the-glass (all but BSN and consent notes), or letters:
     * B basic (names), D contact details, N contact notes, T trajectory (phase history), K key
     * persons (network), S masked BSN, G guardian note on a consent record.
     */
    static final Grid VISIBLE = Grid.parse("VISIBLE", ROLES + """

            own-org                  - * * - * -  - - -
            other-org                - - - * * -  - - -
            consented                - * * - * BT - - -
            consent-withdrawn        - * * - * -  - - -
            consent-expired          - * * - * -  - - -
            covenant-ended           - - - - * -  - - -
            statute                  - * * - * BS - - -
            break-the-glass-active   - * * E * -  - - -
            break-the-glass-expired  - * * - * -  - - -
            """).requireRows(Variant.YOUTHS);

    // ------------------------------------------------------------------------------------------
    // The rule table: one line per endpoint (HTTP method + pattern, exactly as mapped).
    // ------------------------------------------------------------------------------------------

    /** What the matrix uploads to list-import endpoints: a header and one row that is rejected. */
    static final byte[] UPLOAD = ("achternaam;voornamen;geboortedatum;gemeente;datum uitschrijving\n"
                    + "Matrixrij;Test;01-01-1950;Nergens;01-01-2026\n")
            .getBytes(StandardCharsets.UTF_8);

    static final List<Rule> RULES = List.of(
            // home, login, lists
            rule("GET /", Subject.NONE, SIGNED_IN),
            rule("GET /login", Subject.NONE, PUBLIC),
            rule("GET /caseload", Subject.NONE, PROFESSIONALS),
            rule("GET /partner", Subject.NONE, PARTNERS),
            rule("GET /directory", Subject.NONE, DIRECTORY_READERS),
            // registering and searching youths
            rule("GET /youths/new", Subject.NONE, COACHES),
            rule("POST /youths", Subject.NONE, COACHES).form(),
            rule("GET /search", Subject.NONE, PROFESSIONALS),
            rule("POST /search", Subject.NONE, PROFESSIONALS).form(),
            // the youth file and who looked
            rule("GET /youths/{id}", Subject.YOUTH, FILE_READERS),
            rule("GET /youths/{id}/access-log", Subject.YOUTH, WORKERS),
            // consent
            rule("GET /youths/{id}/consent", Subject.YOUTH, WORKERS),
            rule("GET /youths/{id}/consent/new", Subject.YOUTH, WORKERS),
            rule("POST /youths/{id}/consent", Subject.YOUTH, WORKERS).form(),
            rule("GET /youths/{id}/consent/print", Subject.YOUTH, WORKERS),
            rule("POST /consent/{recordId}/withdraw", Subject.FRESH_CONSENT_RECORD, WORKERS),
            // trajectories and phases
            rule("GET /youths/{youthId}/trajectories/new", Subject.YOUTH, ORG_COACHES),
            rule("POST /youths/{youthId}/trajectories", Subject.YOUTH, ORG_COACHES)
                    .form(),
            rule("GET /trajectories/{id}/phase", Subject.TRAJECTORY, TRAJECTORY_COACH),
            rule("POST /trajectories/{id}/phase", Subject.TRAJECTORY, TRAJECTORY_COACH)
                    .form(),
            rule("POST /trajectories/{id}/coach", Subject.TRAJECTORY, REGION_COORDINATOR)
                    .params(AccessControlMatrixTest::sameCoachAgain),
            // contacts
            rule("GET /trajectories/{trajectoryId}/contacts/new", Subject.TRAJECTORY, TRAJECTORY_COACH),
            rule("POST /trajectories/{trajectoryId}/contacts", Subject.TRAJECTORY, TRAJECTORY_COACH)
                    .form(),
            rule("GET /contacts/{id}/edit", Subject.CONTACT, TRAJECTORY_COACH),
            rule("POST /contacts/{id}", Subject.CONTACT, TRAJECTORY_COACH).form(),
            rule("GET /contacts/{id}/correction", Subject.CONTACT, TRAJECTORY_COACH),
            rule("POST /contacts/{id}/correction", Subject.CONTACT, TRAJECTORY_COACH)
                    .form(),
            // the youth's network (key persons)
            rule("GET /youths/{youthId}/network", Subject.YOUTH, NETWORK_READERS),
            rule("GET /youths/{youthId}/network/new", Subject.YOUTH, ORG_COACHES),
            rule("POST /youths/{youthId}/network", Subject.YOUTH, ORG_COACHES).form(),
            rule("GET /network/{personId}/edit", Subject.KEY_PERSON, ORG_COACHES),
            rule("POST /network/{personId}", Subject.KEY_PERSON, ORG_COACHES).form(),
            rule("GET /network/{personId}/delete", Subject.KEY_PERSON, ORG_COACHES),
            rule("POST /network/{personId}/delete", Subject.FRESH_KEY_PERSON, ORG_COACHES),
            // the life-domain scan (RMC never gets a scan category under the covenant: same readers as the network)
            rule("GET /youths/{youthId}/scans", Subject.YOUTH, NETWORK_READERS),
            rule("GET /youths/{youthId}/scans/new", Subject.YOUTH, ORG_COACHES),
            rule("POST /youths/{youthId}/scans", Subject.YOUTH, ORG_COACHES).form(),
            rule("GET /scans/{scanId}", Subject.SCAN, NETWORK_READERS),
            // the plan (RMC never gets PLAN under the covenant: same readers as the network)
            rule("GET /youths/{youthId}/plan", Subject.YOUTH, NETWORK_READERS),
            rule("GET /youths/{youthId}/plan/print", Subject.YOUTH, WORKERS),
            rule("POST /youths/{youthId}/plan/agreement", Subject.YOUTH, ORG_COACHES),
            rule("GET /youths/{youthId}/plan/goals/new", Subject.YOUTH, ORG_COACHES),
            rule("POST /youths/{youthId}/plan/goals", Subject.YOUTH, ORG_COACHES)
                    .form(),
            rule("GET /plan/goals/{goalId}/edit", Subject.PLAN_GOAL, ORG_COACHES),
            rule("POST /plan/goals/{goalId}", Subject.PLAN_GOAL, ORG_COACHES).form(),
            rule("GET /plan/goals/{goalId}/actions/new", Subject.PLAN_GOAL, ORG_COACHES),
            rule("POST /plan/goals/{goalId}/actions", Subject.PLAN_GOAL, ORG_COACHES)
                    .form(),
            rule("GET /plan/actions/{actionId}/edit", Subject.PLAN_ACTION, ORG_COACHES),
            rule("POST /plan/actions/{actionId}", Subject.PLAN_ACTION, ORG_COACHES)
                    .form(),
            rule("POST /plan/actions/{actionId}/status", Subject.PLAN_ACTION, ORG_COACHES),
            rule("GET /inbox", Subject.NONE, PARTNERS),
            rule("GET /inbox/actions/{actionId}", Subject.PLAN_ACTION, NOBODY),
            rule("POST /inbox/actions/{actionId}", Subject.PLAN_ACTION, NOBODY),
            // escalation (doorzettingsmacht)
            rule("GET /plan/actions/{actionId}/escalate", Subject.PLAN_ACTION, ORG_COACHES),
            rule("POST /plan/actions/{actionId}/escalate", Subject.PLAN_ACTION, ORG_COACHES)
                    .form(),
            rule("GET /escalations", Subject.NONE, COORDINATORS),
            rule("GET /escalations/{escalationId}", Subject.ESCALATION, REGION_COORDINATOR),
            rule("POST /escalations/{escalationId}", Subject.ESCALATION, REGION_COORDINATOR)
                    .form(),
            rule("GET /youths/{youthId}/escalations", Subject.YOUTH, WORKERS),
            // the multidisciplinary meeting (MDO)
            rule("GET /meetings", Subject.NONE, MEETING_LIST_READERS),
            rule("GET /meetings/new", Subject.NONE, COORDINATORS),
            rule("POST /meetings/new", Subject.NONE, COORDINATORS).form(),
            rule("GET /meetings/{id}", Subject.MEETING, MEETING_READERS),
            rule("POST /meetings/{id}/cases", Subject.MEETING, MEETING_CASE_ADDERS),
            rule("POST /meetings/{id}/attendance", Subject.MEETING, MEETING_CHAIR),
            rule("POST /meetings/{id}/minutes", Subject.MEETING, MEETING_CHAIR),
            rule("POST /meetings/{id}/escalations/{escalationId}", Subject.MEETING, NOBODY_OBJECT),
            rule("GET /meetings/{id}/cases/{caseId}/preread", Subject.MEETING, NOBODY_OBJECT),
            rule("POST /meetings/{id}/cases/{caseId}/decisions", Subject.MEETING, NOBODY_OBJECT),
            // details and corrections
            rule("GET /youths/{youthId}/details", Subject.YOUTH, WORKERS),
            rule("GET /youths/{youthId}/details/edit", Subject.YOUTH, ORG_COACHES),
            rule("POST /youths/{youthId}/details", Subject.YOUTH, ORG_COACHES).form(),
            // the youth's rights
            rule("GET /youths/{id}/rights", Subject.YOUTH, WORKERS),
            rule("GET /youths/{id}/export", Subject.YOUTH, WORKERS),
            rule("GET /youths/{id}/export.json", Subject.YOUTH, WORKERS),
            rule("POST /youths/{id}/erasure-requests", Subject.YOUTH, ORG_COACHES)
                    .form(),
            rule("POST /youths/{id}/legal-hold", Subject.YOUTH, REGION_COORDINATOR)
                    .form(),
            rule("GET /erasure-requests", Subject.NONE, COORDINATORS),
            rule("GET /erasure-requests/{id}", Subject.ERASURE_REQUEST, REGION_COORDINATOR),
            rule("POST /erasure-requests/{id}/approve", Subject.ERASURE_REQUEST, REGION_COORDINATOR)
                    .form(),
            rule("POST /erasure-requests/{id}/reject", Subject.ERASURE_REQUEST, REGION_COORDINATOR)
                    .form(),
            // break-the-glass
            rule("GET /emergency", Subject.NONE, PROFESSIONALS),
            rule("POST /emergency", Subject.NONE, PROFESSIONALS).form(),
            rule("GET /emergency/review", Subject.NONE, COORDINATORS),
            rule("POST /emergency/{id}/review", Subject.FRESH_EMERGENCY_OPENING, COORDINATOR_OBJECT),
            // placement
            rule("GET /places", Subject.NONE, PLACE_USERS),
            rule("GET /places/new", Subject.NONE, PLACE_USERS),
            rule("POST /places", Subject.NONE, PLACE_USERS).form(),
            rule("GET /places/{id}", Subject.PLACE, PLACE_OBJECT),
            rule("GET /places/{id}/edit", Subject.PLACE, PLACE_OBJECT),
            rule("POST /places/{id}", Subject.PLACE, PLACE_OBJECT).form(),
            rule("POST /places/{id}/status", Subject.PLACE, PLACE_OBJECT).params((f, v) -> Map.of("open", "true")),
            rule("GET /places/{id}/candidates", Subject.PLACE, PLACE_MATCHERS),
            rule("GET /youths/{youthId}/places", Subject.YOUTH, WORKERS),
            rule("POST /youths/{youthId}/places", Subject.YOUTH, WORKERS),
            // administration
            rule("GET /admin", Subject.NONE, ADMINS),
            rule("GET /admin/accounts/new", Subject.NONE, ADMINS),
            rule("POST /admin/accounts", Subject.NONE, ADMINS).form(),
            rule("POST /admin/accounts/{id}/enabled", Subject.ACCOUNT, ADMIN_OBJECT)
                    .params((f, v) -> Map.of("enabled", "true")),
            rule("GET /admin/organisations/new", Subject.NONE, ADMINS),
            rule("POST /admin/organisations", Subject.NONE, ADMINS).form(),
            rule("GET /admin/organisations/{id}/edit", Subject.ORGANISATION, ADMIN_OBJECT),
            rule("POST /admin/organisations/{id}", Subject.ORGANISATION, ADMIN_OBJECT),
            rule("GET /admin/covenants", Subject.NONE, ADMINS),
            rule("GET /admin/covenants/new", Subject.NONE, ADMINS),
            rule("POST /admin/covenants", Subject.NONE, ADMINS).form(),
            rule("POST /admin/covenants/{id}/end", Subject.FRESH_COVENANT, ADMIN_OBJECT),
            rule("GET /admin/retention", Subject.NONE, ADMINS),
            // signal
            rule("GET /signals/new", Subject.NONE, SIGNAL_REPORTERS),
            rule("POST /signals", Subject.NONE, SIGNAL_REPORTERS).form(),
            rule("GET /signals/mine", Subject.NONE, SIGNAL_REPORTERS),
            rule("GET /signals", Subject.NONE, PROFESSIONALS),
            rule("GET /signals/{id}", Subject.SIGNAL, SIGNAL_READERS),
            rule("POST /signals/{id}/outreach", Subject.SIGNAL, SIGNAL_READERS).form(),
            rule("POST /signals/{id}/outcome", Subject.SIGNAL, SIGNAL_READERS).form(),
            rule("POST /signals/{id}/contact", Subject.SIGNAL, SIGNAL_COACHES).form(),
            rule("POST /signals/{id}/link/search", Subject.SIGNAL, SIGNAL_READERS)
                    .form(),
            rule("POST /signals/{id}/link", Subject.SIGNAL, SIGNAL_READERS).form(),
            rule("POST /signals/{id}/owner", Subject.SIGNAL, COORDINATOR_OBJECT).form(),
            rule("GET /signals/rules", Subject.NONE, COORDINATORS),
            rule("POST /signals/rules", Subject.NONE, COORDINATORS).form(),
            rule("POST /signals/rules/{id}/delete", Subject.FRESH_ROUTING_RULE, COORDINATOR_OBJECT),
            rule("GET /monitor", Subject.NONE, COORDINATORS),
            // match: the coach's pipeline (fixture trajectories are in Scan, so proposing and starting come back
            // as forms with a message) and the employer's anonymous profile of a youth proposed to it
            rule("GET /youths/{youthId}/matches", Subject.YOUTH, WORKERS),
            rule("GET /youths/{youthId}/matches/new", Subject.YOUTH, TRAJECTORY_COACH)
                    .params((f, v) -> Map.of("placeId", f.matchPlace().toString())),
            rule("POST /youths/{youthId}/matches", Subject.YOUTH, TRAJECTORY_COACH)
                    .form()
                    .params((f, v) -> Map.of("placeId", f.matchPlace().toString())),
            rule("GET /matches/{matchId}", Subject.PROPOSAL, WORKERS),
            rule("POST /matches/{matchId}/steps", Subject.PROPOSAL, TRAJECTORY_COACH)
                    .form(),
            rule("POST /matches/{matchId}/close", Subject.PROPOSAL, TRAJECTORY_COACH)
                    .form(),
            rule("POST /matches/{matchId}/consent", Subject.PROPOSAL, TRAJECTORY_COACH)
                    .form(),
            rule("POST /matches/{matchId}/start", Subject.PROPOSAL, TRAJECTORY_COACH)
                    .form(),
            rule("GET /proposals", Subject.NONE, EMPLOYERS),
            rule("GET /proposals/{matchId}", Subject.PROPOSAL, PROPOSED_TO_EMPLOYER),
            rule("POST /proposals/{matchId}/steps", Subject.PROPOSAL, PROPOSED_TO_EMPLOYER)
                    .form(),
            rule("POST /proposals/{matchId}/decline", Subject.PROPOSAL, PROPOSED_TO_EMPLOYER)
                    .form(),
            // followup: the coach's follow-up page, the youth's check-in, relapse; the employer's check-ins
            rule("GET /youths/{youthId}/followup", Subject.YOUTH, WORKERS),
            rule("GET /youths/{youthId}/followup/print", Subject.YOUTH, WORKERS),
            rule("POST /youths/{youthId}/followup/relapse", Subject.YOUTH, TRAJECTORY_COACH)
                    .form(),
            rule("POST /checkins/{checkInId}/youth", Subject.YOUTH_CHECK_IN, TRAJECTORY_COACH)
                    .form(),
            rule("GET /checkins", Subject.NONE, EMPLOYERS),
            rule("GET /checkins/{checkInId}", Subject.EMPLOYER_CHECK_IN, PROPOSED_TO_EMPLOYER),
            rule("POST /checkins/{checkInId}", Subject.EMPLOYER_CHECK_IN, PROPOSED_TO_EMPLOYER)
                    .form(),
            // youth: duplicates and merging (who may merge = who works on the file, without break-the-glass;
            // the matrix posts no other record, so "allowed" is a redirect back with a message)
            rule("GET /youths/{id}/duplicates", Subject.YOUTH, WORKERS),
            rule("GET /youths/{id}/merge", Subject.YOUTH, WORKERS),
            rule("POST /youths/{id}/merge", Subject.YOUTH, WORKERS),
            rule("POST /youths/{id}/merge/undo", Subject.YOUTH, WORKERS),
            rule("GET /duplicates", Subject.NONE, COORDINATORS),
            // signal: list import (the upload is a real multipart post of a one-row list)
            rule("GET /signals/imports", Subject.NONE, COORDINATORS),
            rule("POST /signals/imports", Subject.NONE, COORDINATORS).upload(),
            rule("GET /signals/imports/{id}", Subject.LIST_IMPORT, COORDINATOR_OBJECT),
            rule("GET /signals/imports/{id}/rejected.csv", Subject.LIST_IMPORT, COORDINATOR_OBJECT),
            // research: only research partners (the onderzoeker account, no column here: see
            // researchPartnerUsesTheResearchEndpoints); the plain analyst gets 404 like everyone else
            rule("GET /research", Subject.NONE, RESEARCH_PARTNERS_ONLY),
            rule("POST /research/export", Subject.NONE, RESEARCH_PARTNERS_ONLY).form(),
            // results: dashboards and CSV for analysts and coordinators; the drill-down to persons for coordinators
            // only
            rule("GET /results", Subject.NONE, RESULT_READERS),
            rule("GET /results/export.csv", Subject.NONE, RESULT_READERS),
            rule("GET /results/trajectories", Subject.NONE, COORDINATORS));

    // ------------------------------------------------------------------------------------------

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BsnProtector bsnProtector;

    @Autowired
    ConsentRecords consentRecords;

    @Autowired
    EmergencyAccess emergencyAccess;

    @Autowired
    Covenants covenants;

    @Autowired
    YouthAccess youthAccess;

    @Autowired
    Clock clock;

    MatrixFixtures fixtures;
    private final Map<Who, RequestPostProcessor> signedIn = new EnumMap<>(Who.class);

    @BeforeAll
    void createFixtures() {
        fixtures = new MatrixFixtures(jdbc, bsnProtector, consentRecords, emergencyAccess, covenants, logins, clock);
        fixtures.create();
        for (Who who : Who.values()) {
            if (who.username != null) {
                signedIn.put(who, logins.as(who.username));
            }
        }
    }

    @AfterAll
    void cleanUp() {
        if (fixtures != null) {
            fixtures.cleanUp();
        }
    }

    @TestFactory
    Stream<DynamicNode> everyEndpointEveryRoleEveryVariant() {
        Map<String, Rule> rules = RULES.stream().collect(Collectors.toMap(Rule::key, r -> r));
        List<DynamicNode> nodes = new ArrayList<>();
        for (String endpoint : endpoints().keySet()) {
            Rule rule = rules.get(endpoint);
            if (rule == null) {
                nodes.add(DynamicTest.dynamicTest(
                        endpoint + " has no rule in the access-control matrix",
                        () -> fail(endpoint + " (" + endpoints().get(endpoint)
                                + ") is a new endpoint without a rule: add one to"
                                + " AccessControlMatrixTest.RULES saying who may use it on which object.")));
                continue;
            }
            List<DynamicTest> cases = new ArrayList<>();
            for (Variant variant : rule.subject().variants()) {
                for (Who who : Who.values()) {
                    Outcome expected = rule.expected(variant, who);
                    String name = endpoint + " as " + who.label()
                            + (variant == Variant.NONE
                                    ? ""
                                    : " on " + rule.subject().describe(variant)) + " → "
                            + expected.label;
                    cases.add(DynamicTest.dynamicTest(name, () -> check(rule, variant, who, expected)));
                }
            }
            nodes.add(DynamicContainer.dynamicContainer(endpoint, cases));
        }
        return nodes.stream();
    }

    @Test
    void everyRuleStillMatchesAnEndpoint() {
        Set<String> mapped = endpoints().keySet();
        assertThat(RULES.stream()
                        .map(Rule::key)
                        .filter(k -> !mapped.contains(k))
                        .toList())
                .as("rules for endpoints that no longer exist (remove them from RULES)")
                .isEmpty();
        assertThat(RULES.stream().map(Rule::key).distinct().count())
                .as("one rule per endpoint")
                .isEqualTo(RULES.size());
    }

    /** The variants are what their names say, according to the one access decision itself. */
    @Test
    void fixturesAreWhatTheyClaim() {
        var partner = fixtures.user("partner");
        var coach3 = fixtures.user("coach3");
        assertThat(categories(partner, Variant.CONSENTED)).containsExactly(DataCategory.BASIC, DataCategory.TRAJECTORY);
        assertThat(categories(partner, Variant.STATUTE))
                .containsExactly(DataCategory.BASIC, DataCategory.SITUATION, DataCategory.BSN);
        for (Variant none : List.of(
                Variant.OWN_ORG,
                Variant.OTHER_ORG,
                Variant.CONSENT_WITHDRAWN,
                Variant.CONSENT_EXPIRED,
                Variant.COVENANT_ENDED,
                Variant.BTG_ACTIVE,
                Variant.BTG_EXPIRED)) {
            assertThat(youthAccess.decide(partner, youth(none)))
                    .as("partner on " + none.label)
                    .isEmpty();
        }
        Grant emergency = youthAccess.decide(coach3, youth(Variant.BTG_ACTIVE)).orElseThrow();
        assertThat(emergency.emergency()).isTrue();
        assertThat(emergency.ownScope()).isFalse();
        assertThat(youthAccess.decide(coach3, youth(Variant.BTG_EXPIRED))).isEmpty();
        assertThat(youthAccess.decide(fixtures.user("coach"), youth(Variant.COVENANT_ENDED)))
                .isEmpty();

        // The covenant-ended youth is refused because of the covenant alone: reopen it and RMC sees the consent.
        jdbc.sql("update covenant set end_date = null where id = :id")
                .param("id", fixtures.endedCovenant)
                .update();
        try {
            assertThat(categories(partner, Variant.COVENANT_ENDED))
                    .containsExactly(DataCategory.BASIC, DataCategory.TRAJECTORY);
        } finally {
            jdbc.sql("update covenant set end_date = :end where id = :id")
                    .param("end", fixtures.today().minusDays(1))
                    .param("id", fixtures.endedCovenant)
                    .update();
        }
        assertThat(youthAccess.decide(partner, youth(Variant.COVENANT_ENDED))).isEmpty();
    }

    /**
     * The other side of {@link #RESEARCH_PARTNERS_ONLY}: the research partner (onderzoeker) gets the
     * page, and an empty export request comes back as the form with its errors, not as a file.
     */
    @Test
    void researchPartnerUsesTheResearchEndpoints() throws Exception {
        RequestPostProcessor partner = logins.as("onderzoeker");
        MockHttpServletResponse page =
                mvc.perform(get("/research").with(partner)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        MockHttpServletResponse form = mvc.perform(
                        post("/research/export").with(csrf()).with(partner))
                .andReturn()
                .getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentType()).startsWith("text/html");
        for (Canary canary : fixtures.canaries) {
            assertThat(page.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(canary.value());
        }
    }

    /** The canary search is not vacuous: where a canary may appear, it does. */
    @Test
    void canariesAppearWhereTheyMay() throws Exception {
        String own = body(Who.COACH, "/youths/" + youth(Variant.OWN_ORG));
        for (Seen kind : List.of(Seen.BASIC, Seen.CONTACT_DETAILS, Seen.BSN, Seen.CONTACT_NOTES, Seen.TRAJECTORY)) {
            for (Canary canary : canaries(Variant.OWN_ORG, kind)) {
                assertThat(own).as("coach's file view shows " + canary).contains(canary.value());
            }
        }
        assertThat(body(Who.COACH, "/youths/" + youth(Variant.OWN_ORG) + "/network"))
                .contains(canaries(Variant.OWN_ORG, Seen.NETWORK).get(0).value());
        assertThat(body(Who.COACH, "/youths/" + youth(Variant.OWN_ORG) + "/consent"))
                .contains(canaries(Variant.OWN_ORG, Seen.GUARDIAN_NOTE).get(0).value());
        String consented = body(Who.PARTNER, "/youths/" + youth(Variant.CONSENTED));
        assertThat(consented)
                .contains(canaries(Variant.CONSENTED, Seen.TRAJECTORY).get(0).value());
        for (Canary canary : canaries(Variant.CONSENTED, Seen.BASIC)) {
            assertThat(consented).as("partner's view shows " + canary).contains(canary.value());
        }
        assertThat(body(Who.PARTNER, "/youths/" + youth(Variant.STATUTE)))
                .contains(canaries(Variant.STATUTE, Seen.BSN).get(0).value());
        assertThat(body(Who.COACH3, "/youths/" + youth(Variant.BTG_ACTIVE)))
                .contains(
                        canaries(Variant.BTG_ACTIVE, Seen.CONTACT_NOTES).get(0).value());

        // The partner's whole list (every page): exactly the consented and the statute youth of the matrix.
        StringBuilder list = new StringBuilder();
        for (int page = 0; page < 100; page++) {
            String html = body(Who.PARTNER, "/partner?page=" + page);
            list.append(html);
            if (!html.contains("/partner?page=" + (page + 1))) {
                break;
            }
        }
        for (Variant variant : Variant.YOUTHS) {
            boolean listed = list.toString().contains("/youths/" + youth(variant));
            assertThat(listed)
                    .as("partner list shows the " + variant.label + " youth")
                    .isEqualTo(variant == Variant.CONSENTED || variant == Variant.STATUTE);
        }
    }

    // ------------------------------------------------------------------------------------------

    private void check(Rule rule, Variant variant, Who who, Outcome expected) throws Exception {
        UUID id = rule.subject().id(fixtures, variant);
        String path = id == null ? rule.pattern() : rule.pattern().replaceAll("\\{[^}]+}", id.toString());
        AbstractMockHttpServletRequestBuilder<?> request;
        if (rule.method().equals("GET")) {
            request = get(path);
        } else if (rule.multipartUpload()) {
            request = multipart(path)
                    .file(new MockMultipartFile("file", "matrix.csv", "text/csv", UPLOAD))
                    .param("kind", "EARLY_SCHOOL_LEAVERS")
                    .with(csrf());
        } else {
            request = post(path).with(csrf());
        }
        rule.params().apply(fixtures, variant).forEach(request::param);
        if (who != Who.ANONYMOUS) {
            request.with(signedIn.get(who));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String location = response.getHeader("Location");
        String body = response.getContentAsString(StandardCharsets.UTF_8);

        List<String> problems = new ArrayList<>();
        if (!matches(expected, status, location)) {
            problems.add(
                    "expected " + expected.label + " but got " + status + (location == null ? "" : " → " + location));
        }
        if (status == 404 && !body.isEmpty() && !body.contains("Pagina niet gevonden")) {
            problems.add("a 404 that is not the Dutch 404 page, so it tells refused and unknown ids apart");
        }
        for (Canary canary : forbidden(rule, variant, who, expected, status)) {
            int at = body.indexOf(canary.value());
            if (at >= 0) {
                problems.add("the response shows " + canary + ": …"
                        + body.substring(Math.max(0, at - 120), Math.min(body.length(), at + 120))
                                .replaceAll("\\s+", " ")
                        + "…");
            }
        }
        if (id != null && rule.subject().fresh() && variant != Variant.UNKNOWN) {
            boolean changed = rule.subject().changed(jdbc, id);
            boolean allowed = expected == Outcome.ALLOW && variant != Variant.UNKNOWN;
            if (changed != allowed) {
                problems.add(
                        changed
                                ? "a refused request changed the object " + id
                                : "the allowed request did not" + " change the object " + id);
            }
        }
        if (!problems.isEmpty()) {
            fail(rule.key() + " as " + who.label() + " on " + variant.label + " (" + path + "):\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    private static boolean matches(Outcome expected, int status, @Nullable String location) {
        boolean redirect = status >= 300 && status < 400 && location != null;
        boolean toLogin = redirect && location.replaceAll("\\?.*$", "").endsWith("/login");
        return switch (expected) {
            case ALLOW -> (status >= 200 && status < 300) || (redirect && !toLogin);
            case FORM_ERROR -> status == 200;
            case DENY_404 -> status == 404;
            case LOGIN_REDIRECT -> toLogin;
        };
    }

    /**
     * The canaries that must not appear: all of them in a refused response; otherwise every canary
     * the role may not see, and on a page about one youth also every canary of the other youths.
     */
    private List<Canary> forbidden(Rule rule, Variant variant, Who who, Outcome expected, int status) {
        if (expected.refused() || status == 404 || status >= 500) {
            return fixtures.canaries;
        }
        List<Canary> forbidden = new ArrayList<>();
        for (Canary canary : fixtures.canaries) {
            boolean otherYouth = rule.subject().youthScoped() && canary.youth() != variant;
            if (otherYouth || !Seen.parse(VISIBLE.cell(canary.youth(), who)).contains(canary.kind())) {
                forbidden.add(canary);
            }
        }
        return forbidden;
    }

    /** Reassigning needs a coach and the youth: the current coach, so an allowed request changes nothing. */
    private static Map<String, String> sameCoachAgain(MatrixFixtures fixtures, Variant variant) {
        if (variant == Variant.UNKNOWN) {
            return Map.of(
                    "coachId",
                    UUID.randomUUID().toString(),
                    "youthId",
                    UUID.randomUUID().toString());
        }
        MatrixFixtures.Youth youth = fixtures.youths.get(variant);
        return Map.of(
                "coachId",
                youth.trajectoryCoachId().toString(),
                "youthId",
                youth.youthId().toString());
    }

    /** Every handler method of the application, as "METHOD /pattern", with the method that handles it. */
    private Map<String, String> endpoints() {
        Map<String, String> endpoints = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                handlerMapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("nl.overstap")) {
                continue;
            }
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty()
                    ? List.of("ANY")
                    : methods.stream().map(Enum::name).sorted().toList();
            for (String pattern : entry.getKey().getPatternValues()) {
                for (String method : names) {
                    endpoints.put(
                            method + " " + pattern,
                            handler.getBeanType().getSimpleName() + "."
                                    + handler.getMethod().getName());
                }
            }
        }
        return endpoints;
    }

    private Set<DataCategory> categories(nl.overstap.shared.CurrentUser user, Variant variant) {
        return youthAccess
                .decide(user, youth(variant))
                .map(Grant::categories)
                .orElse(EnumSet.noneOf(DataCategory.class));
    }

    private UUID youth(Variant variant) {
        return fixtures.youths.get(variant).youthId();
    }

    private List<Canary> canaries(Variant variant, Seen kind) {
        return fixtures.canaries.stream()
                .filter(c -> c.youth() == variant && c.kind() == kind)
                .toList();
    }

    private String body(Who who, String path) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).with(signedIn.get(who))).andReturn().getResponse();
        assertThat(response.getStatus()).as(who.label() + " GET " + path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------
    // The vocabulary of the table.
    // ------------------------------------------------------------------------------------------

    private static Grid youthGrid(String name, String rows) {
        return Grid.parse(name, ROLES + "\n" + rows).requireRows(Variant.YOUTH_ROWS, "A", "4", "L");
    }

    private static Grid objectGrid(String name, String rows) {
        return Grid.parse(name, ROLES + "\n" + rows).requireRows(Variant.OBJECT_ROWS, "A", "4", "L");
    }

    private static Grid globalGrid(String name, String cells) {
        return Grid.parse(name, ROLES + "\n- " + cells).requireRows(List.of(Variant.NONE), "A", "4", "L");
    }

    private static Rule rule(String endpoint, Subject subject, Grid grid) {
        String[] parts = endpoint.split(" ", 2);
        if (!Set.copyOf(subject.variants()).equals(grid.variants())) {
            throw new IllegalArgumentException(endpoint + ": grid " + grid.name + " does not fit subject " + subject);
        }
        if (subject == Subject.NONE && parts[1].contains("{")) {
            throw new IllegalArgumentException(endpoint + " has a path variable: give it a subject");
        }
        return new Rule(parts[0], parts[1], subject, grid, Outcome.ALLOW, (f, v) -> Map.of(), false);
    }

    /** What the path variable of an endpoint is, and how the matrix gets one for a variant. */
    enum Subject {
        NONE(Scope.NONE, "", null),
        YOUTH(Scope.YOUTH, "youth", (f, v) -> f.youths.get(v).youthId()),
        TRAJECTORY(
                Scope.YOUTH,
                "trajectory of the youth",
                (f, v) -> f.youths.get(v).trajectoryId()),
        CONTACT(Scope.YOUTH, "contact of the youth", (f, v) -> f.youths.get(v).contactId()),
        KEY_PERSON(
                Scope.YOUTH,
                "key person of the youth",
                (f, v) -> f.youths.get(v).keyPersonId()),
        SCAN(Scope.YOUTH, "scan of the youth", (f, v) -> f.scanOf(v)),
        ESCALATION(Scope.YOUTH, "open escalation of the youth", (f, v) -> f.escalationOf(v)),
        MEETING(Scope.OBJECT, "upcoming MDO of the region", (f, v) -> f.meeting()),
        PLAN_GOAL(Scope.YOUTH, "plan goal of the youth", (f, v) -> f.planGoalOf(v)),
        PLAN_ACTION(Scope.YOUTH, "plan action of the youth", (f, v) -> f.planActionOf(v)),
        ERASURE_REQUEST(
                Scope.YOUTH,
                "open erasure request of the youth",
                (f, v) -> f.youths.get(v).erasureRequestId()),
        FRESH_KEY_PERSON(Scope.YOUTH, "fresh key person of the youth", MatrixFixtures::freshKeyPerson),
        FRESH_CONSENT_RECORD(Scope.YOUTH, "fresh consent record of the youth", MatrixFixtures::freshConsentRecord),
        FRESH_COVENANT(Scope.OBJECT, "fresh covenant", (f, v) -> f.freshCovenant()),
        FRESH_EMERGENCY_OPENING(Scope.OBJECT, "fresh break-the-glass opening", (f, v) -> f.freshEmergencyOpening()),
        SIGNAL(Scope.OBJECT, "open signal routed to Jongerencoaching Haaglanden", (f, v) -> f.signal()),
        FRESH_ROUTING_RULE(Scope.OBJECT, "fresh routing rule of the region", (f, v) -> f.freshRoutingRule()),
        PROPOSAL(Scope.YOUTH, "proposal of the youth to the demo employer", MatrixFixtures::proposalOf),
        YOUTH_CHECK_IN(Scope.YOUTH, "youth check-in of a started place of the youth", MatrixFixtures::youthCheckInOf),
        EMPLOYER_CHECK_IN(
                Scope.YOUTH, "employer check-in of a started place of the youth", MatrixFixtures::employerCheckInOf),
        LIST_IMPORT(Scope.OBJECT, "list import of the region", (f, v) -> f.listImport()),
        PLACE(Scope.OBJECT, "open place of the demo employer", (f, v) -> f.place()),
        ORGANISATION(Scope.OBJECT, "throwaway organisation", (f, v) -> f.throwawayOrganisation),
        ACCOUNT(Scope.OBJECT, "throwaway account", (f, v) -> f.throwawayAccount);

        /** No path variable; something of one fixture youth; an administrative object. */
        enum Scope {
            NONE,
            YOUTH,
            OBJECT
        }

        private final Scope scope;
        private final String noun;
        private final @Nullable BiFunction<MatrixFixtures, Variant, UUID> id;

        Subject(Scope scope, String noun, @Nullable BiFunction<MatrixFixtures, Variant, UUID> id) {
            this.scope = scope;
            this.noun = noun;
            this.id = id;
        }

        List<Variant> variants() {
            return switch (scope) {
                case NONE -> List.of(Variant.NONE);
                case YOUTH -> Variant.YOUTH_ROWS;
                case OBJECT -> Variant.OBJECT_ROWS;
            };
        }

        boolean youthScoped() {
            return scope == Scope.YOUTH;
        }

        /** Created for each request, because an allowed request changes or removes it. */
        boolean fresh() {
            return name().startsWith("FRESH_");
        }

        @Nullable
        UUID id(MatrixFixtures fixtures, Variant variant) {
            if (id == null) {
                return null;
            }
            return variant == Variant.UNKNOWN ? UUID.randomUUID() : id.apply(fixtures, variant);
        }

        String describe(Variant variant) {
            if (variant == Variant.UNKNOWN) {
                return "unknown-id";
            }
            return variant == Variant.OBJECT ? noun : variant.label;
        }

        /** Did the request change this fresh object? */
        boolean changed(JdbcClient jdbc, UUID id) {
            String sql = switch (this) {
                case FRESH_KEY_PERSON -> "select not exists (select 1 from key_person where id = :id)";
                case FRESH_CONSENT_RECORD ->
                    "select not exists (select 1 from consent_record where id = :id and is_current)";
                case FRESH_COVENANT -> "select end_date is not null from covenant where id = :id";
                case FRESH_EMERGENCY_OPENING -> "select reviewed_at is not null from emergency_access where id = :id";
                case FRESH_ROUTING_RULE -> "select not exists (select 1 from signal_routing_rule where id = :id)";
                default -> throw new IllegalStateException(this + " is not fresh");
            };
            return jdbc.sql(sql).param("id", id).query(Boolean.class).optional().orElse(false);
        }
    }

    /** One line of the table. */
    record Rule(
            String method,
            String pattern,
            Subject subject,
            Grid grid,
            Outcome allowedAs,
            BiFunction<MatrixFixtures, Variant, Map<String, String>> params,
            boolean multipartUpload) {

        String key() {
            return method + " " + pattern;
        }

        /** "Allowed" means the form is shown again with its errors: the matrix posts an empty body. */
        Rule form() {
            return new Rule(method, pattern, subject, grid, Outcome.FORM_ERROR, params, multipartUpload);
        }

        /** Posts a multipart upload of {@link #UPLOAD} (a one-row list) instead of an empty form. */
        Rule upload() {
            return new Rule(method, pattern, subject, grid, allowedAs, params, true);
        }

        Rule params(BiFunction<MatrixFixtures, Variant, Map<String, String>> params) {
            return new Rule(method, pattern, subject, grid, allowedAs, params, multipartUpload);
        }

        Outcome expected(Variant variant, Who who) {
            Outcome outcome = Outcome.bySymbol(grid.cell(variant, who));
            return outcome == Outcome.ALLOW ? allowedAs : outcome;
        }
    }
}
