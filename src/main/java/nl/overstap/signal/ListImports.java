package nl.overstap.signal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.shared.CsvLines;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.DutchTime;
import nl.overstap.shared.Municipality;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import nl.overstap.youth.BsnProtector;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a list in one transaction: the import, every row's outcome and the signals it creates are
 * written together or not at all, with the access-log event in the same transaction. Rows are
 * streamed and written in COPY blocks; what stays in memory is one key per person of the region
 * (to recognise the same person) and one per row of the file.
 *
 * <p>The same person is: the same BSN (keyed hash); or, when either side has no BSN, the same family
 * name with infix, first letter of the given names and date of birth. A row of a person who already
 * has an open signal in the region, or who was already signalled from this source with the same
 * date of leaving school or care, or who is earlier in the same file, is MATCHED to that signal. A
 * row whose BSN belongs to a youth of the region with an open trajectory is MATCHED too: it gets a
 * signal that is immediately LINKED to that trajectory. Everything else valid is ACCEPTED as a new
 * open signal, routed by {@link SignalRouter}.
 */
@Service
public class ListImports {

    static final int REPORT_ROWS = 200;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ListImports.class);

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static final String COPY_SIGNAL = """
            COPY signal (id, region, source, urgency, signalled_on, reason, reporter_account_id, reporter_name,
                         given_names, family_name, date_of_birth, municipality, postcode, house_number, bsn_encrypted,
                         bsn_hash, school, brin, course, deregistered_on, assigned_organisation_id, status,
                         first_contact_due, youth_id, trajectory_id, closed_at, closed_by, import_id, import_row,
                         created_by)
            FROM STDIN""";

    private static final String COPY_ROW = """
            COPY signal_import_row (import_id, line, outcome, match_kind, signal_id, youth_id, raw, reasons)
            FROM STDIN""";

    /** How an import ended, or why the file was refused as a whole. */
    public sealed interface Outcome {}

    /** The import was written. */
    public record Imported(UUID importId, int accepted, int matched, int rejected, int empty) implements Outcome {

        public int rows() {
            return accepted + matched + rejected;
        }
    }

    /** The file as a whole cannot be imported (message key and arguments); nothing was written. */
    public record Refused(String messageKey, List<String> args) implements Outcome {}

    /** One import in the list of imports. */
    public record Summary(
            UUID id,
            ListImportKind kind,
            String fileName,
            OffsetDateTime importedAt,
            String importedBy,
            int accepted,
            int matched,
            int rejected,
            int empty) {}

    /** A row of the report. */
    public record ReportRow(
            int line,
            String outcome,
            @Nullable String matchKind,
            @Nullable String name,
            @Nullable LocalDate dateOfBirth,
            List<String> reasons) {}

    /** The report page of one import. */
    public record Report(
            Summary summary,
            String encoding,
            String separator,
            String sha256,
            List<ReportRow> rejected,
            List<ReportRow> taken) {}

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final BsnProtector bsnProtector;
    private final SignalRouter router;
    private final AccessLog accessLog;
    private final MessageSource messages;
    private final Clock clock;

    ListImports(
            JdbcClient jdbc,
            DataSource dataSource,
            BsnProtector bsnProtector,
            SignalRouter router,
            AccessLog accessLog,
            MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.bsnProtector = bsnProtector;
        this.router = router;
        this.accessLog = accessLog;
        this.messages = messages;
        this.clock = clock;
    }

    /** Only coordinators import lists and read their reports (within their own region). */
    static void requireCoordinator(CurrentUser user) {
        if (!user.is(Role.COORDINATOR)) {
            throw new NotFoundException();
        }
    }

    /**
     * Reads and imports a list. The source is opened twice (once to detect the encoding and hash the
     * bytes, once to read). A refused file writes nothing.
     */
    @Transactional
    public Outcome importList(CurrentUser user, ListImportKind kind, String fileName, ListImportSource source) {
        requireCoordinator(user);
        LocalDate today = LocalDate.now(clock.withZone(DutchTime.ZONE));
        try {
            CsvListReader.Sniffed sniffed = CsvListReader.sniff(source);
            if (sniffed.size() == 0) {
                return new Refused("signal.import.file.empty", List.of());
            }
            if (sniffed.binary()) {
                return new Refused("signal.import.file.notCsv", List.of());
            }
            try (InputStream stream = source.open();
                    CsvListReader reader = CsvListReader.open(stream, sniffed.charset())) {
                CsvListReader.Record headerRecord = reader.header();
                if (headerRecord == null) {
                    return new Refused("signal.import.file.empty", List.of());
                }
                if (headerRecord.problem() != null
                        || headerRecord.fields().stream().anyMatch(f -> f.indexOf('\0') >= 0)) {
                    return new Refused("signal.import.file.notCsv", List.of());
                }
                ImportRowValidator.Header header = ImportRowValidator.header(kind, headerRecord.fields());
                if (!header.usable()) {
                    return new Refused(
                            "signal.import.file.missingColumns",
                            List.of(String.join(
                                    ", ",
                                    header.missing().stream()
                                            .map(ListImportColumn::dutchName)
                                            .toList())));
                }
                return write(user, kind, fileName, sniffed, reader, header, today);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The list could not be read", e);
        }
    }

    private Imported write(
            CurrentUser user,
            ListImportKind kind,
            String fileName,
            CsvListReader.Sniffed sniffed,
            CsvListReader reader,
            ImportRowValidator.Header header,
            LocalDate today)
            throws IOException {
        // one import per region at a time: a second upload of the same list waits and then matches
        jdbc.sql("select pg_advisory_xact_lock(hashtext('signal_import:' || :region))")
                .param("region", user.region())
                .query()
                .singleRow();
        UUID importId = UUID.randomUUID();
        jdbc.sql("""
                        insert into signal_import (id, region, list_kind, file_name, file_sha256, file_size, encoding,
                                                   separator, header, imported_by, rows_accepted, rows_matched,
                                                   rows_rejected, rows_empty)
                        values (:id, :region, :kind, :fileName, :sha, :size, :encoding, :separator,
                                cast(:header as text[]), :user, 0, 0, 0, 0)""")
                .param("id", importId)
                .param("region", user.region())
                .param("kind", kind.name())
                .param("fileName", cut(fileName, 255))
                .param("sha", sniffed.sha256())
                .param("size", sniffed.size())
                .param("encoding", sniffed.encodingName())
                .param("separator", separatorName(reader.separator()))
                .param(
                        "header",
                        ListImportCopy.arrayLiteral(header.names().stream()
                                .map(name -> cut(name.replace("\0", ""), ImportRowValidator.MAX_REASON))
                                .toList()))
                .param("user", user.id())
                .update();

        long started = System.nanoTime();
        Known known = loadKnown(user.region());
        long loaded = System.nanoTime();
        ImportRowValidator validator = new ImportRowValidator(kind, header, today);
        try (ListImportCopier copier = new ListImportCopier(dataSource)) {
            return writeRows(user, kind, importId, reader, validator, copier, started, loaded, known, today);
        }
    }

    private Imported writeRows(
            CurrentUser user,
            ListImportKind kind,
            UUID importId,
            CsvListReader reader,
            ImportRowValidator validator,
            ListImportCopier copier,
            long started,
            long loaded,
            Known known,
            LocalDate today)
            throws IOException {
        ListImportCopy signals = new ListImportCopy(copier, COPY_SIGNAL);
        ListImportCopy rows = new ListImportCopy(copier, COPY_ROW);
        long copying = 0;
        Map<Municipality, Optional<UUID>> owners = new HashMap<>();
        Map<String, UUID> seenInFile = new HashMap<>();
        Set<UUID> matchedYouths = new HashSet<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int accepted = 0;
        int matched = 0;
        int rejected = 0;
        int empty = 0;

        CsvListReader.Record record;
        while ((record = reader.next()) != null) {
            ImportRowValidator.Verdict verdict = validator.check(record);
            if (verdict instanceof ImportRowValidator.Empty) {
                empty++;
            } else if (verdict instanceof ImportRowValidator.Rejected r) {
                rejected++;
                rows.value(importId)
                        .value(r.line())
                        .value("REJECTED")
                        .value(null)
                        .value(null)
                        .value(null);
                rows.value(r.raw()).value(render(r.reasons())).endRow();
            } else if (verdict instanceof ImportRowValidator.Valid v) {
                ImportRow row = v.row();
                String bsnHash = row.bsn() == null ? null : bsnProtector.hash(row.bsn());
                String nameKey = row.nameKey();
                List<String> keys = lookupKeys(bsnHash, nameKey);
                String matchKind = null;
                UUID signalId = null;
                UUID youthId = null;
                for (String key : keys) {
                    if (seenInFile.containsKey(key)) {
                        matchKind = "SAME_FILE";
                        signalId = seenInFile.get(key);
                        break;
                    }
                }
                if (signalId == null) {
                    signalId = known.openSignal(bsnHash, nameKey);
                    matchKind = signalId == null ? null : "OPEN_SIGNAL";
                }
                if (signalId == null) {
                    signalId = known.sameSignal(kind.source(), bsnHash, nameKey, row.eventDate());
                    matchKind = signalId == null ? null : "SAME_SIGNAL";
                }
                if (signalId != null) {
                    matched++;
                } else {
                    Known.Youth youth = bsnHash == null ? null : known.youths.get(bsnHash);
                    boolean linked = youth != null && youth.trajectoryId() != null;
                    youthId = youth == null ? null : youth.id();
                    signalId = UUID.randomUUID();
                    // no routing rule: no owner, so the signal heads the monitor's "zonder eigenaar" list
                    UUID owner = linked
                            ? youth.trajectoryOrganisationId()
                            : owners.computeIfAbsent(
                                            row.municipality(),
                                            m -> router.route(user.region(), m.name(), null, kind.source()))
                                    .orElse(null);
                    writeSignal(
                            signals, user, kind, importId, row, bsnHash, signalId, owner, youth, linked, today, now);
                    if (linked) {
                        matched++;
                        matchKind = "YOUTH";
                    } else {
                        accepted++;
                    }
                }
                if (youthId != null) {
                    matchedYouths.add(youthId);
                }
                for (String key : ownKeys(bsnHash, nameKey)) {
                    seenInFile.putIfAbsent(key, signalId);
                }
                rows.value(importId)
                        .value(row.line())
                        .value(matchKind == null ? "ACCEPTED" : "MATCHED")
                        .value(matchKind)
                        .value(signalId)
                        .value(youthId)
                        .value(null)
                        .value(null)
                        .endRow();
            }
            if (signals.full() || rows.full()) {
                long flushStart = System.nanoTime();
                signals.flush();
                rows.flush();
                copying += System.nanoTime() - flushStart;
            }
        }
        long flushStart = System.nanoTime();
        signals.flush();
        rows.flush();
        copier.finish();
        copying += System.nanoTime() - flushStart;
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "Import {}: known people loaded in {} ms, rows read and matched in {} ms, waited for COPY {} ms",
                    importId,
                    (loaded - started) / 1_000_000,
                    (System.nanoTime() - loaded - copying) / 1_000_000,
                    copying / 1_000_000);
        }

        jdbc.sql("""
                        update signal_import set rows_accepted = :accepted, rows_matched = :matched,
                               rows_rejected = :rejected, rows_empty = :empty
                         where id = :id""")
                .param("accepted", accepted)
                .param("matched", matched)
                .param("rejected", rejected)
                .param("empty", empty)
                .param("id", importId)
                .update();
        String basis = basisOf(kind);
        accessLog.allowed(new AccessEvent(
                AccessEventType.CREATE,
                user,
                null,
                "signal_import",
                importId,
                EnumSet.of(DataCategory.BASIC, DataCategory.CONTACT_DETAILS, DataCategory.SITUATION, DataCategory.BSN),
                basis));
        accessLog.listed(user, matchedYouths, EnumSet.of(DataCategory.BASIC), basis);
        return new Imported(importId, accepted, matched, rejected, empty);
    }

    private void writeSignal(
            ListImportCopy signals,
            CurrentUser user,
            ListImportKind kind,
            UUID importId,
            ImportRow row,
            @Nullable String bsnHash,
            UUID signalId,
            @Nullable UUID owner,
            Known.@Nullable Youth youth,
            boolean linked,
            LocalDate today,
            OffsetDateTime now) {
        signals.value(signalId)
                .value(user.region())
                .value(kind.source().name())
                .value(row.urgency().name())
                .value(today)
                .value(row.reason())
                .value(user.id())
                .value(row.reporter())
                .value(row.givenNames())
                .value(row.familyName())
                .value(row.dateOfBirth())
                .value(row.municipality().name())
                .value(row.postcode())
                .value(row.houseNumber())
                .value(row.bsn() == null ? null : bsnProtector.encrypt(row.bsn()))
                .value(bsnHash)
                .value(row.school())
                .value(row.brin())
                .value(row.course())
                .value(row.eventDate())
                .value(owner)
                .value(linked ? SignalStatus.LINKED.name() : SignalStatus.OPEN.name())
                .value(router.firstContactDue(today, row.urgency()))
                .value(youth == null ? null : youth.id())
                .value(linked ? youth.trajectoryId() : null)
                .value(linked ? now : null)
                .value(linked ? user.id() : null)
                .value(importId)
                .value(row.line())
                .value(user.id())
                .endRow();
    }

    /** The imports of the coordinator's region, newest first. */
    @Transactional(readOnly = true)
    public List<Summary> list(CurrentUser user) {
        requireCoordinator(user);
        return jdbc.sql(SUMMARY + " where i.region = :region order by i.imported_at desc limit 100")
                .param("region", user.region())
                .query(ListImports::summary)
                .list();
    }

    /** The report of one import of the coordinator's region; reading it is logged. */
    @Transactional
    public Report report(CurrentUser user, UUID importId) {
        requireCoordinator(user);
        Summary summary = requireImport(user, importId);
        Map<String, Object> file = jdbc.sql("select encoding, separator, file_sha256 from signal_import where id = :id")
                .param("id", importId)
                .query()
                .singleRow();
        List<ReportRow> rejected = jdbc.sql("""
                        select line, outcome, match_kind, reasons from signal_import_row
                         where import_id = :id and outcome = 'REJECTED' order by line limit :limit""")
                .param("id", importId)
                .param("limit", REPORT_ROWS)
                .query((rs, n) -> new ReportRow(
                        rs.getInt("line"), "REJECTED", null, null, null, textArray(rs.getArray("reasons"))))
                .list();
        List<ReportRow> taken = jdbc.sql("""
                        select r.line, r.outcome, r.match_kind, s.given_names, s.family_name, s.date_of_birth
                          from signal_import_row r left join signal s on s.id = r.signal_id
                         where r.import_id = :id and r.outcome <> 'REJECTED' order by r.line limit :limit""")
                .param("id", importId)
                .param("limit", REPORT_ROWS)
                .query((rs, n) -> new ReportRow(
                        rs.getInt("line"),
                        rs.getString("outcome"),
                        rs.getString("match_kind"),
                        rs.getString("family_name") == null
                                ? null
                                : rs.getString("given_names") + " " + rs.getString("family_name"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        List.of()))
                .list();
        accessLog.allowed(new AccessEvent(
                AccessEventType.READ,
                user,
                null,
                "signal_import",
                importId,
                EnumSet.of(DataCategory.BASIC),
                basisOf(summary.kind())));
        return new Report(
                summary,
                String.valueOf(file.get("encoding")),
                String.valueOf(file.get("separator")),
                String.valueOf(file.get("file_sha256")),
                rejected,
                taken);
    }

    /**
     * Writes the rejected rows as CSV to fix and upload again: the original header plus a column with
     * the reasons, semicolon-separated, UTF-8 with BOM (so Excel opens it correctly), every value that
     * a spreadsheet would read as a formula neutralised. The export is logged.
     */
    @Transactional
    public void writeRejected(CurrentUser user, UUID importId, java.io.Writer out) {
        requireCoordinator(user);
        Summary summary = requireImport(user, importId);
        List<String> header = jdbc.sql("select header from signal_import where id = :id")
                .param("id", importId)
                .query((rs, n) -> textArray(rs.getArray("header")))
                .single();
        try {
            out.write('\uFEFF');
            List<String> headerOut = new ArrayList<>(header);
            headerOut.add(messages.getMessage("signal.import.csv.reasons", null, DUTCH));
            CsvLines.writeLine(out, headerOut);
            jdbc.sql("""
                            select raw, reasons from signal_import_row
                             where import_id = :id and outcome = 'REJECTED' order by line""").param("id", importId).query(rs -> {
                List<String> fields = new ArrayList<>(textArray(rs.getArray("raw")));
                while (fields.size() < header.size()) {
                    fields.add("");
                }
                fields.add(String.join(" | ", textArray(rs.getArray("reasons"))));
                try {
                    CsvLines.writeLine(out, fields);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("The rejected rows could not be written", e);
        }
        accessLog.allowed(new AccessEvent(
                AccessEventType.EXPORT,
                user,
                null,
                "signal_import",
                importId,
                EnumSet.of(DataCategory.BASIC, DataCategory.CONTACT_DETAILS, DataCategory.SITUATION, DataCategory.BSN),
                basisOf(summary.kind())));
    }

    /** Refuses (404) anyone who may not read this import, before a download starts. */
    @Transactional(readOnly = true)
    public void requireReadable(CurrentUser user, UUID importId) {
        requireCoordinator(user);
        requireImport(user, importId);
    }

    private Summary requireImport(CurrentUser user, UUID importId) {
        return jdbc.sql(SUMMARY + " where i.id = :id and i.region = :region")
                .param("id", importId)
                .param("region", user.region())
                .query(ListImports::summary)
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    private static final String SUMMARY = """
            select i.id, i.list_kind, i.file_name, i.imported_at, a.display_name, i.rows_accepted, i.rows_matched,
                   i.rows_rejected, i.rows_empty
              from signal_import i join account a on a.id = i.imported_by""";

    private static Summary summary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Summary(
                rs.getObject("id", UUID.class),
                ListImportKind.valueOf(rs.getString("list_kind")),
                rs.getString("file_name"),
                rs.getObject("imported_at", OffsetDateTime.class),
                rs.getString("display_name"),
                rs.getInt("rows_accepted"),
                rs.getInt("rows_matched"),
                rs.getInt("rows_rejected"),
                rs.getInt("rows_empty"));
    }

    private static List<String> textArray(java.sql.@Nullable Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> texts = new ArrayList<>(values.length);
        for (Object value : values) {
            texts.add(value == null ? "" : value.toString());
        }
        return texts;
    }

    /**
     * Keys under which earlier rows of the file may have been this person: the same BSN, or the same
     * name and birth date when one of the two rows has no BSN ("n:" rows without, "nb:" rows with a BSN).
     */
    private static List<String> lookupKeys(@Nullable String bsnHash, String nameKey) {
        return bsnHash == null ? List.of("n:" + nameKey, "nb:" + nameKey) : List.of("b:" + bsnHash, "n:" + nameKey);
    }

    /** The keys this row is remembered under for later rows of the file. */
    private static List<String> ownKeys(@Nullable String bsnHash, String nameKey) {
        return bsnHash == null ? List.of("n:" + nameKey) : List.of("b:" + bsnHash, "nb:" + nameKey);
    }

    static String basisOf(ListImportKind kind) {
        return switch (kind) {
            case EARLY_SCHOOL_LEAVERS -> "statute:RMC_EARLY_SCHOOL_LEAVERS";
            case YOUTH_CARE_18 -> "statute:JEUGDWET";
        };
    }

    private List<String> render(List<ImportRowValidator.Reason> reasons) {
        List<String> texts = new ArrayList<>(reasons.size());
        for (ImportRowValidator.Reason reason : reasons) {
            String text = messages.getMessage(
                    "signal.import.reason." + reason.key(), reason.args().toArray(), reason.key(), DUTCH);
            texts.add(reason.column().isEmpty() ? text : reason.column() + ": " + text);
        }
        return texts;
    }

    private static String separatorName(char separator) {
        return switch (separator) {
            case ',' -> "comma";
            case '\t' -> "tab";
            default -> "semicolon";
        };
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** The people of the region the import must recognise, loaded once per import. */
    private Known loadKnown(String region) {
        Known known = new Known();
        jdbc.sql("""
                        select id, status, source, bsn_hash, family_name, given_names, date_of_birth, deregistered_on
                          from signal where region = :region""")
                .param("region", region)
                .query((rs, n) -> {
                    known.addSignal(
                            rs.getObject("id", UUID.class),
                            "OPEN".equals(rs.getString("status")),
                            rs.getString("source"),
                            rs.getString("bsn_hash"),
                            rs.getString("family_name"),
                            rs.getString("given_names"),
                            rs.getObject("date_of_birth", LocalDate.class),
                            rs.getObject("deregistered_on", LocalDate.class));
                    return null;
                })
                .list();
        jdbc.sql("""
                        select y.id, y.bsn_hash, t.id as trajectory_id, t.organisation_id as trajectory_organisation_id
                          from youth y
                          join organisation o on o.id = y.organisation_id
                          left join lateral (select t.id, t.organisation_id from trajectory t
                                              where t.youth_id = y.id and t.phase <> 'CLOSED'
                                              order by t.start_date desc limit 1) t on true
                         where o.region = :region and y.bsn_hash is not null""")
                .param("region", region)
                .query((rs, n) -> {
                    known.youths.put(
                            rs.getString("bsn_hash"),
                            new Known.Youth(
                                    rs.getObject("id", UUID.class),
                                    rs.getObject("trajectory_id", UUID.class),
                                    rs.getObject("trajectory_organisation_id", UUID.class)));
                    return null;
                })
                .list();
        return known;
    }

    /** In-memory index of the region's signals and BSN-known youths. */
    static final class Known {

        record Youth(
                UUID id,
                @Nullable UUID trajectoryId,
                @Nullable UUID trajectoryOrganisationId) {}

        final Map<String, UUID> openByBsn = new HashMap<>();
        final Map<String, UUID> openByNameWithoutBsn = new HashMap<>();
        final Map<String, UUID> openByName = new HashMap<>();
        final Map<String, UUID> factByBsn = new HashMap<>();
        final Map<String, UUID> factByNameWithoutBsn = new HashMap<>();
        final Map<String, UUID> factByName = new HashMap<>();
        final Map<String, Youth> youths = new HashMap<>();

        void addSignal(
                UUID id,
                boolean open,
                String source,
                @Nullable String bsnHash,
                @Nullable String familyName,
                @Nullable String givenNames,
                @Nullable LocalDate dateOfBirth,
                @Nullable LocalDate eventDate) {
            String nameKey = familyName == null || givenNames == null || dateOfBirth == null
                    ? null
                    : ImportRow.nameKey(familyName, givenNames, dateOfBirth);
            String fact = source + "|" + eventDate + "|";
            if (bsnHash != null) {
                if (open) {
                    openByBsn.putIfAbsent(bsnHash, id);
                }
                factByBsn.putIfAbsent(fact + bsnHash, id);
            }
            if (nameKey != null) {
                if (open) {
                    openByName.putIfAbsent(nameKey, id);
                    if (bsnHash == null) {
                        openByNameWithoutBsn.putIfAbsent(nameKey, id);
                    }
                }
                factByName.putIfAbsent(fact + nameKey, id);
                if (bsnHash == null) {
                    factByNameWithoutBsn.putIfAbsent(fact + nameKey, id);
                }
            }
        }

        /** An open signal of the same person: by BSN, or by name and birth date where one side has no BSN. */
        @Nullable
        UUID openSignal(@Nullable String bsnHash, String nameKey) {
            if (bsnHash == null) {
                return openByName.get(nameKey);
            }
            UUID byBsn = openByBsn.get(bsnHash);
            return byBsn != null ? byBsn : openByNameWithoutBsn.get(nameKey);
        }

        /** A signal (open or closed) of the same person from the same source about the same event. */
        @Nullable
        UUID sameSignal(SignalSource source, @Nullable String bsnHash, String nameKey, LocalDate eventDate) {
            String fact = source.name() + "|" + eventDate + "|";
            if (bsnHash == null) {
                return factByName.get(fact + nameKey);
            }
            UUID byBsn = factByBsn.get(fact + bsnHash);
            return byBsn != null ? byBsn : factByNameWithoutBsn.get(fact + nameKey);
        }
    }

    static Optional<ListImportKind> kindOf(@Nullable String value) {
        for (ListImportKind kind : ListImportKind.values()) {
            if (kind.name().equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
