package nl.overstap.assessment;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.consent.Grant;
import nl.overstap.consent.YouthAccess;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.DutchTime;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Reading and recording a youth's life-domain scans.
 *
 * <ul>
 *   <li>Reading: whoever the youth access decision gives at least one {@code SCAN_*} category. A
 *       reader sees only the domains whose consent group the grant allows; the others are not even
 *       read from the database. Talents, interests and wishes are about school and work and go
 *       with {@link DataCategory#SCAN_WORK_INCOME}.
 *   <li>Recording a scan: a {@link Role#COACH} whose grant is in their own scope (any coach of the
 *       youth's organisation, like the network). Scans are never changed afterwards: a new
 *       situation is a new scan, so the series stays a true measurement over time.
 * </ul>
 *
 * Every read and change is written to the access log in the same transaction with the categories
 * shown or written; every refusal is logged on its own and answered with the same 404.
 */
@Service
public class Scans {

    static final String OBJECT_TYPE = "scan";
    private static final DataCategory[] SCAN_CATEGORIES = LifeDomain.CATEGORIES.toArray(DataCategory[]::new);

    private final JdbcClient jdbc;
    private final YouthAccess youthAccess;
    private final AccessLog accessLog;
    private final Clock clock;

    Scans(JdbcClient jdbc, YouthAccess youthAccess, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.youthAccess = youthAccess;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * The scans page of one youth: the scans newest first, and over the visible domains the
     * comparison of the first and latest scan, the trend per domain and the Big-5 of the latest.
     */
    public record Overview(
            UUID youthId,
            @Nullable String youthName,
            Grant grant,
            List<LifeDomain> domains,
            List<Scan> scans,
            List<ScanAnalysis.Change> comparison,
            List<TrendChart> trends,
            List<ScanAnalysis.Bucket> big5,
            boolean showsWishes,
            boolean mayCreate) {

        /** The scans oldest first, for the trend table. */
        public List<Scan> oldestFirst() {
            List<Scan> copy = new ArrayList<>(scans);
            java.util.Collections.reverse(copy);
            return copy;
        }
    }

    /** One scan with the domains the reader may see. */
    public record Detail(
            Scan scan, @Nullable String youthName, Grant grant, List<LifeDomain> domains, boolean showsWishes) {}

    /** What became of a new scan: {@code scanId} is null when the form had errors. */
    public record Change(
            UUID youthId, Grant grant, @Nullable UUID scanId) {}

    /** Only a coach working on the youth's own file records a scan. */
    public static boolean mayCreate(CurrentUser user, Grant grant) {
        return user.is(Role.COACH) && grant.ownScope();
    }

    @Transactional
    public Overview overview(CurrentUser user, UUID youthId) {
        Grant grant = youthAccess.require(user, youthId, AccessEventType.READ, SCAN_CATEGORIES);
        List<LifeDomain> domains = LifeDomain.visibleWith(grant.categories());
        boolean showsWishes = grant.allows(DataCategory.SCAN_WORK_INCOME);
        List<Scan> scans = scansOf(youthId, null, domains, showsWishes);
        List<Scan> oldestFirst = new ArrayList<>(scans);
        java.util.Collections.reverse(oldestFirst);
        List<TrendChart> trends = scans.isEmpty()
                ? List.of()
                : domains.stream().map(d -> TrendChart.of(d, oldestFirst)).toList();
        List<ScanAnalysis.Bucket> big5 = scans.isEmpty() ? List.of() : ScanAnalysis.big5(scans.get(0), domains);
        String youthName = grant.allows(DataCategory.BASIC) ? youthName(youthId) : null;
        youthAccess.logAllowed(user, grant, AccessEventType.READ, OBJECT_TYPE, null, shown(domains, youthName != null));
        return new Overview(
                youthId,
                youthName,
                grant,
                domains,
                scans,
                ScanAnalysis.compare(scans, domains),
                trends,
                big5,
                showsWishes,
                mayCreate(user, grant));
    }

    /** One scan; 404 for unknown ids and for readers without any scan category for its youth. */
    @Transactional
    public Detail detail(CurrentUser user, UUID scanId) {
        UUID youthId = jdbc.sql("select youth_id from scan where id = :id")
                .param("id", scanId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> refused(user, AccessEventType.READ, null, scanId));
        Grant grant = youthAccess.require(user, youthId, AccessEventType.READ, SCAN_CATEGORIES);
        List<LifeDomain> domains = LifeDomain.visibleWith(grant.categories());
        boolean showsWishes = grant.allows(DataCategory.SCAN_WORK_INCOME);
        Scan scan = scansOf(youthId, scanId, domains, showsWishes).get(0);
        String youthName = grant.allows(DataCategory.BASIC) ? youthName(youthId) : null;
        youthAccess.logAllowed(
                user, grant, AccessEventType.READ, OBJECT_TYPE, scanId, shown(domains, youthName != null));
        return new Detail(scan, youthName, grant, domains, showsWishes);
    }

    /** The grant of a coach who may record a scan for this youth; 404 otherwise. */
    @Transactional
    public Grant requireCreator(CurrentUser user, UUID youthId) {
        Grant grant = youthAccess.require(user, youthId, AccessEventType.CREATE, SCAN_CATEGORIES);
        if (!mayCreate(user, grant)) {
            throw refused(user, AccessEventType.CREATE, youthId, null);
        }
        return grant;
    }

    @Transactional
    public Change create(CurrentUser user, UUID youthId, ScanForm form, Errors errors) {
        Grant grant = requireCreator(user, youthId);
        ScanValidator.Values values = ScanValidator.validate(form, errors, DutchTime.today(clock));
        if (values == null) {
            return new Change(youthId, grant, null);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into scan (id, youth_id, scan_date, talents, interests, wishes, participants,
                                          created_by, created_at)
                        values (:id, :youth, :date, :talents, string_to_array(:interests, ','), :wishes,
                                string_to_array(:participants, ','), :by, :now)
                        """)
                .param("id", id)
                .param("youth", youthId)
                .param("date", values.scanDate())
                .param("talents", values.talents())
                .param("interests", values.interests().stream().map(Enum::name).collect(Collectors.joining(",")))
                .param("wishes", values.wishes())
                .param(
                        "participants",
                        values.participants().stream().map(Enum::name).collect(Collectors.joining(",")))
                .param("by", user.id())
                .param("now", Timestamp.from(Instant.now(clock)))
                .update();
        for (DomainScore score : values.scores()) {
            jdbc.sql("""
                            insert into scan_score (scan_id, domain, score, goes_well, needed, explanation)
                            values (:scan, :domain, :score, :goesWell, :needed, :explanation)
                            """)
                    .param("scan", id)
                    .param("domain", score.domain().name())
                    .param("score", score.score(), java.sql.Types.SMALLINT)
                    .param("goesWell", score.goesWell())
                    .param("needed", score.needed())
                    .param("explanation", score.explanation())
                    .update();
        }
        youthAccess.logAllowed(user, grant, AccessEventType.CREATE, OBJECT_TYPE, id, LifeDomain.CATEGORIES);
        return new Change(youthId, grant, id);
    }

    /** Whether the youth has at least one scan; for the phase condition, no access decision. */
    boolean hasScan(UUID youthId) {
        return jdbc.sql("select exists (select 1 from scan where youth_id = :youth)")
                .param("youth", youthId)
                .query(Boolean.class)
                .single();
    }

    /**
     * The scans of a youth (or just one), newest first, with the scores of the given domains only:
     * two statements, whatever the number of scans.
     */
    private List<Scan> scansOf(UUID youthId, @Nullable UUID onlyScan, List<LifeDomain> domains, boolean showsWishes) {
        record Head(
                UUID id,
                LocalDate date,
                @Nullable String talents,
                List<Sector> interests,
                @Nullable String wishes,
                List<Participant> participants,
                Instant createdAt) {}
        List<Head> heads = jdbc.sql("""
                        select id, scan_date, participants, created_at,
                               case when :wishes then talents end as talents,
                               case when :wishes then interests end as interests,
                               case when :wishes then wishes end as wishes
                          from scan
                         where youth_id = :youth and (cast(:only as uuid) is null or id = cast(:only as uuid))
                         order by scan_date desc, created_at desc, id
                        """)
                .param("wishes", showsWishes)
                .param("youth", youthId)
                .param("only", onlyScan, java.sql.Types.OTHER)
                .query((rs, n) -> new Head(
                        rs.getObject("id", UUID.class),
                        rs.getObject("scan_date", LocalDate.class),
                        rs.getString("talents"),
                        enums(Sector.class, rs.getArray("interests")),
                        rs.getString("wishes"),
                        enums(Participant.class, rs.getArray("participants")),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<LifeDomain, DomainScore>> scores = new LinkedHashMap<>();
        if (!domains.isEmpty()) {
            jdbc.sql("""
                            select s.scan_id, s.domain, s.score, s.goes_well, s.needed, s.explanation
                              from scan_score s join scan sc on sc.id = s.scan_id
                             where sc.youth_id = :youth and (cast(:only as uuid) is null or sc.id = cast(:only as uuid))
                               and s.domain = any (string_to_array(:domains, ','))
                            """)
                    .param("youth", youthId)
                    .param("only", onlyScan, java.sql.Types.OTHER)
                    .param("domains", domains.stream().map(Enum::name).collect(Collectors.joining(",")))
                    .query((ResultSet rs) -> {
                        int value = rs.getInt("score");
                        Integer score = rs.wasNull() ? null : value;
                        DomainScore domainScore = new DomainScore(
                                LifeDomain.valueOf(rs.getString("domain")),
                                score,
                                rs.getString("goes_well"),
                                rs.getString("needed"),
                                rs.getString("explanation"));
                        scores.computeIfAbsent(
                                        rs.getObject("scan_id", UUID.class), k -> new EnumMap<>(LifeDomain.class))
                                .put(domainScore.domain(), domainScore);
                    });
        }
        return heads.stream()
                .map(h -> new Scan(
                        h.id(),
                        youthId,
                        h.date(),
                        h.talents(),
                        h.interests(),
                        h.wishes(),
                        h.participants(),
                        h.createdAt(),
                        scores.getOrDefault(h.id(), Map.of())))
                .toList();
    }

    private static <E extends Enum<E>> List<E> enums(Class<E> type, @Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((String[]) array.getArray())
                .map(v -> Enum.valueOf(type, v))
                .toList();
    }

    private static Set<DataCategory> shown(List<LifeDomain> domains, boolean withName) {
        Set<DataCategory> shown = EnumSet.noneOf(DataCategory.class);
        domains.forEach(d -> shown.add(d.category()));
        if (withName) {
            shown.add(DataCategory.BASIC);
        }
        return shown;
    }

    /** Logs the refusal in its own transaction and returns the 404 to throw. */
    private NotFoundException refused(
            CurrentUser user, AccessEventType type, @Nullable UUID youthId, @Nullable UUID scanId) {
        accessLog.denied(new AccessEvent(
                type, user, youthId, OBJECT_TYPE, scanId, EnumSet.copyOf(LifeDomain.CATEGORIES), "none"));
        return new NotFoundException();
    }

    /** The name for the page heading; read here so the page needs no second access decision. */
    private String youthName(UUID youthId) {
        return jdbc.sql("""
                        select coalesce(preferred_name, given_names) || ' ' || family_name from youth where id = :id
                        """).param("id", youthId).query(String.class).single();
    }
}
