package nl.overstap.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.overstap.audit.AccessLogPartitions;
import nl.overstap.shared.DutchTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national and regional benchmark data sets (ADR 0018): on top of the demo region, whole regions
 * ("Regio 01" ... "Regio 35") with coaching, partner, coordinating and employer organisations, their
 * accounts (password {@code overstap-demo}), youths with trajectories in every phase and closed ones
 * with outcomes, contacts, phase history, scans, plans with partner actions and the consents behind
 * them, escalations, places, matches with follow-up, signals and a year of access log. Everything is
 * set-based SQL ({@link NationalSql}), deterministic from the seed, in the caller's transaction, one
 * logged stage at a time.
 *
 * <p>Per-row triggers are the cost of a bulk load: the foreign-key checks and the match-pool triggers
 * (V0024, one pool refresh per trajectory, scan and scan score row). On a superuser connection (the
 * embedded database) the load runs with {@code session_replication_role = replica}, which skips them
 * for this transaction only; afterwards every foreign key of the schema is checked set-based and the
 * pool is rebuilt with the migration's own refresh function for every youth in Match, which is exactly
 * the state the triggers would have produced. Unique, check and not-null constraints always apply.
 */
@Component
class NationalDataSet {

    private static final Logger LOG = LoggerFactory.getLogger(NationalDataSet.class);
    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*\\n");

    /** The size of a bulk set. Coaches are spread over the regions; employers are per region. */
    record Shape(
            int regions, int youths, int coaches, int employersPerRegion, int places, int contacts, int accessLog) {

        static final Shape NATIONAL = new Shape(35, 400_000, 6_000, 20, 50_000, 10_000_000, 20_000_000);
        static final Shape REGIONAL = new Shape(2, 24_000, 360, 20, 3_000, 600_000, 1_200_000);

        Shape {
            if (regions < 1
                    || youths < 8 * regions
                    || coaches < regions
                    || places < regions
                    || employersPerRegion < 1) {
                throw new IllegalArgumentException("shape too small: " + regions + " regions, " + youths + " youths");
            }
        }
    }

    /** Rows per table after the run (all regions of the database, including the demo region). */
    record Summary(Duration took, Map<String, Long> stages, Map<String, Long> rows) {}

    private static final List<String> COUNTED = List.of(
            "organisation",
            "account",
            "youth",
            "trajectory",
            "phase_change",
            "contact",
            "scan",
            "scan_score",
            "plan_goal",
            "plan_action",
            "consent_record",
            "escalation",
            "place",
            "match_proposal",
            "followup_placement",
            "signal",
            "match_pool",
            "access_log");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final AccessLogPartitions partitions;
    private final Clock clock;

    NationalDataSet(JdbcClient jdbc, PasswordEncoder passwordEncoder, AccessLogPartitions partitions, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.partitions = partitions;
        this.clock = clock;
    }

