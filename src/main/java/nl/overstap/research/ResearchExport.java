package nl.overstap.research;

import java.io.IOException;
import java.io.Writer;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.overstap.assessment.LifeDomain;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.identity.ResearchPartners;
import nl.overstap.shared.CsvLines;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.DutchTime;
import nl.overstap.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pseudonymised record-level export for research partners: one CSV row per trajectory that
 * started in the period at a coaching organisation of the user's region (every region for a
 * national account). One SQL statement, read as a stream with a fetch size and written row by row,
 * so a national export never sits in memory. Before the first byte, the same transaction writes one
 * export event for the user and one access-log row per youth in the export (set-based); when that
 * fails nothing is sent. The transaction is repeatable read, so the log and the rows see the same
 * trajectories.
 *
 * <p>What a row holds and what it never holds is written down in ADR 0017 and on the page.
 */
@Service
public class ResearchExport {

    /** The region value of a national account: every region. */
    static final String NATIONAL = "NL";

    /** The legal basis recorded in the access log. */
    static final String LEGAL_BASIS = "research:pseudonymised";

    static final String OBJECT_TYPE = "research_export";

    /** What the export touches, as the access log records it (no contact details, no notes, no BSN). */
    static final Set<DataCategory> CATEGORIES = Set.copyOf(EnumSet.of(
            DataCategory.BASIC,
            DataCategory.TRAJECTORY,
            DataCategory.CONTACT_NOTES,
            DataCategory.SCAN_WORK_INCOME,
            DataCategory.SCAN_HOUSING,
            DataCategory.SCAN_HEALTH,
            DataCategory.SCAN_JUSTICE,
            DataCategory.SCAN_SOCIAL,
            DataCategory.PLAN));

    private static final Logger LOG = LoggerFactory.getLogger(ResearchExport.class);
    private static final int FETCH_SIZE = 2000;
    private static final List<String> OPEN_PHASES = List.of("SCOUT", "SCAN", "MATCH", "BORG");
    private static final List<String> HEADER = header();

