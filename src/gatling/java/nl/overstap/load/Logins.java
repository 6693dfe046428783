package nl.overstap.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in a fixed pool of accounts before the load starts, through the real form login (CSRF
 * token from the login page, username and password posted like a browser). Each record gets the
 * {@code session} cookie value and the session's {@code csrf} token, so virtual users reuse
 * signed-in sessions and the page statistics never contain a login.
 */
final class Logins {

    private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    private Logins() {}

    static List<Map<String, Object>> signIn(List<Map<String, Object>> records) {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Map<String, Object> record : records) {
                done.add(pool.submit(() -> {
                    signIn(record);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Sign-in of the session pool failed", e);
        } finally {
            pool.shutdown();
        }
        System.out.printf("Signed in %d accounts in %d ms%n", records.size(), (System.nanoTime() - start) / 1_000_000);
        return records;
    }

    private static void signIn(Map<String, Object> record) throws IOException, InterruptedException {
        String base = LoadConfig.baseUrl();
        String username = (String) record.get("username");
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String loginPage = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String form = "username=" + encode(username) + "&password=" + encode(LoadConfig.password()) + "&_csrf="
                + encode(find(LOGIN_TOKEN, loginPage, username));
        HttpResponse<Void> posted = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("Login refused for " + username + ": " + location);
        }
        // The token changes at login; any signed-in page carries the session's token in a meta tag.
        HttpResponse<String> home = client.send(
                HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
        if (home.statusCode() == 302) {
            String next = home.headers().firstValue("Location").orElseThrow();
            home = client.send(
                    HttpRequest.newBuilder(URI.create(base).resolve(next)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        record.put("csrf", find(META_TOKEN, home.body(), username));
        String session = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No SESSION cookie for " + username));
        record.put("session", session);
    }

    private static String find(Pattern pattern, String body, String username) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token in the page for " + username);
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
