package nl.overstap.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.support.IntegrationTest;
import nl.overstap.trajectory.StartTrajectoryForm;
import nl.overstap.trajectory.Trajectories;
import nl.overstap.youth.Registration;
import nl.overstap.youth.YouthForm;
import nl.overstap.youth.YouthRegistration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.MapBindingResult;

/** Imports of real-world list files on the real database: every row accounted for, no duplicates, all or nothing. */
@IntegrationTest
class ListImportIntegrationTest {

    @Autowired
    ListImports imports;

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    YouthRegistration registration;

    @Autowired
    Trajectories trajectories;

    @Autowired
    RejectedRowsRetention retention;

    private final long seed = System.nanoTime() % 1_000_000L;
    private final LocalDate today = LocalDate.now();

    @AfterEach
    void repair() {
        jdbc.sql("drop trigger if exists import_row_broken on signal_import_row")
                .update();
        jdbc.sql("drop function if exists import_row_broken()").update();
        jdbc.sql("drop trigger if exists import_log_broken on access_log").update();
        jdbc.sql("drop function if exists import_log_broken()").update();
    }

    @Test
    void withoutAnAccessLogRowThereIsNoImport() {
        jdbc.sql("""
                        create function import_log_broken() returns trigger language plpgsql as $$
                        begin raise exception 'access log unavailable'; end; $$""").update();
        jdbc.sql("create trigger import_log_broken before insert on access_log for each row"
                        + " execute function import_log_broken()")
                .update();
        byte[] csv = ListFiles.rmcList(20, seed + 31).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> imports.importList(
                        coordinator(),
                        ListImportKind.EARLY_SCHOOL_LEAVERS,
                        "log.csv",
                        () -> new ByteArrayInputStream(csv)))
                .hasStackTraceContaining("access log unavailable");

        assertThat(jdbc.sql("select count(*) from signal_import where file_sha256 = :sha")
                        .param("sha", sha256(csv))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from signal where family_name like :prefix")
                        .param("prefix", "Achternaam" + (seed + 31) + "x%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void readsAWindows1252ListWithQuotedLineBreaksEmptyLinesAndExcelMangledBsns() {
        String zeroBsn = ListFiles.bsnWithLeadingZero(seed + 11);
        String csv = ListFiles.RMC_HEADER + "\r\n"
                + ListFiles.rmcRow(zeroBsn.substring(1), "Öztürk" + seed, "Ayşe", birth(19), "Den Haag") + "\r\n"
                + "\r\n"
                + ";;;;;;;;;;;;\r\n"
                + "\"" + ListFiles.bsnFrom(seed * 3 + 1) + "\";\"Çelik" + seed + "\";;\"Gül\";" + birth(17)
                + ";2612 AB;3;Delft;;;;01-10-2026;\"Eerste regel\r\ntweede; regel\"\r\n"
                + ListFiles.rmcRow("123456789", "Fout" + seed, "Jan", "31-02-2007", "Amsterdam") + "\r\n";
        byte[] bytes = csv.replace("Ayşe", "Ayse").getBytes(CsvListReader.WINDOWS_1252);

        ListImports.Imported result = imported(ListImportKind.EARLY_SCHOOL_LEAVERS, bytes);

        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.empty()).isEqualTo(2);
        assertThat(familyNames(result.importId())).containsExactly("Çelik" + seed, "Öztürk" + seed);
        assertThat(jdbc.sql("select reason from signal where import_id = :id and family_name like 'Çelik%'")
                        .param("id", result.importId())
                        .query(String.class)
                        .single())
                .isEqualTo("Eerste regel\r\ntweede; regel");
        assertThat(jdbc.sql("select encoding from signal_import where id = :id")
                        .param("id", result.importId())
                        .query(String.class)
                        .single())
                .isEqualTo("Windows-1252");
        List<String> reasons = jdbc.sql(
                        "select unnest(reasons) from signal_import_row where import_id = :id and outcome = 'REJECTED'")
                .param("id", result.importId())
                .query(String.class)
                .list();
        assertThat(reasons)
                .anySatisfy(r -> assertThat(r).startsWith("bsn: dit BSN bestaat niet"))
                .anySatisfy(r -> assertThat(r).contains("\"31-02-2007\" is geen bestaande datum"))
                .anySatisfy(r -> assertThat(r).contains("\"Amsterdam\" is geen gemeente van deze regio"));
    }

