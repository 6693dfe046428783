package nl.overstap.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.UUID;
import nl.overstap.identity.TestLogins;
import nl.overstap.match.Matches;
import nl.overstap.match.ProposalForm;
import nl.overstap.match.StartForm;
import nl.overstap.match.StepForm;
import nl.overstap.shared.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.MapBindingResult;

/**
 * Walks a fresh youth through the match pipeline with the real services. Places are inserted with
 * plain SQL (the place table is the placement module's; tests only need a row).
 */
@Component
public class MatchScenario {

    public static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final YouthFactory youths;
    private final Matches matches;
    private final TestLogins logins;
    private final JdbcClient jdbc;

    MatchScenario(YouthFactory youths, Matches matches, TestLogins logins, JdbcClient jdbc) {
        this.youths = youths;
        this.matches = matches;
        this.logins = logins;
        this.jdbc = jdbc;
    }

    /** A new youth of the coach's organisation whose trajectory is in Match (scan and plan are not this test's business). */
    public DemoFixtures.Ids youthInMatch(String coachUsername, String familyName) {
        DemoFixtures.Ids ids = youths.withTrajectory(coachUsername, familyName);
        jdbc.sql("update trajectory set phase = 'MATCH', phase_entered_at = now() where id = :id")
                .param("id", ids.trajectoryId())
                .update();
        return ids;
    }

    /** An open place of the account's organisation (e.g. the demo employer's). */
    public UUID place(String ownerUsername, String title, int capacity) {
        CurrentUser owner = logins.currentUser(ownerUsername);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into place (id, organisation_id, region, kind, sector, title, description, municipality,
                                           hours_min, hours_max, capacity, created_by)
                        values (:id, :org, :region, 'JOB', 'TECHNOLOGY', :title, 'Werken aan installaties.', 'DELFT',
                                24, 38, :capacity, :by)
                        """)
                .param("id", id)
                .param("org", owner.organisationId())
                .param("region", owner.region())
                .param("title", title)
                .param("capacity", capacity)
                .param("by", owner.id())
                .update();
        return id;
    }

    public UUID propose(String coachUsername, UUID youthId, UUID placeId) {
        MapBindingResult errors = errors("proposalForm");
        UUID id = matches.propose(
                logins.currentUser(coachUsername),
                youthId,
                new ProposalForm(placeId, "32", "Handig en gemotiveerd."),
                errors);
        assertThat(errors.getAllErrors()).as("proposal").isEmpty();
        return id;
    }

    /** Introduction and trial, recorded by the coach today. */
    public void toTrial(String coachUsername, UUID matchId) {
        CurrentUser coach = logins.currentUser(coachUsername);
        String today = today().format(DUTCH);
        for (String step : new String[] {"INTRODUCTION", "TRIAL"}) {
            MapBindingResult errors = errors("stepForm");
            assertThat(matches.step(coach, matchId, new StepForm(step, today, null), errors))
                    .as(step + ": " + errors.getAllErrors())
                    .isTrue();
        }
    }

    public void start(String coachUsername, UUID matchId, LocalDate startDate) {
        MapBindingResult errors = errors("startForm");
        assertThat(matches.start(
                        logins.currentUser(coachUsername),
                        matchId,
                        new StartForm(startDate.format(DUTCH), true),
                        errors))
                .as("start: " + errors.getAllErrors())
                .isTrue();
    }

    /** A youth in Match proposed for a new place of the demo employer and started there. */
    public Started started(String coachUsername, String familyName, LocalDate startDate) {
        DemoFixtures.Ids ids = youthInMatch(coachUsername, familyName);
        UUID place = place("employer", "Monteur " + familyName, 2);
        UUID match = propose(coachUsername, ids.youthId(), place);
        toTrial(coachUsername, match);
        start(coachUsername, match, startDate);
        return new Started(ids.youthId(), ids.trajectoryId(), place, match);
    }

    public record Started(UUID youthId, UUID trajectoryId, UUID placeId, UUID matchId) {}

    /** Today as the application sees it (Dutch time), also between 23:00 and 01:00 UTC. */
    public static LocalDate today() {
        return LocalDate.now(nl.overstap.shared.DutchTime.ZONE);
    }

    public static MapBindingResult errors(String name) {
        return new MapBindingResult(new HashMap<>(), name);
    }
}
