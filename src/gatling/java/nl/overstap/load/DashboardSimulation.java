package nl.overstap.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpDsl;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issue 7 target: the results dashboards, p95 at most 50 ms regional and 150 ms national. Signed-in
 * analysts ({@code -Danalysts=analyst-01} for a regional one, {@code -Danalysts=analyst-nl} for the
 * national one; default: every analyst in analysts.csv) load {@code /results} and then each page
 * it links to under /results (at most {@code -Dlinks=12}; exports and downloads are skipped), in a
 * loop, {@code users} at a time (default 2). Run once per analyst to get separate figures.
 */
public class DashboardSimulation extends Simulation {

    private final List<Map<String, Object>> analysts = Logins.signIn(Feeds.usernamesOr("analysts", "analysts", 100));

    private final int maxLinks = LoadConfig.integer("links", 12);

    private final ScenarioBuilder dashboards = scenario("dashboards")
            .feed(listFeeder(analysts).circular())
            .exec(Pages.useSession())
            .exec(during(LoadConfig.duration())
                    .on(exec(HttpDsl.http("results")
                                    .get("/results")
                                    .check(status().is(200))
                                    .check(css("a[href^='/results']", "href")
                                            .findAll()
                                            .optional()
                                            .saveAs("hrefs")))
                            .exec(session -> session.set("links", links(session.getList("hrefs"))))
                            .exec(foreach("#{links}", "link")
                                    .on(exec(HttpDsl.http("results sub-page")
                                            .get("#{link}")
                                            .check(status().is(200)))))));

    private List<String> links(List<String> hrefs) {
        Set<String> links = new LinkedHashSet<>();
        for (String href : hrefs) {
            String path = href.replaceFirst("#.*$", "");
            String lower = path.toLowerCase(java.util.Locale.ROOT);
            if (!path.equals("/results")
                    && !lower.contains("export")
                    && !lower.contains("csv")
                    && !lower.contains("download")
                    && links.size() < maxLinks) {
                links.add(path);
            }
        }
        return List.copyOf(links);
    }

    {
        setUp(dashboards.injectClosed(
                        constantConcurrentUsers(LoadConfig.integer("users", 2)).during(LoadConfig.duration())))
                .protocols(Pages.protocol(false))
                .assertions(
                        global().responseTime().percentile(95.0).lte(LoadConfig.integer("target", 50)),
                        global().failedRequests().count().is(0L));
    }
}
