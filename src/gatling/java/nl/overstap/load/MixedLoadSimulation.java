package nl.overstap.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.List;
import java.util.Map;

/**
 * Issue 7 target: the persona mix at a constant {@code rate} pages per second (open model, 500),
 * p95 at most 150 ms and no errors. Each arriving virtual user is one step of one persona:
 *
 * <ul>
 *   <li>coach 80%: caseload 40%, youth file 40%, log a contact 10% (form, post, file: 3 pages),
 *       update a plan action 10% (post, plan: 2 pages)
 *   <li>partner 10%: inbox; analyst 5%: /results; matching 5%: places for a youth in Match
 * </ul>
 *
 * Virtual users take a signed-in session from a fixed pool per persona (signed in once before the
 * load, see {@link Logins}), so no page statistic contains a login. {@code -Danalyst=false} gives
 * the analyst's share to the coach (for a build without the results dashboards); pool sizes:
 * {@code -Dpool.coaches=128 -Dpool.partners=16 -Dpool.analysts=8 -Dpool.matchers=16}.
 */
public class MixedLoadSimulation extends Simulation {

    private static final double COACH_PAGES_PER_STEP = 0.4 * 1 + 0.4 * 1 + 0.1 * 3 + 0.1 * 2;

    private final boolean analyst = LoadConfig.flag("analyst", true);
    private final double coachShare = analyst ? 80.0 : 85.0;
    private final double analystShare = analyst ? 5.0 : 0.0;

    private final List<Map<String, Object>> coaches =
            Logins.signIn(Feeds.read("coaches", LoadConfig.integer("pool.coaches", 128)));
    private final List<Map<String, Object>> partners =
            Logins.signIn(Feeds.read("partners", LoadConfig.integer("pool.partners", 16)));
    private final List<Map<String, Object>> matchers =
            Logins.signIn(Feeds.read("matchers", LoadConfig.integer("pool.matchers", 16)));
    private final List<Map<String, Object>> analysts = analyst
            ? Logins.signIn(Feeds.usernamesOr("analysts", "analysts", LoadConfig.integer("pool.analysts", 8)))
            : List.of();

    private final SessionPool coachPool = new SessionPool("coach", coaches);
    private final SessionPool partnerPool = new SessionPool("partner", partners);
    private final SessionPool matcherPool = new SessionPool("matching", matchers);
    private final SessionPool analystPool = new SessionPool("analyst", analysts);

    private final ChainBuilder coachStep = coachPool
            .checkout()
            .exec(randomSwitch()
                    .on(
                            percent(40.0).then(Pages.caseload()),
                            percent(40.0).then(Pages.youthFile()),
                            percent(10.0).then(Pages.logContact()),
                            percent(10.0).then(Pages.updateAction())))
            .exec(coachPool.checkin());

    private final ScenarioBuilder mixed = scenario("mixed load")
            .exec(randomSwitch()
                    .on(
                            percent(coachShare).then(coachStep),
                            percent(10.0)
                                    .then(partnerPool
                                            .checkout()
                                            .exec(Pages.inbox())
                                            .exec(partnerPool.checkin())),
                            percent(5.0)
                                    .then(matcherPool
                                            .checkout()
                                            .exec(Pages.places())
                                            .exec(matcherPool.checkin())),
                            percent(analystShare).then(analystStep())));

    private ChainBuilder analystStep() {
        if (analysts.isEmpty()) {
            return exec(session -> session);
        }
        return analystPool.checkout().exec(Pages.results()).exec(analystPool.checkin());
    }

    {
        double pagesPerUser = (coachShare * COACH_PAGES_PER_STEP + (100.0 - coachShare)) / 100.0;
        double usersPerSec = LoadConfig.rate() / pagesPerUser;
        System.out.printf(
                "Mixed load: %.0f pages/s = %.1f users/s x %.3f pages each, analyst persona %s%n",
                LoadConfig.rate(), usersPerSec, pagesPerUser, analyst ? "on" : "off");
        setUp(mixed.injectOpen(
                        rampUsersPerSec(1).to(usersPerSec).during(LoadConfig.ramp()),
                        constantUsersPerSec(usersPerSec).during(LoadConfig.duration())))
                .protocols(Pages.protocol(true))
                .assertions(
                        global().responseTime().percentile(95.0).lte(150),
                        global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        for (SessionPool pool : List.of(coachPool, partnerPool, matcherPool, analystPool)) {
            System.out.println(pool.report());
        }
    }
}
