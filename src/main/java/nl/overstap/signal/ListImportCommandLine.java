package nl.overstap.signal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Command-line entry: {@code --overstap.import.file=lijst.csv --overstap.import.kind=EARLY_SCHOOL_LEAVERS
 * --overstap.import.account=coordinator [--overstap.import.region=Haaglanden]} imports the file as that
 * coordinator account (it is recorded as the importer and in the access log, with access point
 * "system"), prints the counts and stops the application. A refused file or a failure stops the start
 * with an error, so the exit code is not 0. Only counts and ids are printed, never personal data.
 */
@Component
@ConditionalOnProperty("overstap.import.file")
class ListImportCommandLine implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ListImportCommandLine.class);

    private final ListImports imports;
    private final JdbcClient jdbc;
    private final Environment environment;
    private final ConfigurableApplicationContext context;
    private boolean done;

    ListImportCommandLine(
            ListImports imports, JdbcClient jdbc, Environment environment, ConfigurableApplicationContext context) {
        this.imports = imports;
        this.jdbc = jdbc;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Path file = Path.of(environment.getRequiredProperty("overstap.import.file"));
        ListImportKind kind = ListImports.kindOf(
                        environment.getRequiredProperty("overstap.import.kind").toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new IllegalArgumentException(
                        "overstap.import.kind must be EARLY_SCHOOL_LEAVERS or YOUTH_CARE_18"));
        CurrentUser user = coordinator(environment.getRequiredProperty("overstap.import.account"));
        String region = environment.getProperty("overstap.import.region");
        if (region != null && !region.equals(user.region())) {
            throw new IllegalArgumentException("The account does not belong to region " + region);
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No such file: " + file);
        }
        long started = System.nanoTime();
        ListImports.Outcome outcome =
                imports.importList(user, kind, String.valueOf(file.getFileName()), () -> Files.newInputStream(file));
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (outcome instanceof ListImports.Refused refused) {
            throw new IllegalStateException("The file was refused: " + refused.messageKey() + " " + refused.args());
        }
        ListImports.Imported imported = (ListImports.Imported) outcome;
        LOG.info(
                "List import {}: {} rows, {} accepted, {} matched, {} rejected, {} empty lines, in {} ms",
                imported.importId(),
                imported.rows(),
                imported.accepted(),
                imported.matched(),
                imported.rejected(),
                imported.empty(),
                millis);
        done = true;
    }

    /** After the import the application stops: this is a one-shot command, not a server. */
    @EventListener(ApplicationReadyEvent.class)
    void stop() {
        if (done) {
            context.close();
        }
    }

    private CurrentUser coordinator(String username) {
        return jdbc.sql("""
                        select a.id, a.username, a.display_name, a.organisation_id, o.region
                          from account a join organisation o on o.id = a.organisation_id
                         where lower(a.username) = lower(:username) and a.enabled and a.role = 'COORDINATOR'""")
                .param("username", username)
                .query((rs, n) -> new CurrentUser(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        Role.COORDINATOR,
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("region")))
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("No enabled coordinator account " + username));
    }
}