    @Test
    void readsUtf8WithBomAndCommasAndRoutesEveryNewSignalWithADeadline() {
        String csv = "\uFEFFbsn,ACHTERNAAM,voornaam,geb. datum,woongemeente,einddatum,Zorgaanbieder\n"
                + ListFiles.bsnFrom(seed * 5 + 2) + ",Öztürk" + seed + ",Emre," + birth(18) + ",Zoetermeer,"
                + today.plusDays(10).format(ListFiles.DUTCH) + ",\"Jeugdhulp, Haaglanden\"\n";
        ListImports.Imported result = imported(ListImportKind.YOUTH_CARE_18, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(result.accepted()).isEqualTo(1);
        var signal = jdbc.sql("""
                        select family_name, reporter_name, urgency, status, assigned_organisation_id is not null as owned,
                               first_contact_due > signalled_on as due, source from signal where import_id = :id""").param("id", result.importId()).query().singleRow();
        assertThat(signal)
                .containsEntry("family_name", "Öztürk" + seed)
                .containsEntry("reporter_name", "Jeugdhulp, Haaglanden")
                .containsEntry("urgency", "HIGH")
                .containsEntry("status", "OPEN")
                .containsEntry("owned", true)
                .containsEntry("due", true)
                .containsEntry("source", "YOUTH_CARE_18");
    }

    @Test
    void reimportingTheSameFileOrAnOverlappingListCreatesNoDuplicates() {
        byte[] first = ListFiles.rmcList(50, seed).getBytes(StandardCharsets.UTF_8);
        ListImports.Imported once = imported(ListImportKind.EARLY_SCHOOL_LEAVERS, first);
        ListImports.Imported twice = imported(ListImportKind.EARLY_SCHOOL_LEAVERS, first);

        assertThat(once.accepted()).isEqualTo(50);
        assertThat(twice.accepted()).isZero();
        assertThat(twice.matched()).isEqualTo(50);
        assertThat(signalsOf(twice.importId())).isZero();

        // next month: the last 25 again (without BSN this time, names in another case), plus 25 new people
        String[] lines = new String(first, StandardCharsets.UTF_8).split("\r\n");
        StringBuilder next = new StringBuilder(ListFiles.RMC_HEADER).append("\n");
        for (int i = 26; i <= 50; i++) {
            String[] fields = lines[i].split(";", -1);
            fields[0] = "";
            fields[1] = fields[1].toUpperCase(java.util.Locale.ROOT);
            next.append(String.join(";", fields)).append("\n");
        }
        next.append(ListFiles.rmcList(25, seed + 1).substring(ListFiles.RMC_HEADER.length() + 2));
        ListImports.Imported overlap =
                imported(ListImportKind.EARLY_SCHOOL_LEAVERS, next.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(overlap.matched()).isEqualTo(25);
        assertThat(overlap.accepted()).isEqualTo(25);
        assertThat(jdbc.sql(
                                "select count(*) from signal_import_row where import_id = :id and match_kind = 'OPEN_SIGNAL'")
                        .param("id", overlap.importId())
                        .query(Long.class)
                        .single())
                .isEqualTo(25);
    }

    @Test
    void theSamePersonTwiceInOneFileIsOneSignal() {
        String row = ListFiles.rmcRow(ListFiles.bsnFrom(seed * 7 + 3), "Dubbel" + seed, "Sam", birth(20), "Westland");
        byte[] csv = (ListFiles.RMC_HEADER + "\n" + row + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8);
        ListImports.Imported result = imported(ListImportKind.EARLY_SCHOOL_LEAVERS, csv);
        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.matched()).isEqualTo(1);
        assertThat(signalsOf(result.importId())).isEqualTo(1);
    }

    @Test
    void aBsnOfAYouthInATrajectoryIsLinkedToThatTrajectoryAndLogged() {
        String bsn = ListFiles.bsnFrom(seed * 13 + 5);
        CurrentUser coach = logins.currentUser("coach");
        YouthForm form = new YouthForm(
                "Bekend",
                "Traject" + seed,
                null,
                birth(20),
                "DEN_HAAG",
                "2511 AB",
                null,
                null,
                bsn,
                "EARLY_SCHOOL_LEAVER",
                "NO",
                null,
                null,
                null,
                null,
                null,
                true);
        Registration registered = registration.register(coach, form, new MapBindingResult(new HashMap<>(), "y"));
        UUID youthId = ((Registration.Registered) registered).youthId();
        UUID trajectoryId = trajectories.start(
                coach,
                youthId,
                new StartTrajectoryForm(
                        trajectories.programmes().get(0).id(), coach.id(), today.format(ListFiles.DUTCH)),
                new MapBindingResult(new HashMap<>(), "t"));

        byte[] csv = (ListFiles.RMC_HEADER + "\n"
                        + ListFiles.rmcRow(bsn, "Anders" + seed, "Bekend", birth(20), "Den Haag") + "\n")
                .getBytes(StandardCharsets.UTF_8);
        ListImports.Imported result = imported(ListImportKind.EARLY_SCHOOL_LEAVERS, csv);

        assertThat(result.matched()).isEqualTo(1);
        var signal = jdbc.sql("select status, youth_id, trajectory_id from signal where import_id = :id")
                .param("id", result.importId())
                .query()
                .singleRow();
        assertThat(signal)
                .containsEntry("status", "LINKED")
                .containsEntry("youth_id", youthId)
                .containsEntry("trajectory_id", trajectoryId);
        assertThat(jdbc.sql("select count(*) from access_log where youth_id = :y and event_type = 'LIST'")
                        .param("y", youthId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from access_log where object_id = :id and event_type = 'CREATE'")
                        .param("id", result.importId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aCrashHalfwayLeavesNoHalfImport() {
        jdbc.sql("""
                        create function import_row_broken() returns trigger language plpgsql as $$
                        begin
                          if new.line = 7000 then raise exception 'disk on fire'; end if;
                          return new;
                        end $$""").update();
        jdbc.sql("""
                        create trigger import_row_broken before insert on signal_import_row
                        for each row execute function import_row_broken()""").update();
        byte[] csv = ListFiles.rmcList(9000, seed + 7).getBytes(StandardCharsets.UTF_8);
        String sha = sha256(csv);

        assertThatThrownBy(() -> imports.importList(
                        coordinator(),
                        ListImportKind.EARLY_SCHOOL_LEAVERS,
                        "crash.csv",
                        () -> new ByteArrayInputStream(csv)))
                .hasStackTraceContaining("disk on fire");

        assertThat(jdbc.sql("select count(*) from signal_import where file_sha256 = :sha")
                        .param("sha", sha)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from signal where family_name like :prefix")
                        .param("prefix", "Achternaam" + (seed + 7) + "x%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theFieldsOfRejectedRowsAreRemovedAfterTheRetentionPeriodAndTheReasonsStay() {
        String csv = ListFiles.rmcList(1, seed + 61)
                + ListFiles.rmcRow("111222334", "Bewaar" + seed, "X", birth(19), "Delft") + "\r\n";
        ListImports.Imported old = imported(ListImportKind.EARLY_SCHOOL_LEAVERS, csv.getBytes(StandardCharsets.UTF_8));
        String fresh = ListFiles.rmcList(1, seed + 62)
                + ListFiles.rmcRow("111222334", "Vers" + seed, "X", birth(19), "Delft") + "\r\n";
        ListImports.Imported recent =
                imported(ListImportKind.EARLY_SCHOOL_LEAVERS, fresh.getBytes(StandardCharsets.UTF_8));
        jdbc.sql("update signal_import set imported_at = now() - make_interval(days => :d) where id = :id")
                .param("d", retention.days() + 1)
                .param("id", old.importId())
                .update();

        assertThat(retention.clear(today)).isPositive();

        assertThat(rejectedRow(old.importId(), "raw")).isNull();
        assertThat(rejectedRow(old.importId(), "reasons")).isNotNull();
        assertThat(rejectedRow(recent.importId(), "raw")).contains("Vers" + seed);
        assertThat(retention.clear(today)).as("a second run changes nothing").isZero();
    }

    private @org.jspecify.annotations.Nullable String rejectedRow(UUID importId, String column) {
        return jdbc.sql("select array_to_string(" + column + ", ';') from signal_import_row"
                        + " where import_id = :id and outcome = 'REJECTED'")
                .param("id", importId)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1)))
                .single()
                .orElse(null);
    }

    @Test
    void aHundredThousandRowsAreAllAccountedFor() {
        StringBuilder csv = new StringBuilder(ListFiles.rmcList(100_000, seed + 99));
        csv.append(ListFiles.rmcRow("111222334", "Kapot" + seed, "X", birth(19), "Delft"))
                .append("\r\n");
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        // a region of its own, so the 100k signals do not fill the demo region's queues for other tests
        ListImports.Imported result = imported(coordinatorOfOwnRegion(), ListImportKind.EARLY_SCHOOL_LEAVERS, bytes);

        assertThat(result.rows()).isEqualTo(100_001);
        assertThat(result.accepted()).isEqualTo(100_000);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from signal_import_row where import_id = :id")
                        .param("id", result.importId())
                        .query(Long.class)
                        .single())
                .isEqualTo(100_001);
        assertThat(signalsOf(result.importId())).isEqualTo(100_000);
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWholeAndWritesNothing() {
        long before =
                jdbc.sql("select count(*) from signal_import").query(Long.class).single();
        ListImports.Outcome outcome = imports.importList(
                coordinator(),
                ListImportKind.YOUTH_CARE_18,
                "x.csv",
                () -> new ByteArrayInputStream(ListFiles.RMC_HEADER.getBytes(StandardCharsets.UTF_8)));
        assertThat(outcome)
                .isEqualTo(new ListImports.Refused("signal.import.file.missingColumns", List.of("einddatum zorg")));
        assertThat(jdbc.sql("select count(*) from signal_import")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    private ListImports.Imported imported(ListImportKind kind, byte[] bytes) {
        return imported(coordinator(), kind, bytes);
    }

    private ListImports.Imported imported(CurrentUser user, ListImportKind kind, byte[] bytes) {
        ListImports.Outcome outcome =
                imports.importList(user, kind, "lijst.csv", () -> new ByteArrayInputStream(bytes));
        assertThat(outcome).isInstanceOf(ListImports.Imported.class);
        ListImports.Imported result = (ListImports.Imported) outcome;
        var stored = jdbc.sql("""
                        select rows_accepted, rows_matched, rows_rejected,
                               (select count(*) from signal_import_row r where r.import_id = i.id) as rows
                          from signal_import i where id = :id""").param("id", result.importId()).query().singleRow();
        assertThat(((Number) stored.get("rows")).intValue()).isEqualTo(result.rows());
        assertThat(stored.get("rows_accepted")).isEqualTo(result.accepted());
        return result;
    }

    private CurrentUser coordinator() {
        return logins.currentUser("coordinator");
    }

    /** The demo coordinator, moved (for this import only) to a region of its own. */
    private CurrentUser coordinatorOfOwnRegion() {
        CurrentUser demo = coordinator();
        return new CurrentUser(
                demo.id(),
                demo.username(),
                demo.displayName(),
                demo.role(),
                demo.organisationId(),
                "Testregio " + seed);
    }

    private String birth(int years) {
        return ListFiles.birthDateAged(years, today);
    }

    private long signalsOf(UUID importId) {
        return jdbc.sql("select count(*) from signal where import_id = :id")
                .param("id", importId)
                .query(Long.class)
                .single();
    }

    private List<String> familyNames(UUID importId) {
        return jdbc.sql("select family_name from signal where import_id = :id order by family_name")
                .param("id", importId)
                .query(String.class)
                .list();
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
