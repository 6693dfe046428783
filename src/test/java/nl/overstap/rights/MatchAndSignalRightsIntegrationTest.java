package nl.overstap.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.UUID;
import nl.overstap.followup.CheckInForm;
import nl.overstap.followup.FollowUps;
import nl.overstap.identity.TestLogins;
import nl.overstap.match.Matches;
import nl.overstap.match.StepForm;
import nl.overstap.shared.CurrentUser;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import nl.overstap.support.MatchScenario;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.MapBindingResult;

/**
 * The youth's rights reach the signals, the match pipeline and the follow-up: the export shows the
 * linked signals with their outreach, the proposals with their steps and the started place with its
 * check-ins; erasure clears their free-text notes and reasons but keeps statuses, dates, actors and
 * the held/answer flags, so the match and follow-up results still count the youth.
 */
@IntegrationTest
class MatchAndSignalRightsIntegrationTest {

    static final String PROPOSAL_NOTE = "Handig en gemotiveerd.";
    static final String STEP_NOTE = "Kennismaking liep goed, wil graag buiten werken";
    static final String CHECKIN_NOTE = "Doet het prima op de werkvloer";
    static final String OUTCOME_NOTE = "Bereikt via zijn zus, gekoppeld aan een traject";
    static final String OUTREACH_NOTE = "Niemand thuis, briefje achtergelaten";
    static final String SIGNAL_REASON = "Al weken niet op school";
    static final String OTHER_REASON = "Melding over iemand anders";

    @Autowired
    MockMvc mvc;

    @Autowired
    MatchScenario scenario;

    @Autowired
    Matches matches;

    @Autowired
    FollowUps followUps;

    @Autowired
    Erasures erasures;

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcClient jdbc;

    CurrentUser coach;
    UUID youthId;
    UUID matchId;
    UUID signalId;

    @BeforeEach
    void setUp() {
        coach = logins.currentUser("coach");
        String family = "Rechtplek" + UUID.randomUUID().toString().substring(0, 6);
        DemoFixtures.Ids ids = scenario.youthInMatch("coach", family);
        youthId = ids.youthId();
        UUID place = scenario.place("employer", "Monteur " + family, 2);
        matchId = scenario.propose("coach", youthId, place);
        String today = MatchScenario.today().format(MatchScenario.DUTCH);
        for (StepForm step :
                new StepForm[] {new StepForm("INTRODUCTION", today, STEP_NOTE), new StepForm("TRIAL", today, null)}) {
            MapBindingResult errors = MatchScenario.errors("stepForm");
            assertThat(matches.step(coach, matchId, step, errors))
                    .as(errors.getAllErrors().toString())
                    .isTrue();
        }
        scenario.start("coach", matchId, MatchScenario.today().minusDays(8));
        UUID checkIn = jdbc.sql("""
                        select id from followup_checkin where match_id = :m and party = 'EMPLOYER' and period = 'P1W'
                        """).param("m", matchId).query(UUID.class).single();
        MapBindingResult errors = MatchScenario.errors("checkInForm");
        assertThat(followUps.answerAsEmployer(
                        logins.currentUser("employer"),
                        checkIn,
                        new CheckInForm("true", "true", "false", CHECKIN_NOTE),
                        errors))
                .as(errors.getAllErrors().toString())
                .isTrue();
        signalId = signal(youthId, SIGNAL_REASON);
        signal(null, OTHER_REASON);
        jdbc.sql("""
                        insert into outreach_attempt (id, signal_id, kind, attempted_on, reached, note, created_by)
                        values (gen_random_uuid(), :signal, 'HOME_VISIT', current_date - 3, false, :note, :by)
                        """)
                .param("signal", signalId)
                .param("note", OUTREACH_NOTE)
                .param("by", coach.id())
                .update();
    }

