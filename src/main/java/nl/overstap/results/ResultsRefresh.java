package nl.overstap.results;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.overstap.shared.DutchTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the aggregate tables of the dashboards (ADR 0016) from the live tables, set-based, in one
 * transaction: readers keep seeing the previous figures until the commit. First every section adds
 * fine cells (region × municipality × programme × coaching organisation × month) to a temporary
 * table; then one statement stores the cube of the four dimensions, so any cut is a plain read.
 * Counts and sums only: every figure on the dashboards is a sum over cells.
 */
@Service
public class ResultsRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(ResultsRefresh.class);

    /** Serialises concurrent rebuilds (the scheduler and a test or the data generator). */
    private static final long LOCK_KEY = 7_016_0030L;

    /** One statement per section; a trajectory's cut is its region, the youth's municipality, programme and organisation. */
    private static final List<String> SECTIONS = List.of(
            // headline: trajectories started per month, and how many of them reached education or work
            """
            insert into results_base
            select o.region, y.municipality, t.programme_id::text, t.organisation_id::text, date_trunc('month', t.start_date)::date, 'STARTED', '', count(*),
                   count(*) filter (where t.outcome in ('EDUCATION', 'WORK', 'EDUCATION_AND_WORK', 'SUPPORTED_WORK')
                                       or exists (select 1 from followup_placement f where f.trajectory_id = t.id))
              from trajectory t
              join organisation o on o.id = t.organisation_id
              join youth y on y.id = t.youth_id
             group by 1, 2, 3, 4, 5
            """,
            // funnel: the furthest phase each trajectory reached, by start month
            """
            insert into results_base
            select o.region, y.municipality, t.programme_id::text, t.organisation_id::text, date_trunc('month', t.start_date)::date, 'FUNNEL',
                   (array['SCOUT', 'SCAN', 'MATCH', 'BORG'])[greatest(coalesce(p.furthest, 1),
                        array_position(array['SCOUT', 'SCAN', 'MATCH', 'BORG'], t.phase), 1)],
                   count(*), 0
              from trajectory t
              join organisation o on o.id = t.organisation_id
              join youth y on y.id = t.youth_id
              left join (select pc.trajectory_id,
                                max(array_position(array['SCOUT', 'SCAN', 'MATCH', 'BORG'], pc.to_phase)) as furthest
                           from phase_change pc group by pc.trajectory_id) p on p.trajectory_id = t.id
             group by 1, 2, 3, 4, 5, 7
            """,
            // outcomes and satisfaction of closed trajectories, by closing month
            """
            insert into results_base
            select o.region, y.municipality, t.programme_id::text, t.organisation_id::text, date_trunc('month', t.closed_at at time zone :zone)::date, k.measure, k.key,
                   sum(k.n), sum(k.total)
              from trajectory t
              join organisation o on o.id = t.organisation_id
              join youth y on y.id = t.youth_id
              cross join lateral (values
                    ('OUTCOME', coalesce(t.outcome, 'NONE'), 1, 0),
                    ('SATISFACTION', 'SCORE', case when t.satisfaction_score is null then 0 else 1 end,
                     coalesce(t.satisfaction_score, 0)),
                    ('SATISFACTION', 'RECOMMEND', case when t.would_recommend is null then 0 else 1 end,
                     case when t.would_recommend then 1 else 0 end)) as k (measure, key, n, total)
             where t.phase = 'CLOSED' and t.closed_at is not null
             group by 1, 2, 3, 4, 5, 6, 7
            """,
            // time to placement: weeks from the start to the first started place, by start month
            """
            insert into results_base
            select o.region, y.municipality, t.programme_id::text, t.organisation_id::text, date_trunc('month', t.start_date)::date, 'TTP',
                   least(greatest(f.first_start - t.start_date, 0) / 7, 104)::text, count(*), 0
              from trajectory t
              join organisation o on o.id = t.organisation_id
              join youth y on y.id = t.youth_id
              join (select trajectory_id, min(started_on) as first_start
                      from followup_placement group by trajectory_id) f on f.trajectory_id = t.id
             group by 1, 2, 3, 4, 5, 7
            """,
            // still in place at 1, 3, 6 and 12 months, counted only once the mark has passed, by start month of the
            // place
            """
            insert into results_base
            select o.region, y.municipality, t.programme_id::text, t.organisation_id::text, date_trunc('month', f.started_on)::date, 'HELD', 'M' || m.months, count(*),
                   count(*) filter (where case m.months
                        when 6 then coalesce(f.held_6_months, f.ended_on is null or f.ended_on >= f.started_on + interval '6 months')
                        when 12 then coalesce(f.held_12_months, f.ended_on is null or f.ended_on >= f.started_on + interval '12 months')
                        else f.ended_on is null or f.ended_on >= f.started_on + make_interval(months => m.months) end)
              from followup_placement f
              join trajectory t on t.id = f.trajectory_id
              join organisation o on o.id = t.organisation_id
              join youth y on y.id = t.youth_id
              cross join (values (1), (3), (6), (12)) as m (months)
             where f.started_on + make_interval(months => m.months) <= :today
             group by 1, 2, 3, 4, 5, 7
            """,
            // contact intensity: per trajectory and month the contacts and those outside office hours
            """
            insert into results_base
            select o.region, y.municipality, t.programme_id::text, t.organisation_id::text, c.month, k.key, '', sum(k.n), sum(k.total)
              from (select trajectory_id, date_trunc('month', local)::date as month, count(*) as contacts,
                           count(*) filter (where extract(isodow from local) >= 6 or extract(hour from local) < 8
                                                  or extract(hour from local) >= 18) as off_hours
                      from (select trajectory_id, occurred_at at time zone :zone as local
                              from contact where corrects_id is null) lc
                     group by 1, 2) c
              join trajectory t on t.id = c.trajectory_id
              join organisation o on o.id = t.organisation_id
              join youth y on y.id = t.youth_id
              cross join lateral (values ('CONTACTS', 1, c.contacts), ('OFF_HOURS', c.contacts, c.off_hours))
                         as k (key, n, total)
             group by 1, 2, 3, 4, 5, 6
            """,
            // life-domain scores: change from the first scan to the first scan of each later wave, by baseline month
            """
            insert into results_base
            select yd.region, yd.municipality, yd.programme, yd.organisation,
                   date_trunc('month', w.baseline_date)::date, 'SCORE', w.wave || ':' || later.domain,
                   count(*), sum(later.score - base.score)
              from (select distinct on (s.youth_id, wave) s.youth_id, b.id as baseline_id, b.scan_date as baseline_date,
                           s.id as scan_id,
                           case when s.scan_date - b.scan_date between 46 and 136 then 'W3'
                                when s.scan_date - b.scan_date between 137 and 273 then 'W6'
                                else 'W12' end as wave
                      from scan s
                      join (select distinct on (youth_id) youth_id, id, scan_date
                              from scan order by youth_id, scan_date, created_at) b on b.youth_id = s.youth_id
                     where s.scan_date - b.scan_date between 46 and 456
                     order by s.youth_id, wave, s.scan_date, s.created_at) w
              join results_youth yd on yd.youth_id = w.youth_id
              join scan_score base on base.scan_id = w.baseline_id and base.score is not null
              join scan_score later on later.scan_id = w.scan_id and later.domain = base.domain and later.score is not null
             group by 1, 2, 3, 4, 5, 7
            """,
            // partner results: actions of partner organisations due per month, done on time, overdue
            """
            insert into results_base
            select yd.region, yd.municipality, yd.programme, yd.organisation, date_trunc('month', a.due_date)::date,
                   k.measure, a.owner_organisation_id::text, sum(k.n), sum(k.total)
              from plan_action a
              join results_youth yd on yd.youth_id = a.youth_id
              cross join lateral (values
                    ('ACTION_DUE', 1, case when a.status = 'DONE'
                                            and (coalesce(a.updated_at, a.created_at) at time zone :zone)::date <= a.due_date
                                           then 1 else 0 end),
                    ('ACTION_OVERDUE', case when a.status <> 'DONE' and a.due_date < :today then 1 else 0 end, 0))
                    as k (measure, n, total)
             where a.owner_type = 'PARTNER'
             group by 1, 2, 3, 4, 5, 6, 7
            """,
            // escalations raised about a partner's action, by month raised
            """
            insert into results_base
            select yd.region, yd.municipality, yd.programme, yd.organisation,
                   date_trunc('month', e.raised_at at time zone :zone)::date, 'ESCALATION',
                   a.owner_organisation_id::text, count(*), 0
              from escalation e
              join plan_action a on a.id = e.action_id
              join results_youth yd on yd.youth_id = e.youth_id
             where a.owner_type = 'PARTNER'
             group by 1, 2, 3, 4, 5, 6, 7
            """,
            // inflow: signals by source, by month signalled
            """
            insert into results_base
            select s.region, coalesce(s.municipality, '?'), coalesce(s.programme_id::text, '?'),
                   coalesce(s.assigned_organisation_id::text, '?'), date_trunc('month', s.signalled_on)::date,
                   'SIGNAL', s.source, count(*), 0
              from signal s
             group by 1, 2, 3, 4, 5, 7
            """);

    private final JdbcClient jdbc;
    private final Clock clock;

    ResultsRefresh(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Rebuilds all figures now; returns how long it took. Safe to call while the scheduler also runs it. */
    @Transactional
    public Duration refreshNow() {
        long started = System.nanoTime();
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param("key", LOCK_KEY)
                .query()
                .singleValue();
        jdbc.sql("""
                        create temporary table results_base (
                            region text, municipality text, programme text, organisation text, month date,
                            measure text, key text, n bigint, total numeric) on commit drop
                        """).update();
        jdbc.sql("""
                        create temporary table results_youth on commit drop as
                        select distinct on (t.youth_id) t.youth_id, o.region, y.municipality,
                               t.programme_id::text as programme, t.organisation_id::text as organisation
                          from trajectory t
                          join organisation o on o.id = t.organisation_id
                          join youth y on y.id = t.youth_id
                         order by t.youth_id, t.start_date desc, t.created_at desc
                        """).update();
        jdbc.sql("create index on results_youth (youth_id)").update();
        jdbc.sql("analyze results_youth").update();
        for (String section : SECTIONS) {
            var statement = jdbc.sql(section);
            if (section.contains(":zone")) {
                statement = statement.param("zone", DutchTime.ZONE.getId());
            }
            if (section.contains(":today")) {
                statement = statement.param("today", DutchTime.today(clock));
            }
            long sectionStarted = System.nanoTime();
            statement.update();
            LOG.debug(
                    "Results section {} took {} ms",
                    SECTIONS.indexOf(section),
                    (System.nanoTime() - sectionStarted) / 1_000_000);
        }
        jdbc.sql("delete from results_cell").update();
        long cells = jdbc.sql("""
                        insert into results_cell (region, municipality, programme, organisation, month, measure, key, n, total)
                        select case when grouping(region) = 1 then '*' else region end,
                               case when grouping(municipality) = 1 then '*' else municipality end,
                               case when grouping(programme) = 1 then '*' else programme end,
                               case when grouping(organisation) = 1 then '*' else organisation end,
                               month, measure, key, sum(n), sum(total)
                          from results_base
                         group by month, measure, key, cube (region, municipality, programme, organisation)
                        """).update();
        refreshDimensions();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        jdbc.sql("""
                        insert into results_refresh (id, refreshed_at, duration_ms, cells) values (1, :at, :ms, :cells)
                        on conflict (id) do update set refreshed_at = excluded.refreshed_at,
                            duration_ms = excluded.duration_ms, cells = excluded.cells
                        """)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("ms", took.toMillis())
                .param("cells", cells)
                .update();
        LOG.info("Results refreshed: {} cells in {} ms", cells, took.toMillis());
        return took;
    }

    private void refreshDimensions() {
        jdbc.sql("delete from results_dimension").update();
        jdbc.sql("""
                        insert into results_dimension (region, dimension, value, label)
                        select distinct r.region, d.dimension, d.value, coalesce(p.name, og.name, d.value)
                          from (select region, 'REGION' as dimension, region as value from results_base
                                union select region, 'MUNICIPALITY', municipality from results_base
                                union select region, 'PROGRAMME', programme from results_base
                                union select region, 'ORGANISATION', organisation from results_base
                                union select region, 'PARTNER', key from results_base
                                       where measure in ('ACTION_DUE', 'ESCALATION')) d
                          cross join lateral (values (d.region), ('*')) as r (region)
                          left join programme p on d.dimension = 'PROGRAMME' and p.id::text = d.value
                          left join organisation og on d.dimension in ('ORGANISATION', 'PARTNER') and og.id::text = d.value
                         where d.value <> '?'
                        """).update();
    }
}