    /**
     * One statement for the whole export. {@code scoped} holds the cheap columns of every trajectory
     * in scope (materialised once), {@code groups} counts the quasi-identifier combinations, and
     * the laterals each read one trajectory or youth through an index.
     */
    private static final String QUERY = """
            with scoped as materialized (
                select t.id, t.youth_id, t.organisation_id, t.programme_id, t.start_date, t.phase, t.outcome,
                       t.end_reason, t.closed_at, t.satisfaction_score, t.would_recommend, y.municipality,
                       cast(date_part('year', age(t.start_date, y.date_of_birth)) as integer) as age,
                       coalesce(cast(t.closed_at at time zone :zone as date), :today) as end_date
                  from trajectory t
                  join organisation o on o.id = t.organisation_id
                  join youth y on y.id = t.youth_id
                 where t.start_date >= :from and t.start_date < :until
                   and (:all or o.region = :region)),
            groups as (
                select municipality, age, date_trunc('month', start_date) as month, count(*) as n
                  from scoped group by 1, 2, 3)
            select s.id, s.youth_id, s.age, s.municipality, g.n as group_size, p.code as programme,
                   o.name as organisation, to_char(s.start_date, 'YYYY-MM') as start_month,
                   greatest(ph.furthest, array_position(cast(:phases as text[]), s.phase)) as furthest,
                   s.phase, s.outcome, s.end_reason,
                   to_char(s.closed_at at time zone :zone, 'YYYY-MM') as closing_month,
                   s.end_date - s.start_date as days,
                   pl.place_kind,
                   case when pl.started_on is not null
                        then cast(date_part('year', age(pl.started_on, s.start_date)) * 12
                                  + date_part('month', age(pl.started_on, s.start_date)) as integer) end
                        as months_to_place,
                   case when pl.started_on is null or pl.started_on + interval '6 months' > :today then null
                        else coalesce(pl.held_6_months,
                                      pl.ended_on is null or pl.ended_on >= pl.started_on + interval '6 months') end
                        as held6,
                   case when pl.started_on is null or pl.started_on + interval '12 months' > :today then null
                        else coalesce(pl.held_12_months,
                                      pl.ended_on is null or pl.ended_on >= pl.started_on + interval '12 months') end
                        as held12,
                   c.contacts, c.off_hours,
                   first_scan.scores as first_scores, last_scan.scores as last_scores,
                   case when last_scan.scan_date is not null
                        then cast(date_part('year', age(last_scan.scan_date, first_scan.scan_date)) * 12
                                  + date_part('month', age(last_scan.scan_date, first_scan.scan_date)) as integer) end
                        as months_between_scans,
                   pa.actions, pa.on_time, es.escalations,
                   s.satisfaction_score, s.would_recommend
              from scoped s
              join groups g on g.municipality = s.municipality and g.age = s.age
                           and g.month = date_trunc('month', s.start_date)
              join organisation o on o.id = s.organisation_id
              join programme p on p.id = s.programme_id
              left join lateral (
                  select max(array_position(cast(:phases as text[]), pc.to_phase)) as furthest
                    from phase_change pc where pc.trajectory_id = s.id) ph on true
              left join lateral (
                  select f.place_kind, f.started_on, f.ended_on, f.held_6_months, f.held_12_months
                    from followup_placement f where f.trajectory_id = s.id
                   order by f.started_on, f.created_at limit 1) pl on true
              left join lateral (
                  select count(*) as contacts,
                         count(*) filter (where extract(isodow from c.occurred_at at time zone :zone) >= 6
                                             or extract(hour from c.occurred_at at time zone :zone) < 8
                                             or extract(hour from c.occurred_at at time zone :zone) >= 18) as off_hours
                    from contact c where c.trajectory_id = s.id and c.corrects_id is null) c on true
              left join lateral (
                  select sc.id, sc.scan_date,
                         array(select ss.score from unnest(cast(:domains as text[])) with ordinality as d(domain, i)
                                 left join scan_score ss on ss.scan_id = sc.id and ss.domain = d.domain
                                order by d.i) as scores
                    from scan sc
                   where sc.youth_id = s.youth_id and sc.scan_date between s.start_date and s.end_date
                   order by sc.scan_date, sc.created_at limit 1) first_scan on true
              left join lateral (
                  select sc.scan_date,
                         array(select ss.score from unnest(cast(:domains as text[])) with ordinality as d(domain, i)
                                 left join scan_score ss on ss.scan_id = sc.id and ss.domain = d.domain
                                order by d.i) as scores
                    from scan sc
                   where sc.youth_id = s.youth_id and sc.scan_date between s.start_date and s.end_date
                     and sc.id <> first_scan.id
                   order by sc.scan_date desc, sc.created_at desc limit 1) last_scan on true
              left join lateral (
                  select count(*) as actions,
                         count(*) filter (where a.status = 'DONE'
                                            and cast(coalesce(a.updated_at, a.created_at) at time zone :zone as date)
                                                <= a.due_date) as on_time
                    from plan_action a
                   where a.youth_id = s.youth_id
                     and cast(a.created_at at time zone :zone as date) between s.start_date and s.end_date) pa on true
              left join lateral (
                  select count(*) as escalations
                    from escalation e
                   where e.youth_id = s.youth_id
                     and cast(e.raised_at at time zone :zone as date) between s.start_date and s.end_date) es on true
            """;

    private final JdbcClient streaming;
    private final ResearchPartners partners;
    private final AccessLog accessLog;
    private final Clock clock;

    ResearchExport(DataSource dataSource, ResearchPartners partners, AccessLog accessLog, Clock clock) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.streaming = JdbcClient.create(template);
        this.partners = partners;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** May this user use the research export? Only a research partner; anyone else gets a 404. */
    public void requirePartner(CurrentUser user) {
        if (!partners.isResearchPartner(user)) {
            throw new NotFoundException();
        }
    }

    /** The column names of the CSV, in order. */
    static List<String> header() {
        List<String> columns = new ArrayList<>(List.of(
                "pseudoniem",
                "leeftijd_bij_start",
                "gemeente",
                "programma",
                "organisatie",
                "startmaand",
                "verste_fase",
                "huidige_fase",
                "uitstroom",
                "eindreden",
                "afsluitmaand",
                "maanden_tot_eerste_plek",
                "soort_plek",
                "plek_na_6_maanden",
                "plek_na_12_maanden",
                "aantal_contacten",
                "contacten_per_maand",
                "pct_contacten_buiten_kantoortijd"));
        for (LifeDomain domain : LifeDomain.values()) {
            columns.add("scan_eerste_" + domain.name().toLowerCase(Locale.ROOT));
        }
        for (LifeDomain domain : LifeDomain.values()) {
            columns.add("scan_laatste_" + domain.name().toLowerCase(Locale.ROOT));
        }
        columns.addAll(List.of(
                "maanden_tussen_scans",
                "aantal_acties",
                "acties_op_tijd_klaar",
                "aantal_escalaties",
                "tevredenheid_cijfer",
                "zou_aanraden"));
        return List.copyOf(columns);
    }

    /** What one export wrote. */
    record Written(UUID exportId, int youths, long trajectories) {}