    @Test
    void exportShowsTheLinkedSignalsTheProposalsAndThePlaceWithItsCheckIns() throws Exception {
        String body = mvc.perform(get("/youths/{id}/export.json", youthId).with(logins.as("coach")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signals.length()").value(1))
                .andExpect(jsonPath("$.signals[0].reason").value(SIGNAL_REASON))
                .andExpect(jsonPath("$.signals[0].source").value("SCHOOL"))
                .andExpect(jsonPath("$.signals[0].status").value("LINKED"))
                .andExpect(jsonPath("$.signals[0].outcomeNote").value(OUTCOME_NOTE))
                .andExpect(jsonPath("$.signals[0].outreachAttempts.length()").value(1))
                .andExpect(jsonPath("$.signals[0].outreachAttempts[0].note").value(OUTREACH_NOTE))
                .andExpect(jsonPath("$.signals[0].outreachAttempts[0].kind").value("HOME_VISIT"))
                .andExpect(jsonPath("$.matchProposals.length()").value(1))
                .andExpect(jsonPath("$.matchProposals[0].status").value("STARTED"))
                .andExpect(jsonPath("$.matchProposals[0].place").value(Matchers.startsWith("Monteur Rechtplek")))
                .andExpect(jsonPath("$.matchProposals[0].note").value(PROPOSAL_NOTE))
                .andExpect(jsonPath("$.matchProposals[0].steps[?(@.toStatus == 'INTRODUCTION')].note")
                        .value(STEP_NOTE))
                .andExpect(jsonPath("$.matchProposals[0].steps[?(@.toStatus == 'STARTED')].actor")
                        .exists())
                .andExpect(jsonPath("$.placements.length()").value(1))
                .andExpect(jsonPath("$.placements[0].startedOn")
                        .value(MatchScenario.today().minusDays(8).toString()))
                .andExpect(jsonPath("$.placements[0].checkIns[?(@.party == 'EMPLOYER' && @.period == 'P1W')].note")
                        .value(CHECKIN_NOTE))
                .andExpect(
                        jsonPath("$.placements[0].checkIns[?(@.party == 'EMPLOYER' && @.period == 'P1W')].stillThere")
                                .value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).as("a signal about someone else").doesNotContain(OTHER_REASON);

        mvc.perform(get("/youths/{id}/export", youthId).with(logins.as("coach")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(SIGNAL_REASON)))
                .andExpect(content().string(Matchers.containsString(OUTCOME_NOTE)))
                .andExpect(content().string(Matchers.containsString(OUTREACH_NOTE)))
                .andExpect(content().string(Matchers.containsString(PROPOSAL_NOTE)))
                .andExpect(content().string(Matchers.containsString(STEP_NOTE)))
                .andExpect(content().string(Matchers.containsString(CHECKIN_NOTE)))
                .andExpect(content().string(Matchers.containsString("Voorstellen voor een plek")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(OTHER_REASON))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
    }

    @Test
    void approvedErasureClearsTheNotesButKeepsStatusesDatesAndAnswers() {
        long steps = count("select count(*) from match_step where match_id = :id", matchId);
        MapBindingResult requestErrors = new MapBindingResult(new HashMap<>(), "erasureRequestForm");
        UUID request =
                erasures.request(coach, youthId, new ErasureRequestForm("De jongere vraagt erom"), requestErrors);
        assertThat(requestErrors.getAllErrors()).isEmpty();
        assertThat(erasures.decide(
                        logins.currentUser("coordinator"),
                        request,
                        true,
                        new ErasureDecisionForm("Akkoord"),
                        new MapBindingResult(new HashMap<>(), "erasureDecisionForm")))
                .isEqualTo(youthId);

        assertThat(count("select count(*) from match_proposal where youth_id = :id and note is not null", youthId))
                .as("proposal notes")
                .isZero();
        assertThat(count(
                        "select count(*) from match_step s join match_proposal m on m.id = s.match_id"
                                + " where m.youth_id = :id and s.note is not null",
                        youthId))
                .as("step notes")
                .isZero();
        assertThat(count("select count(*) from followup_checkin where youth_id = :id and note is not null", youthId))
                .as("check-in notes")
                .isZero();
        assertThat(count("select count(*) from signal where youth_id = :id and outcome_note is not null", youthId))
                .as("signal outcome notes")
                .isZero();
        assertThat(count("select count(*) from outreach_attempt where signal_id = :id and note is not null", signalId))
                .as("outreach notes")
                .isZero();

        assertThat(count(
                        "select count(*) from match_proposal where id = :id and status = 'STARTED' and start_date is not null",
                        matchId))
                .as("the started proposal still counts")
                .isEqualTo(1);
        assertThat(count("select count(*) from match_step where match_id = :id", matchId))
                .as("the steps (status, actor, date) stay")
                .isEqualTo(steps);
        assertThat(count(
                        "select count(*) from followup_checkin where match_id = :id and answered_at is not null"
                                + " and still_there and going_well and not concern",
                        matchId))
                .as("the check-in answers stay")
                .isEqualTo(1);
        assertThat(count("select count(*) from followup_placement where match_id = :id", matchId))
                .isEqualTo(1);
        assertThat(count("select count(*) from outreach_attempt where signal_id = :id and not reached", signalId))
                .isEqualTo(1);
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    private UUID signal(UUID linkedYouth, String reason) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into signal (id, region, source, urgency, signalled_on, reason, given_names, family_name,
                                            date_of_birth, municipality, status, first_contact_due, youth_id,
                                            outcome_note)
                        values (:id, 'Haaglanden', 'SCHOOL', 'NORMAL', current_date - 10, :reason, 'Sanne', 'Melding',
                                date '2007-05-14', 'DEN_HAAG', :status, current_date, :youth, :outcome)
                        """)
                .param("id", id)
                .param("reason", reason)
                .param("status", linkedYouth == null ? "OPEN" : "LINKED")
                .param("youth", linkedYouth)
                .param("outcome", linkedYouth == null ? null : OUTCOME_NOTE)
                .update();
        return id;
    }
}