    /**
     * Generates one bulk set. {@code regionPrefix} names the regions ("Regio" gives "Regio 01"),
     * {@code userPrefix} goes before every username (empty for the benchmark accounts), so a small
     * test set can live next to other data.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Summary generate(Shape shape, long seed, String regionPrefix, String userPrefix) {
        long started = System.nanoTime();
        Instant now = Instant.now(clock);
        LocalDate today = DutchTime.today(clock);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ns", seed + "/" + regionPrefix + "/" + userPrefix);
        params.put("seed", seed);
        params.put("prefix", regionPrefix);
        params.put("users", userPrefix);
        params.put("regions", shape.regions());
        params.put("youths", shape.youths());
        params.put("coaches", shape.coaches());
        params.put("employers", shape.employersPerRegion());
        params.put("places", shape.places());
        params.put("contacts", shape.contacts());
        params.put("access", shape.accessLog());
        params.put("today", today);
        params.put("now", Timestamp.from(now));
        params.put("hash", passwordEncoder.encode(DemoRegion.PASSWORD)); // once, bound everywhere
        params.put("given", arrayLiteral(DemoNames.GIVEN));
        params.put("family", arrayLiteral(DemoNames.FAMILY));
        params.put("notes", arrayLiteral(DemoNames.NOTES));
        LOG.info("Bulk data set {} ({}) starts: {}", regionPrefix, userPrefix.isEmpty() ? "-" : userPrefix, shape);

        Map<String, Long> stages = new LinkedHashMap<>();
        // As superuser (the embedded database), the per-row foreign-key and match-pool triggers are
        // skipped for this transaction (replica role); the keys are verified and the pool rebuilt below.
        stage(stages, "settings", params, """
                set local work_mem = '256MB';
                set local maintenance_work_mem = '512MB';
                set local synchronous_commit = off;
                select set_config('session_replication_role', 'replica', true)
                  from pg_roles where rolname = current_user and rolsuper
                """);
        stage(stages, "functions", params, NationalSql.ID_FUNCTION);
        stage(stages, "functions (contact times)", params, NationalSql.CONTACT_AT_FUNCTION);
        stage(stages, "organisations", params, NationalSql.ORGANISATIONS);
        stage(stages, "accounts", params, NationalSql.ACCOUNTS);
        stage(stages, "covenants", params, NationalSql.COVENANTS);
        stage(stages, "plan", params, NationalSql.plan());
        stage(stages, "youths", params, NationalSql.YOUTHS);
        stage(stages, "trajectories and phase history", params, NationalSql.TRAJECTORIES);
        stage(stages, "contacts", params, NationalSql.CONTACTS);
        stage(stages, "scans", params, NationalSql.SCANS);
        stage(stages, "plans, consents and escalations", params, NationalSql.plans());
        stage(stages, "places", params, NationalSql.PLACES);
        stage(stages, "matches and follow-up", params, NationalSql.MATCHES);
        stage(stages, "match pool", params, NationalSql.MATCH_POOL);
        stage(stages, "signals", params, NationalSql.SIGNALS);
        long partitionsStarted = System.nanoTime();
        int created = partitions.ensure(today.minusDays(370), today.plusMonths(partitions.monthsAhead()));
        stages.put("access-log partitions", elapsed(partitionsStarted));
        LOG.info("Bulk stage access-log partitions: {} created", created);
        stage(stages, "access log", params, NationalSql.ACCESS_LOG);
        stage(stages, "foreign keys verified", params, NationalSql.VERIFY_FOREIGN_KEYS);
        stage(stages, "triggers back on", params, """
                select set_config('session_replication_role', 'origin', true)
                  from pg_roles where rolname = current_user and rolsuper
                """);
        stage(stages, "analyze", params, "analyze");
        Map<String, Long> rows = counts();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("Bulk data set {} generated in {} s: rows {}", regionPrefix, took.toSeconds(), rows);
        return new Summary(took, stages, rows);
    }

    private void stage(Map<String, Long> stages, String name, Map<String, Object> params, String sql) {
        long started = System.nanoTime();
        for (String statement : statements(sql)) {
            if (statement.strip().startsWith("select")) {
                jdbc.sql(statement).params(params).query().listOfRows();
            } else if (!statement.isBlank()) {
                jdbc.sql(statement).params(params).update();
            }
        }
        long millis = elapsed(started);
        stages.put(name, millis);
        LOG.info("Bulk stage {}: {} ms", name, millis);
    }

    private Map<String, Long> counts() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : COUNTED) {
            // the table names are the fixed list above, never input
            rows.put(
                    table,
                    jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return rows;
    }

    private static long elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
    }

    /** The statements of a stage: split at a semicolon that ends a line, never inside a $$ body. */
    static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        boolean inBody = false;
        int start = 0;
        for (int i = 0; i < sql.length(); i++) {
            if (sql.startsWith("$$", i)) {
                inBody = !inBody;
                i++;
            } else if (!inBody
                    && sql.charAt(i) == ';'
                    && STATEMENT_END.matcher(sql).region(i, sql.length()).lookingAt()) {
                statements.add(sql.substring(start, i));
                start = i + 1;
            }
        }
        statements.add(sql.substring(start));
        return statements.stream().filter(s -> !s.isBlank()).toList();
    }

    /** A PostgreSQL text[] literal of the values, each quoted. */
    static String arrayLiteral(Collection<String> values) {
        List<String> quoted = new ArrayList<>();
        for (String value : values) {
            quoted.add('"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        return "{" + String.join(",", quoted) + "}";
    }
}
