package nl.overstap.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of the load tests, all from system properties (-Dname=value on the Maven command line,
 * propagated by the Gatling plugin):
 *
 * <ul>
 *   <li>{@code baseUrl} (http://localhost:8080), {@code password} (overstap-demo)
 *   <li>{@code feeders}: directory written by docs/benchmarks/gatling-feeders.sh (target/gatling-feeders)
 *   <li>{@code duration} seconds (60), {@code ramp} seconds (10, open model only), {@code users} (8),
 *       {@code rate} pages per second (500, open model)
 *   <li>{@code analyst}: include the analyst persona in the mixed load (true)
 * </ul>
 */
final class LoadConfig {

    private LoadConfig() {}

    static String baseUrl() {
        return System.getProperty("baseUrl", "http://localhost:8080");
    }

    static String host() {
        return URI.create(baseUrl()).getHost();
    }

    static String password() {
        return System.getProperty("password", "overstap-demo");
    }

    static Path feeders() {
        return Path.of(System.getProperty("feeders", "target/gatling-feeders"));
    }

    static Duration duration() {
        return Duration.ofSeconds(integer("duration", 60));
    }

    static Duration ramp() {
        return Duration.ofSeconds(integer("ramp", 10));
    }

    static int users() {
        return integer("users", 8);
    }

    static double rate() {
        return Double.parseDouble(System.getProperty("rate", "500"));
    }

    static boolean flag(String name, boolean fallback) {
        return Boolean.parseBoolean(System.getProperty(name, Boolean.toString(fallback)));
    }

    static int integer(String name, int fallback) {
        return Integer.parseInt(System.getProperty(name, Integer.toString(fallback)));
    }
}
