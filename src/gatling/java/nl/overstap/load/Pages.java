package nl.overstap.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpDsl;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The pages of the personas. Redirects are not followed: a page must answer 200 itself (a lost
 * session would otherwise count as a successful login page), and a form post must answer 302 to the
 * expected page, which is then loaded as its own request.
 */
final class Pages {

    private Pages() {}

    static HttpProtocolBuilder protocol(boolean shareConnections) {
        HttpProtocolBuilder protocol = HttpDsl.http
                .baseUrl(LoadConfig.baseUrl())
                .acceptHeader("text/html,application/xhtml+xml")
                .acceptLanguageHeader("nl-NL,nl")
                .userAgentHeader("overstap-gatling")
                .disableFollowRedirect();
        return shareConnections ? protocol.shareConnections() : protocol;
    }

    /** Puts the pooled, signed-in session of the fed account into this virtual user's cookie jar. */
    static ChainBuilder useSession() {
        return exec(addCookie(
                Cookie("SESSION", "#{session}").withDomain(LoadConfig.host()).withPath("/")));
    }

    static ChainBuilder pick(String listKey, String into) {
        return exec(session -> session.set(into, any(session, listKey)));
    }

    static String any(Session session, String listKey) {
        List<String> values = session.getList(listKey);
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    static ChainBuilder caseload() {
        return exec(HttpDsl.http("caseload").get("/caseload").check(status().is(200)));
    }

    static ChainBuilder youthFile() {
        return pick("youthsList", "youth")
                .exec(HttpDsl.http("youth file").get("/youths/#{youth}").check(status().is(200)));
    }

    /** Open the contact form of a trajectory, post a phone contact, land on the youth file. */
    static ChainBuilder logContact() {
        return exec(session -> {
                    List<String> trajectories = session.getList("trajectoriesList");
                    List<String> youths = session.getList("youthsList");
                    int i = ThreadLocalRandom.current().nextInt(trajectories.size());
                    return session.set("trajectory", trajectories.get(i)).set("youth", youths.get(i));
                })
                .exec(HttpDsl.http("contact form")
                        .get("/trajectories/#{trajectory}/contacts/new")
                        .check(status().is(200))
                        .check(css("input[name='_csrf']", "value").saveAs("formCsrf"))
                        .check(css("input[name='date']", "value").saveAs("contactDate"))
                        .check(css("input[name='time']", "value").saveAs("contactTime")))
                .exec(HttpDsl.http("contact post")
                        .post("/trajectories/#{trajectory}/contacts")
                        .formParam("_csrf", "#{formCsrf}")
                        .formParam("date", "#{contactDate}")
                        .formParam("time", "#{contactTime}")
                        .formParam("channel", "PHONE")
                        .formParam("counterpart", "YOUTH")
                        .formParam("reached", "yes")
                        .formParam("durationMinutes", "15")
                        .formParam("note", "Telefonisch contact (belasting-test)")
                        .check(status().is(302))
                        .check(header("Location")
                                .transform(l -> l.replaceFirst("^https?://[^/]+", ""))
                                .is(session -> "/youths/" + session.getString("youth"))))
                .exec(HttpDsl.http("youth file after contact")
                        .get("/youths/#{youth}")
                        .check(status().is(200)));
    }

    /**
     * Set one of the coach's plan actions to open or done, land on the plan. A coach without plan
     * actions (possible in generated data) loads the caseload instead.
     */
    static ChainBuilder updateAction() {
        return doIfOrElse(session -> !session.getList("actionsList").isEmpty())
                .then(changeActionStatus())
                .orElse(caseload());
    }

    private static ChainBuilder changeActionStatus() {
        return pick("actionsList", "action")
                .exec(session ->
                        session.set("actionStatus", ThreadLocalRandom.current().nextBoolean() ? "DONE" : "OPEN"))
                .exec(HttpDsl.http("action status post")
                        .post("/plan/actions/#{action}/status")
                        .formParam("_csrf", "#{csrf}")
                        .formParam("status", "#{actionStatus}")
                        .check(status().is(302))
                        .check(header("Location")
                                .transform(l -> l.replaceFirst("^https?://[^/]+", ""))
                                .saveAs("planPage"))
                        .check(header("Location")
                                .transform(l -> l.matches(".*/youths/[0-9a-f-]+/plan"))
                                .is(true)))
                .exec(HttpDsl.http("plan after action").get("#{planPage}").check(status().is(200)));
    }

    static ChainBuilder inbox() {
        return exec(HttpDsl.http("partner inbox").get("/inbox").check(status().is(200)));
    }

    static ChainBuilder places() {
        return pick("youthsList", "youth")
                .exec(HttpDsl.http("matching places")
                        .get("/youths/#{youth}/places")
                        .check(status().is(200)));
    }

    static ChainBuilder results() {
        return exec(HttpDsl.http("results").get("/results").check(status().is(200)));
    }
}