    /**
     * Logs and writes the export for {@code period} to {@code out} (UTF-8 with a BOM, {@code ;}).
     * The access log is written before the first byte; if it fails, nothing is written. If the
     * download breaks off half-way, the log rows are kept (committed), since part of the file may
     * have arrived.
     */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public Written write(CurrentUser user, ExportPeriod period, Writer out) {
        requirePartner(user);
        UUID exportId = UUID.randomUUID();
        boolean national = NATIONAL.equals(user.region());
        accessLog.allowed(
                new AccessEvent(AccessEventType.EXPORT, user, null, OBJECT_TYPE, exportId, CATEGORIES, LEGAL_BASIS));
        int youths = accessLog.exportedTrajectoryYouths(
                user,
                OBJECT_TYPE,
                exportId,
                CATEGORIES,
                LEGAL_BASIS,
                national,
                user.region(),
                period.firstDay(),
                period.dayAfter());
        Pseudonymiser pseudonyms = Pseudonymiser.fresh();
        long rows = 0;
        try {
            out.write('\uFEFF');
            CsvLines.writeLine(out, HEADER);
            try (Stream<List<String>> stream = streaming
                    .sql(QUERY)
                    .param("zone", DutchTime.ZONE.getId())
                    .param("today", DutchTime.today(clock))
                    .param("from", period.firstDay())
                    .param("until", period.dayAfter())
                    .param("all", national)
                    .param("region", user.region())
                    .param("phases", pgArray(OPEN_PHASES))
                    .param(
                            "domains",
                            pgArray(Arrays.stream(LifeDomain.values())
                                    .map(Enum::name)
                                    .toList()))
                    .query((rs, n) -> row(rs, pseudonyms))
                    .stream()) {
                for (var it = stream.iterator(); it.hasNext(); ) {
                    CsvLines.writeLine(out, it.next());
                    rows++;
                }
            }
            out.flush();
        } catch (IOException e) {
            // The download broke off (the browser went away). Part of the file may have arrived, so the
            // transaction still commits: the access-log rows written above stay.
            LOG.info("Research export {} broke off after {} rows", exportId, rows);
        }
        LOG.info("Research export {} by account {}: {} trajectories", exportId, user.id(), rows);
        return new Written(exportId, youths, rows);
    }

    private static List<String> row(ResultSet rs, Pseudonymiser pseudonyms) throws SQLException {
        List<String> row = new ArrayList<>(HEADER.size());
        row.add(pseudonyms.of(rs.getObject("youth_id", UUID.class)));
        row.add(Integer.toString(rs.getInt("age")));
        row.add(QuasiIdentifiers.municipality(rs.getString("municipality"), rs.getLong("group_size")));
        row.add(rs.getString("programme"));
        row.add(rs.getString("organisation"));
        row.add(rs.getString("start_month"));
        Integer furthest = rs.getObject("furthest", Integer.class);
        row.add(furthest == null ? "" : OPEN_PHASES.get(furthest - 1));
        row.add(rs.getString("phase"));
        row.add(text(rs.getString("outcome")));
        row.add(text(rs.getString("end_reason")));
        row.add(text(rs.getString("closing_month")));
        row.add(number(rs.getObject("months_to_place", Integer.class)));
        row.add(text(rs.getString("place_kind")));
        row.add(flag(rs.getObject("held6", Boolean.class)));
        row.add(flag(rs.getObject("held12", Boolean.class)));
        long contacts = rs.getLong("contacts");
        long offHours = rs.getLong("off_hours");
        int days = rs.getInt("days");
        row.add(Long.toString(contacts));
        row.add(Intensity.perMonth(contacts, days));
        row.add(contacts == 0 ? "" : Long.toString(Math.round(100.0 * offHours / contacts)));
        addScores(row, rs.getArray("first_scores"));
        addScores(row, rs.getArray("last_scores"));
        row.add(number(rs.getObject("months_between_scans", Integer.class)));
        row.add(Long.toString(rs.getLong("actions")));
        row.add(Long.toString(rs.getLong("on_time")));
        row.add(Long.toString(rs.getLong("escalations")));
        row.add(number(rs.getObject("satisfaction_score", Integer.class)));
        row.add(flag(rs.getObject("would_recommend", Boolean.class)));
        return row;
    }

    private static void addScores(List<String> row, @Nullable Array scores) throws SQLException {
        Object[] values = scores == null ? new Object[0] : (Object[]) scores.getArray();
        for (int i = 0; i < LifeDomain.values().length; i++) {
            row.add(i < values.length && values[i] != null ? values[i].toString() : "");
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String number(@Nullable Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String flag(@Nullable Boolean value) {
        if (value == null) {
            return "";
        }
        return value ? "1" : "0";
    }

    private static String pgArray(List<String> tokens) {
        return "{" + String.join(",", tokens) + "}";
    }
}
