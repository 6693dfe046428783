package nl.overstap.demo;

/**
 * The set-based SQL of the national and regional data sets ({@link NationalDataSet}), one constant per
 * stage. Every value is derived from a row number with {@code hashint8extended} (deterministic for a
 * seed) and every id is {@code md5(namespace, kind, number)}, so later stages find earlier rows by
 * number instead of by lookup. Bound parameters: {@code :ns} (namespace), {@code :seed}, {@code :prefix}
 * (region name prefix), {@code :users} (username prefix), {@code :regions}, {@code :youths},
 * {@code :coaches}, {@code :employers} (per region), {@code :places}, {@code :contacts},
 * {@code :access}, {@code :today}, {@code :now}, {@code :hash} (bcrypt of the demo password),
 * {@code :given}, {@code :family}, {@code :notes} (text arrays).
 */
final class NationalSql {

    /** Contact time of contact {@code m} of {@code n} between two instants, in Dutch office hours for ~85%. */
    static final String CONTACT_AT_FUNCTION = """
            create function pg_temp.bulk_contact_at(p_start timestamptz, p_end timestamptz, m integer, n integer,
                                                    h bigint, p_now timestamptz)
                returns timestamptz language sql stable as $$
                select greatest(p_start, least(p_now - interval '1 hour',
                       ((date_trunc('day', (p_start + (p_end - p_start) * ((m - 0.5) / n)) at time zone 'Europe/Amsterdam')
                         - make_interval(days => greatest(0, extract(isodow from (p_start + (p_end - p_start)
                                               * ((m - 0.5) / n)) at time zone 'Europe/Amsterdam')::integer - 5)))
                         + make_interval(hours => (case when h % 100 < 15 then 18 + (h / 100) % 3
                                                        else 9 + (h / 100) % 8 end)::integer,
                                         mins => ((h / 1000) % 4)::integer * 15)) at time zone 'Europe/Amsterdam'))
            $$
            """;

    /**
     * A deterministic id that grows with the row number, so the primary-key and foreign-key indexes
     * of the big tables are filled at their right edge instead of at random places.
     */
    static final String ID_FUNCTION = """
            create function pg_temp.bulk_id(kind integer, a bigint, b bigint, ns text) returns uuid
                language sql immutable as $$
                select (lpad(to_hex(kind), 4, '0') || lpad(to_hex(a), 12, '0') || lpad(to_hex(b), 4, '0')
                        || substr(md5(ns), 1, 12))::uuid
            $$
            """;

    static final String ORGANISATIONS = """
            create temp table bulk_org on commit drop as
            select md5(:ns || '-org-' || r || '-' || o.key)::uuid as id, r as region_no, o.key, o.kind, o.ord,
                   :prefix || ' ' || lpad(r::text, 2, '0') as region,
                   o.label || ' ' || :prefix || ' ' || lpad(r::text, 2, '0') as name,
                   (array['DEN_HAAG', 'DELFT', 'ZOETERMEER', 'RIJSWIJK', 'WESTLAND', 'LEIDSCHENDAM_VOORBURG',
                          'PIJNACKER_NOOTDORP', 'WASSENAAR', 'MIDDEN_DELFLAND'])[1 + (r + o.ord) % 9] as municipality,
                   o.tasks
              from generate_series(1, :regions) r
             cross join (values (1, 'c1', 'COACHING', 'Jongerencoaching', '{}'::text[]),
                                (2, 'c2', 'COACHING', 'Jongerenloket', '{}'),
                                (3, 'regie', 'MUNICIPALITY', 'Regieteam Jongeren', '{PARTICIPATIEWET,WMO,JEUGDWET}'),
                                (4, 'rmc', 'RMC', 'RMC', '{RMC_EARLY_SCHOOL_LEAVERS,LEERPLICHTWET}'),
                                (5, 'uwv', 'UWV', 'UWV Werkbedrijf', '{WET_SUWI}'),
                                (6, 'jeugd', 'YOUTH_CARE', 'Jeugdhulp', '{JEUGDWET}'),
                                (7, 'ggz', 'MENTAL_HEALTH', 'GGZ', '{}'),
                                (8, 'schuld', 'DEBT_HELP', 'Schuldhulp', '{WGS}'),
                                (9, 'wonen', 'HOUSING', 'Woonstichting', '{}'),
                                (10, 'mbo1', 'EDUCATION', 'Mbo College', '{WEB}'),
                                (11, 'mbo2', 'EDUCATION', 'Vakschool', '{WEB}')) as o (ord, key, kind, label, tasks)
            union all
            select md5(:ns || '-org-' || r || '-emp' || e)::uuid, r, 'emp' || e, 'EMPLOYER', 100 + e,
                   :prefix || ' ' || lpad(r::text, 2, '0'),
                   'Leerbedrijf ' || e || ' ' || :prefix || ' ' || lpad(r::text, 2, '0'),
                   (array['DEN_HAAG', 'DELFT', 'ZOETERMEER', 'RIJSWIJK', 'WESTLAND', 'LEIDSCHENDAM_VOORBURG',
                          'PIJNACKER_NOOTDORP', 'WASSENAAR', 'MIDDEN_DELFLAND'])[1 + (r + e) % 9], '{}'::text[]
              from generate_series(1, :regions) r
             cross join generate_series(1, :employers) e;
            create unique index on bulk_org (region_no, key);
            analyze bulk_org;
            insert into organisation (id, name, kind, region, municipality, legal_tasks, commitments)
            select id, name, kind, region, municipality, tasks,
                   case when kind not in ('COACHING', 'EMPLOYER')
                        then 'Neemt binnen 5 werkdagen contact op na een verzoek van de coach.' end
              from bulk_org
             order by region_no, ord;
            insert into organisation (id, name, kind, region, municipality)
            values (md5(:ns || '-org-nl')::uuid, 'Landelijk analyseteam ' || :prefix, 'MUNICIPALITY', 'NL', null)
            """;

    static final String ACCOUNTS = """
            create temp table bulk_coach on commit drop as
            select j, (j - 1) % :regions + 1 as region_no, (j - 1) / :regions as rank,
                   md5(:ns || '-coach-' || j)::uuid as id
              from generate_series(1, :coaches) j;
            create unique index on bulk_coach (j);
            analyze bulk_coach;
            insert into account (id, username, display_name, password_hash, role, organisation_id)
            select c.id, :users || 'coach-' || lpad(c.j::text, 5, '0'),
                   (cast(:given as text[]))[1 + (hashint8extended(c.j, :seed + 1) & 2147483647) % cardinality(cast(:given as text[]))] || ' '
                       || (cast(:family as text[]))[1 + (hashint8extended(c.j, :seed + 2) & 2147483647) % cardinality(cast(:family as text[]))],
                   :hash, 'COACH', o.id
              from bulk_coach c
              join bulk_org o on o.region_no = c.region_no and o.key = 'c' || (c.rank % 2 + 1)
             order by c.j;
            insert into account (id, username, display_name, password_hash, role, organisation_id)
            select md5(:ns || '-partner-' || o.id)::uuid,
                   :users || 'partner-' || lpad((row_number() over (order by o.region_no, o.ord))::text, 4, '0'),
                   'Contactpersoon ' || o.name, :hash, 'PARTNER', o.id
              from bulk_org o
             where o.kind in ('RMC', 'UWV', 'YOUTH_CARE', 'MENTAL_HEALTH', 'DEBT_HELP', 'HOUSING', 'EDUCATION');
            insert into account (id, username, display_name, password_hash, role, organisation_id)
            select md5(:ns || '-employer-' || o.id)::uuid,
                   :users || 'employer-' || lpad((row_number() over (order by o.region_no, o.ord))::text, 4, '0'),
                   'Praktijkopleider ' || o.name, :hash, 'EMPLOYER', o.id
              from bulk_org o
             where o.kind = 'EMPLOYER';
            insert into account (id, username, display_name, password_hash, role, organisation_id)
            select md5(:ns || '-' || x.role || '-' || o.region_no)::uuid,
                   :users || lower(x.role) || '-' || lpad(o.region_no::text, 2, '0'),
                   x.label || ' ' || o.region, :hash, x.role, o.id
              from bulk_org o
             cross join (values ('COORDINATOR', 'Regisseur'), ('ANALYST', 'Analist')) as x (role, label)
             where o.key = 'regie';
            insert into account (id, username, display_name, password_hash, role, organisation_id)
            values (md5(:ns || '-analyst-nl')::uuid, :users || 'analyst-nl', 'Landelijk analist', :hash, 'ANALYST',
                    md5(:ns || '-org-nl')::uuid);
            update organisation o
               set contact_person_id = a.id
              from account a
             where a.organisation_id = o.id and a.role in ('PARTNER', 'EMPLOYER', 'COORDINATOR')
               and o.id in (select id from bulk_org)
            """;

    static final String COVENANTS = """
            insert into covenant (id, name, start_date, end_date, purposes)
            select md5(:ns || '-covenant-' || r)::uuid,
                   'Samenwerkingsovereenkomst Jongeren ' || :prefix || ' ' || lpad(r::text, 2, '0'),
                   make_date(extract(year from cast(:today as date))::integer - 1, 1, 1), null,
                   'Samen zorgen dat jongeren van 16 tot 27 jaar een plek vinden in onderwijs of werk, en die houden.'
              from generate_series(1, :regions) r;
            insert into covenant_party (covenant_id, organisation_id)
            select md5(:ns || '-covenant-' || o.region_no)::uuid, o.id from bulk_org o;
            insert into covenant_share (covenant_id, organisation_kind, data_category, purpose)
            select md5(:ns || '-covenant-' || r)::uuid, s.kind, s.category, 'Begeleiding naar onderwijs of werk'
              from generate_series(1, :regions) r
             cross join (values ('RMC', 'BASIC'), ('RMC', 'CONTACT_DETAILS'), ('RMC', 'SITUATION'), ('RMC', 'TRAJECTORY'),
                                ('EDUCATION', 'BASIC'), ('EDUCATION', 'CONTACT_DETAILS'), ('EDUCATION', 'TRAJECTORY'),
                                ('EDUCATION', 'SCAN_WORK_INCOME'), ('EDUCATION', 'PLAN'),
                                ('UWV', 'BASIC'), ('UWV', 'TRAJECTORY'), ('UWV', 'SCAN_WORK_INCOME'), ('UWV', 'PLAN'),
                                ('YOUTH_CARE', 'BASIC'), ('YOUTH_CARE', 'CONTACT_DETAILS'), ('YOUTH_CARE', 'SITUATION'),
                                ('YOUTH_CARE', 'TRAJECTORY'), ('YOUTH_CARE', 'NETWORK'), ('YOUTH_CARE', 'SCAN_HEALTH'),
                                ('YOUTH_CARE', 'SCAN_SOCIAL'), ('YOUTH_CARE', 'PLAN'),
                                ('MENTAL_HEALTH', 'BASIC'), ('MENTAL_HEALTH', 'TRAJECTORY'),
                                ('MENTAL_HEALTH', 'SCAN_HEALTH'), ('MENTAL_HEALTH', 'NETWORK'), ('MENTAL_HEALTH', 'PLAN'),
                                ('DEBT_HELP', 'BASIC'), ('DEBT_HELP', 'CONTACT_DETAILS'),
                                ('DEBT_HELP', 'SCAN_WORK_INCOME'), ('DEBT_HELP', 'PLAN'),
                                ('HOUSING', 'BASIC'), ('HOUSING', 'SCAN_HOUSING'), ('HOUSING', 'PLAN'),
                                ('MUNICIPALITY', 'BASIC'), ('MUNICIPALITY', 'TRAJECTORY'),
                                ('MUNICIPALITY', 'SCAN_WORK_INCOME'), ('MUNICIPALITY', 'SCAN_HOUSING'),
                                ('MUNICIPALITY', 'PLAN'),
                                ('EMPLOYER', 'BASIC'), ('EMPLOYER', 'CONTACT_DETAILS')) as s (kind, category)
            """;

    /**
     * The plan of every youth and trajectory, in temporary tables: youth i is coached by coach
     * {@code (i - 1) % coaches + 1} in that coach's region; trajectories 1..90% of youths are open, the
     * rest of the youths have a closed one, and the first eighth of the youths also have an earlier
     * closed trajectory (trajectory number youths + i).
     */
    private static final String PLAN = """
            create temp table bulk_youth on commit drop as
            select i, pg_temp.bulk_id(1, i, 0, :ns) as id, c.j as coach_no, c.id as coach_id, c.region_no,
                   o.id as org_id, hashint8extended(i, :seed + 3) & 2147483647 as h
              from generate_series(1, :youths) i
              join bulk_coach c on c.j = (i - 1) % :coaches + 1
              join bulk_org o on o.region_no = c.region_no and o.key = 'c' || (c.rank % 2 + 1);
            create unique index on bulk_youth (i);
            create temp table bulk_traj0 on commit drop as
            select s.k, y.i as youth_no, y.id as youth_id, y.coach_id, y.org_id, y.region_no, s.h,
                   case when s.k <= :youths * 9 / 10 then 'OPEN' else 'CLOSED' end as kind,
                   case when s.k > :youths * 9 / 10
                        then 3 - (case when (s.h / 13) % 8 >= 6 then 1 + (s.h / 7) % 3 else 0 end)
                        when s.h % 100 < 20 then 0 when s.h % 100 < 45 then 1 when s.h % 100 < 75 then 2
                        else 3 end as step,
                   case when (s.h / 13) % 8 >= 6 then 'NONE'
                        else (array['EDUCATION', 'WORK', 'WORK', 'EDUCATION_AND_WORK', 'SUPPORTED_WORK',
                                    'DAY_ACTIVITIES'])[1 + (s.h / 13) % 8] end as outcome
              from (select k, hashint8extended(k, :seed + 4) & 2147483647 as h from generate_series(1, :youths) k) s
              join bulk_youth y on y.i = s.k;
            create temp table bulk_traj on commit drop as
            select k, youth_no, youth_id, coach_id, org_id, region_no, h, kind, least(step, 3) as step,
                   case when kind = 'OPEN' then null else outcome end as outcome, start_at,
                   case when kind = 'OPEN' then null
                        else start_at + make_interval(days => 60 + ((h / 1000) % (d - 90))::integer) end as closed_at
              from (select t.*, d,
                           ((cast(:today as date) - d::integer)::timestamp + make_interval(hours => 9 + ((h / 7) % 8)::integer))
                               at time zone 'Europe/Amsterdam' as start_at
                      from bulk_traj0 t
                     cross join lateral (select case when t.kind = 'CLOSED' then 150 + (h / 100) % 500
                                                     else (array[3, 30, 60, 120])[t.step + 1]
                                                          + (h / 100) % ((array[57, 120, 240, 300])[t.step + 1]) end
                                                    as d) dd) s;
            insert into bulk_traj (k, youth_no, youth_id, coach_id, org_id, region_no, h, kind, step, outcome, start_at,
                                   closed_at)
            select :youths + t.k, t.youth_no, t.youth_id, t.coach_id, t.org_id, t.region_no, h2, 'PRIOR',
                   case when (h2 / 13) % 8 >= 6 then (h2 / 7) % 3 else 3 end,
                   case when (h2 / 13) % 8 >= 6 then 'NONE'
                        else (array['EDUCATION', 'WORK', 'WORK', 'EDUCATION_AND_WORK', 'SUPPORTED_WORK',
                                    'DAY_ACTIVITIES'])[1 + (h2 / 13) % 8] end,
                   t.start_at - make_interval(days => (10 + h2 % 60 + 60 + (h2 / 100) % 300)::integer),
                   t.start_at - make_interval(days => (10 + h2 % 60)::integer)
              from (select bt.*, hashint8extended(bt.k + :youths, :seed + 4) & 2147483647 as h2 from bulk_traj bt
                     where bt.k <= :youths / 8) t;
            alter table bulk_traj add column id uuid, add column end_at timestamptz, add column phase text,
                add column phase_entered_at timestamptz, add column contact_end timestamptz,
                add column n_contacts integer, add column last_contact_at timestamptz;
            update bulk_traj
               set id = pg_temp.bulk_id(2, k, 0, :ns),
                   end_at = coalesce(closed_at, cast(:now as timestamptz)),
                   phase = case when closed_at is not null then 'CLOSED'
                                else (array['SCOUT', 'SCAN', 'MATCH', 'BORG'])[step + 1] end,
                   contact_end = case when closed_at is null and h % 100 >= 80
                                      then cast(:now as timestamptz) - make_interval(days => (15 + (h / 3) % 25)::integer)
                                      else coalesce(closed_at, cast(:now as timestamptz)) end;
            update bulk_traj
               set phase_entered_at = case when closed_at is not null then closed_at
                                           else start_at + (end_at - start_at) * (0.22 * step) end,
                   contact_end = greatest(contact_end, start_at + interval '3 hours');
            update bulk_traj t
               set n_contacts = greatest(2, round(:contacts * s.w / s.total)::integer)
              from (select k, extract(epoch from contact_end - start_at) as w,
                           sum(extract(epoch from contact_end - start_at)) over () as total
                      from bulk_traj) s
             where s.k = t.k;
            update bulk_traj t
               set last_contact_at = (select max(pg_temp.bulk_contact_at(t.start_at, t.contact_end, m, t.n_contacts,
                                                                         hashint8extended(t.k * 1000 + m, :seed + 5)
                                                                             & 2147483647, cast(:now as timestamptz)))
                                        from generate_series(greatest(1, t.n_contacts - 3), t.n_contacts) m
                                       where m > 2 or (hashint8extended(t.k * 1000 + m, :seed + 5) & 2147483647) % 3 <> 0
                                          or (hashint8extended(t.k * 1000 + m, :seed + 6) & 1) = 0);
            create unique index on bulk_traj (k);
            analyze bulk_youth;
            analyze bulk_traj
            """;

    static final String YOUTHS = """
            create temp table bulk_pc on commit drop as
            select municipality, pc4, row_number() over (partition by municipality order by pc4) as n,
                   count(*) over (partition by municipality) as total
              from postcode_area;
            insert into youth (id, organisation_id, given_names, family_name, preferred_name, date_of_birth,
                               municipality, postcode, phone, email, education_status, start_qualification,
                               youth_care_history, mild_intellectual_disability, non_intellectual_disability,
                               multi_problem, justice_contact, created_at, created_by)
            select y.id, y.org_id, g.given, f.family, null,
                   (least(t.start_at, coalesce(p.start_at, t.start_at)) at time zone 'Europe/Amsterdam')::date
                       - make_interval(years => (16 + y.h % 11)::integer, days => ((y.h / 11) % 360)::integer),
                   m.municipality, pc.pc4 || ' ' || chr(65 + ((y.h / 7) % 26)::integer) || chr(65 + ((y.h / 5) % 26)::integer),
                   '06' || (10000000 + (y.h / 3) % 89999999)::text,
                   lower(regexp_replace(g.given, '[^A-Za-z]', '', 'g')) || '.' || y.i || '@example.nl',
                   (array['IN_EDUCATION', 'EARLY_SCHOOL_LEAVER', 'EARLY_SCHOOL_LEAVER', 'COMPLETED', 'UNKNOWN'])
                       [1 + (y.h / 17) % 5],
                   (array['YES', 'NO', 'NO', 'UNKNOWN'])[1 + (y.h / 19) % 4],
                   (y.h / 23) % 100 < 35, (y.h / 29) % 100 < 15, (y.h / 31) % 100 < 8, (y.h / 37) % 100 < 25,
                   (y.h / 41) % 100 < 12,
                   least(t.start_at, coalesce(p.start_at, t.start_at)) - interval '2 days', y.coach_id
              from bulk_youth y
              join bulk_traj t on t.k = y.i
              left join bulk_traj p on p.k = :youths + y.i
             cross join lateral (select (cast(:given as text[]))[1 + (y.h / 43) % cardinality(cast(:given as text[]))] as given) g
             cross join lateral (select (cast(:family as text[]))[1 + (y.h / 47) % cardinality(cast(:family as text[]))] as family) f
             cross join lateral (select (array['DEN_HAAG', 'RIJSWIJK', 'LEIDSCHENDAM_VOORBURG', 'DELFT', 'WASSENAAR',
                                               'ZOETERMEER', 'PIJNACKER_NOOTDORP', 'MIDDEN_DELFLAND', 'WESTLAND'])
                                        [1 + (y.h / 53) % 9] as municipality) m
              join bulk_pc pc on pc.municipality = m.municipality and pc.n = 1 + (y.h / 59) % pc.total
             order by y.i
            """;

    static final String TRAJECTORIES = """
            insert into trajectory (id, youth_id, organisation_id, coach_id, programme_id, start_date, phase,
                                    phase_entered_at, last_contact_at, outcome, end_reason, closed_at,
                                    satisfaction_score, would_recommend)
            select t.id, t.youth_id, t.org_id, t.coach_id,
                   (array['0b6a1c6e-4d1f-4a53-9a51-2f7f0c3c1a01', '0b6a1c6e-4d1f-4a53-9a51-2f7f0c3c1a02',
                          '0b6a1c6e-4d1f-4a53-9a51-2f7f0c3c1a03', '0b6a1c6e-4d1f-4a53-9a51-2f7f0c3c1a04'])
                       [1 + (t.h / 61) % 4]::uuid,
                   (t.start_at at time zone 'Europe/Amsterdam')::date, t.phase, t.phase_entered_at, t.last_contact_at,
                   t.outcome,
                   case when t.closed_at is null then null
                        when t.outcome <> 'NONE' then 'GOAL_REACHED'
                        else (array['YOUTH_STOPPED', 'NOT_REACHABLE', 'MOVED', 'REFERRED'])[1 + (t.h / 67) % 4] end,
                   t.closed_at,
                   case when t.closed_at is not null and (t.h / 71) % 100 < 85
                        then case when (t.h / 73) % 10 = 0 then 2 + (t.h / 79) % 4 else 6 + (t.h / 79) % 5 end end,
                   case when t.closed_at is not null and (t.h / 71) % 100 < 85
                        then (case when (t.h / 73) % 10 = 0 then 2 + (t.h / 79) % 4 else 6 + (t.h / 79) % 5 end) >= 7
                             or (t.h / 83) % 10 = 0 end
              from bulk_traj t
             order by t.k;
            insert into phase_change (id, trajectory_id, from_phase, to_phase, kind, reason, changed_at, changed_by)
            select pg_temp.bulk_id(3, t.k, s, :ns), t.id,
                   case when s > 0 then (array['SCOUT', 'SCAN', 'MATCH', 'BORG'])[s] end,
                   (array['SCOUT', 'SCAN', 'MATCH', 'BORG'])[s + 1],
                   case when s = 0 then 'START' else 'FORWARD' end, null,
                   t.start_at + (t.end_at - t.start_at) * (0.22 * s), t.coach_id
              from bulk_traj t
             cross join generate_series(0, t.step) s
            union all
            select pg_temp.bulk_id(3, t.k, 9, :ns), t.id, (array['SCOUT', 'SCAN', 'MATCH', 'BORG'])[t.step + 1],
                   'CLOSED', 'CLOSE', 'Afgesloten na afronding van de begeleiding.', t.closed_at, t.coach_id
              from bulk_traj t
             where t.closed_at is not null
            """;

    static final String CONTACTS = """
            insert into contact (id, trajectory_id, occurred_at, channel, counterpart, reached, duration_minutes, note,
                                 author_id, created_at)
            select pg_temp.bulk_id(4, t.k, m, :ns), t.id, a.at,
                   case when x.outreach then 'OUTREACH_ATTEMPT'
                        else (array['FACE_TO_FACE', 'FACE_TO_FACE', 'PHONE', 'PHONE', 'CHAT', 'HOME_VISIT', 'VIDEO',
                                    'EMAIL'])[1 + (x.h / 7) % 8] end,
                   case when (x.h / 11) % 10 < 8 then 'YOUTH' else 'NETWORK' end,
                   case when x.outreach then (hashint8extended(t.k * 1000 + m, :seed + 6) & 1) = 0 end,
                   15 + 15 * ((x.h / 13) % 5)::integer,
                   (cast(:notes as text[]))[1 + (x.h / 17) % cardinality(cast(:notes as text[]))],
                   t.coach_id, a.at + interval '1 hour'
              from bulk_traj t
             cross join lateral generate_series(1, t.n_contacts) m
             cross join lateral (select hashint8extended(t.k * 1000 + m, :seed + 5) & 2147483647 as h) h0
             cross join lateral (select h0.h, m <= 2 and h0.h % 3 = 0 as outreach) x
             cross join lateral (select pg_temp.bulk_contact_at(t.start_at, t.contact_end, m, t.n_contacts, x.h,
                                                                cast(:now as timestamptz)) as at) a
             order by t.k, m
            """;

    /**
     * Scans at the start of Scan and after 3, 6 and 12 months (while the trajectory lasts) for every
     * youth past Scout, with 13 domain scores that improve a little per wave.
     */
    static final String SCANS = """
            create temp table bulk_scan on commit drop as
            select pg_temp.bulk_id(5, t.k, w, :ns) as id, t.k, t.youth_id, t.coach_id, w,
                   (((t.start_at + (t.end_at - t.start_at) * 0.22) at time zone 'Europe/Amsterdam')::date
                       + make_interval(months => (array[0, 3, 6, 12])[w + 1]))::date as scan_date,
                   hashint8extended(t.k * 10 + w, :seed + 7) & 2147483647 as h
              from bulk_traj t
             cross join generate_series(0, 3) w
             where t.k <= :youths and t.step >= 1
               and ((t.start_at + (t.end_at - t.start_at) * 0.22) at time zone 'Europe/Amsterdam')::date
                       + make_interval(months => (array[0, 3, 6, 12])[w + 1]) < (t.end_at at time zone 'Europe/Amsterdam')::date;
            analyze bulk_scan;
            insert into scan (id, youth_id, scan_date, talents, interests, wishes, participants, created_by, created_at)
            select s.id, s.youth_id, s.scan_date,
                   case when s.w = 0 then 'Goed met handen, behulpzaam.' end,
                   array_remove(array[(array['CARE', 'TECHNOLOGY', 'HOSPITALITY', 'LOGISTICS', 'ICT', 'RETAIL',
                                             'CONSTRUCTION', 'GREEN', 'CREATIVE', 'ADMINISTRATION', 'OTHER'])
                                          [1 + (t.h / 89) % 11],
                                      case when (t.h / 97) % 2 = 0
                                           then (array['CARE', 'TECHNOLOGY', 'HOSPITALITY', 'LOGISTICS', 'ICT', 'RETAIL',
                                                       'CONSTRUCTION', 'GREEN', 'CREATIVE', 'ADMINISTRATION', 'OTHER'])
                                                [1 + ((t.h / 89) % 11 + 1 + (t.h / 101) % 10) % 11] end], null),
                   case when s.w = 0 then 'Een vaste plek en een diploma.' end,
                   case when s.h % 3 = 0 then '{YOUTH,NETWORK}'::text[] else '{YOUTH}'::text[] end,
                   s.coach_id, (s.scan_date + time '11:00') at time zone 'Europe/Amsterdam'
              from bulk_scan s
              join bulk_traj t on t.k = s.k
             order by s.k, s.w;
            insert into scan_score (scan_id, domain, score)
            select s.id, d.domain,
                   case when (s.h / (d.n + 2)) % 20 = 0 then null
                        else least(5, 1 + ((s.h / (d.n + 3)) % 3)::integer + s.w / 2 + ((s.h / (d.n + 5)) % 2)::integer) end
              from bulk_scan s
             cross join (values (1, 'FINANCES'), (2, 'WORK_EDUCATION'), (3, 'DAYTIME_ACTIVITIES'), (4, 'HOUSING'),
                                (5, 'DOMESTIC_RELATIONS'), (6, 'MENTAL_HEALTH'), (7, 'PHYSICAL_HEALTH'),
                                (8, 'SUBSTANCE_USE'), (9, 'BASIC_ADL'), (10, 'INSTRUMENTAL_ADL'), (11, 'SOCIAL_NETWORK'),
                                (12, 'SOCIAL_PARTICIPATION'), (13, 'JUSTICE')) as d (n, domain)
             order by s.k, s.w, d.n
            """;

    /**
     * Two goals per youth past Scout with two actions each: the coach, a partner organisation (with
     * the consent rows that let it see the plan and the name), the youth, and a partner or a network
     * person. Open actions past their due date are overdue; some of those are escalated.
     */
    private static final String PLANS = """
            create temp table bulk_goal on commit drop as
            select pg_temp.bulk_id(6, t.k, g, :ns) as id, t.k, g, t.youth_id, t.coach_id, t.region_no,
                   t.closed_at, t.step, o.domain, o.org_key,
                   ((t.start_at + (t.end_at - t.start_at) * 0.22) at time zone 'Europe/Amsterdam')::date as planned_on,
                   hashint8extended(t.k * 10 + g, :seed + 8) & 2147483647 as h
              from bulk_traj t
             cross join generate_series(1, 2) g
             cross join lateral (select * from (values (0, 'WORK_EDUCATION', 'uwv'), (1, 'WORK_EDUCATION', 'mbo1'),
                                                       (2, 'FINANCES', 'schuld'), (3, 'HOUSING', 'wonen'),
                                                       (4, 'MENTAL_HEALTH', 'ggz'), (5, 'DOMESTIC_RELATIONS', 'jeugd'),
                                                       (6, 'WORK_EDUCATION', 'mbo2')) as v (n, domain, org_key)
                                  where v.n = (t.h / 103 + 3 * g) % 7) o
             where t.k <= :youths and t.step >= 1;
            analyze bulk_goal;
            insert into plan_goal (id, youth_id, domain, text, target_date, status, created_by, created_at)
            select g.id, g.youth_id, g.domain,
                   (array['Ik wil een diploma halen.', 'Ik wil een baan waar ik elke dag heen wil.',
                          'Ik wil mijn schulden op een rij.', 'Ik wil een eigen plek om te wonen.',
                          'Ik wil me beter voelen.', 'Ik wil dat het thuis rustiger is.'])[1 + (g.h / 7) % 6],
                   g.planned_on + 180,
                   case when g.closed_at is not null then case when (g.h / 11) % 4 = 0 then 'LET_GO' else 'ACHIEVED' end
                        when (g.h / 11) % 3 = 0 then 'OPEN' else 'IN_PROGRESS' end,
                   g.coach_id, (g.planned_on + time '14:00') at time zone 'Europe/Amsterdam'
              from bulk_goal g
             order by g.k, g.g;
            create temp table bulk_action on commit drop as
            select pg_temp.bulk_id(7, g.k, g.g * 10 + a, :ns) as id, g.id as goal_id, g.k, g.youth_id,
                   g.coach_id, g.closed_at,
                   case when a = 1 and g.g = 1 then 'COACH' when a = 1 then 'YOUTH'
                        when g.g = 2 and (g.h / 13) % 3 = 0 then 'NETWORK' else 'PARTNER' end as owner_type,
                   o.id as owner_org, pa.id as owner_account,
                   g.planned_on + (20 + (g.h / (17 + a)) % 100)::integer as due_date,
                   (g.h / (19 + a)) % 100 as roll
              from bulk_goal g
             cross join generate_series(1, 2) a
              left join bulk_org o on o.region_no = g.region_no and o.key = g.org_key
              left join account pa on pa.id = md5(:ns || '-partner-' || o.id)::uuid;
            create unique index on bulk_action (id);
            analyze bulk_action;
            insert into plan_action (id, goal_id, youth_id, description, owner_type, owner_organisation_id,
                                     owner_account_id, owner_name, due_date, status, blocked_reason, result_note,
                                     created_by, created_at)
            select a.id, a.goal_id, a.youth_id,
                   case a.owner_type when 'COACH' then 'Samen een afspraak maken bij de eerste stap.'
                                     when 'YOUTH' then 'Zelf bellen voor een kennismaking.'
                                     when 'NETWORK' then 'Meegaan naar het eerste gesprek.'
                                     else 'Intakegesprek plannen en terugkoppelen aan de coach.' end,
                   a.owner_type, case when a.owner_type = 'PARTNER' then a.owner_org end,
                   case when a.owner_type = 'PARTNER' then a.owner_account
                        when a.owner_type = 'COACH' then a.coach_id end,
                   case when a.owner_type = 'NETWORK' then 'Moeder' end,
                   a.due_date, s.status,
                   case when s.status = 'BLOCKED' then 'Wachtlijst bij de organisatie.' end,
                   case when s.status = 'DONE' then 'Gedaan.' end,
                   a.coach_id, ((a.due_date - 20) + time '14:30') at time zone 'Europe/Amsterdam'
              from bulk_action a
             cross join lateral (select case when a.closed_at is not null then 'DONE'
                                             when a.due_date < cast(:today as date) and a.roll < 65 then 'DONE'
                                             when a.due_date < cast(:today as date) and a.roll < 70 then 'BLOCKED'
                                             when a.due_date < cast(:today as date) then 'OPEN'
                                             when a.roll < 20 then 'DONE' else 'OPEN' end as status) s
             order by a.k, a.id;
            insert into consent_record (id, youth_id, organisation_id, data_category, version, is_current, basis,
                                        decision, statute, given_on, given_how, valid_until, recorded_by, recorded_at)
            select md5(:ns || '-consent-' || p.youth_id || '-' || p.owner_org || '-' || c.category)::uuid, p.youth_id,
                   p.owner_org, c.category, 1, true, 'CONSENT', 'GRANTED', null, p.given_on, 'WRITTEN',
                   cast(:today as date) + 365, p.coach_id, (p.given_on + time '10:00') at time zone 'Europe/Amsterdam'
              from (select a.youth_id, a.owner_org, min(a.coach_id::text)::uuid as coach_id,
                           min(a.due_date) - 20 as given_on
                      from bulk_action a
                     where a.owner_type = 'PARTNER'
                     group by a.youth_id, a.owner_org) p
             cross join (values ('PLAN'), ('BASIC')) as c (category);
            insert into plan_agreement (youth_id, agreed_on, agreed_by)
            select t.youth_id, ((t.start_at + (t.end_at - t.start_at) * 0.40) at time zone 'Europe/Amsterdam')::date,
                   t.coach_id
              from bulk_traj t
             where t.k <= :youths and t.step >= 2;
            insert into escalation (id, action_id, youth_id, raised_by, raised_at, reason, status)
            select md5(:ns || '-escalation-' || a.id)::uuid, a.id, a.youth_id, a.coach_id,
                   ((a.due_date + 14) + time '10:00') at time zone 'Europe/Amsterdam',
                   'De actie is ruim over de afgesproken datum en er is geen reactie.', 'OPEN'
              from bulk_action a
             where a.owner_type = 'PARTNER' and a.closed_at is null and a.roll >= 70
               and a.due_date < cast(:today as date) - 14 and a.roll % 10 = 9;
            insert into escalation_step (id, escalation_id, at, by, kind, text)
            select md5(:ns || '-escalation-step-' || e.id)::uuid, e.id, e.raised_at, e.raised_by, 'RAISED', e.reason
              from escalation e
              join bulk_action b on b.id = e.action_id
            """;

    /** Open places at employers (four in five) and schools in every region. */
    static final String PLACES = """
            create temp table bulk_place on commit drop as
            select p, md5(:ns || '-place-' || p)::uuid as id, r, o.id as org_id, o.kind as org_kind, o.municipality,
                   o.region, h
              from (select p, (p - 1) % :regions + 1 as r, (p - 1) / :regions as q,
                           hashint8extended(p, :seed + 9) & 2147483647 as h
                      from generate_series(1, :places) p) s
              join bulk_org o on o.region_no = s.r
                             and o.key = case when s.q % 5 = 0 then 'mbo' || (1 + (s.q / 5) % 2)
                                              else 'emp' || (1 + s.q % :employers) end;
            create unique index on bulk_place (p);
            analyze bulk_place;
            insert into place (id, organisation_id, region, kind, sector, title, description, municipality, latitude,
                               longitude, hours_min, hours_max, start_date, requires_start_qualification, minimum_age,
                               requires_driving_licence, offers_workplace_mentor, offers_job_coach, capacity, open,
                               created_at, created_by, updated_at)
            select p.id, p.org_id, p.region, k.kind, sec.sector, initcap(lower(sec.sector)) || ': ' || lower(k.kind) || ' ' || p.p,
                   'Een plek om het vak te leren, met een vaste begeleider.', p.municipality, mc.latitude, mc.longitude,
                   16 + (p.h / 7) % 9, 32 + (p.h / 7) % 9, cast(:today as date) + ((p.h / 11) % 90)::integer,
                   (p.h / 13) % 5 = 0, case when (p.h / 17) % 4 = 0 then 18 end, (p.h / 19) % 10 = 0,
                   (p.h / 23) % 3 <> 0, (p.h / 29) % 4 = 0, 1 + (p.h / 31) % 3, true,
                   cast(:now as timestamptz) - make_interval(days => (1 + (p.h / 37) % 200)::integer),
                   case when p.org_kind = 'EMPLOYER' then md5(:ns || '-employer-' || p.org_id)::uuid
                        else md5(:ns || '-partner-' || p.org_id)::uuid end,
                   cast(:now as timestamptz) - make_interval(days => (1 + (p.h / 37) % 200)::integer)
              from bulk_place p
              join municipality_centre mc on mc.municipality = p.municipality
             cross join lateral (select case when p.org_kind = 'EMPLOYER'
                                             then (array['JOB', 'JOB', 'BBL', 'INTERNSHIP', 'WORK_EXPERIENCE'])[1 + p.h % 5]
                                             else (array['TRAINING', 'BBL', 'INTERNSHIP'])[1 + p.h % 3] end as kind) k
             cross join lateral (select (array['CARE', 'TECHNOLOGY', 'HOSPITALITY', 'LOGISTICS', 'ICT', 'RETAIL',
                                               'CONSTRUCTION', 'GREEN', 'CREATIVE', 'ADMINISTRATION', 'OTHER'])
                                        [1 + (p.h / 5) % 11] as sector) sec
             order by p.p
            """;

    /**
     * A started placement (with its follow-up) for every open trajectory in Borg, and a proposal in
     * progress for two in five youths in Match; places are in the youth's region.
     */
    static final String MATCHES = """
            create temp table bulk_match on commit drop as
            select md5(:ns || '-match-' || t.k)::uuid as id, t.k, t.id as trajectory_id, t.youth_id, t.coach_id,
                   t.phase, p.id as place_id, p.org_id, t.phase_entered_at,
                   (t.phase_entered_at at time zone 'Europe/Amsterdam')::date as entered_on, t.h
              from bulk_traj t
              join bulk_place p on p.p = t.region_no
                                      + :regions * ((t.h / 107) % greatest(1, (:places - t.region_no) / :regions + 1))
             where t.closed_at is null and (t.phase = 'BORG' or (t.phase = 'MATCH' and (t.h / 109) % 5 < 2));
            analyze bulk_match;
            insert into match_proposal (id, youth_id, trajectory_id, place_id, organisation_id, status, hours_available,
                                        start_date, proposed_by, proposed_at, updated_at)
            select m.id, m.youth_id, m.trajectory_id, m.place_id, m.org_id,
                   case when m.phase = 'BORG' then 'STARTED'
                        else (array['PROPOSED', 'INTRODUCTION', 'TRIAL'])[1 + (m.h / 113) % 3] end,
                   24 + (m.h / 127) % 13,
                   case when m.phase = 'BORG' then m.entered_on end,
                   m.coach_id,
                   case when m.phase = 'BORG' then m.phase_entered_at - interval '30 days' else m.phase_entered_at + interval '2 days' end,
                   case when m.phase = 'BORG' then m.phase_entered_at else m.phase_entered_at + interval '2 days' end
              from bulk_match m
             where m.phase = 'BORG' or m.phase_entered_at + interval '2 days' < cast(:now as timestamptz);
            insert into match_step (id, match_id, from_status, to_status, actor, occurred_on, recorded_by, recorded_at)
            select md5(:ns || '-match-step-' || p.id || '-1')::uuid, p.id, null, 'PROPOSED', 'COACH',
                   (p.proposed_at at time zone 'Europe/Amsterdam')::date, p.proposed_by, p.proposed_at
              from match_proposal p join bulk_match m on m.id = p.id
            union all
            select md5(:ns || '-match-step-' || p.id || '-2')::uuid, p.id, 'PROPOSED', p.status, 'EMPLOYER',
                   (p.updated_at at time zone 'Europe/Amsterdam')::date, p.proposed_by, p.updated_at
              from match_proposal p join bulk_match m on m.id = p.id
             where p.status <> 'PROPOSED';
            insert into followup_placement (match_id, youth_id, trajectory_id, organisation_id, place_kind, started_on,
                                            held_6_months, held_12_months, created_at)
            select p.id, p.youth_id, p.trajectory_id, p.organisation_id, pl.kind, p.start_date,
                   case when p.start_date <= cast(:today as date) - 182 then (m.h / 131) % 100 < 78 end,
                   case when p.start_date <= cast(:today as date) - 365 then (m.h / 131) % 100 < 66 end,
                   p.updated_at
              from match_proposal p
              join bulk_match m on m.id = p.id
              join place pl on pl.id = p.place_id
             where p.status = 'STARTED'
            """;

    /** A linked signal for three in ten trajectories, and open signals waiting for triage. */
    static final String SIGNALS = """
            insert into signal (id, region, source, urgency, signalled_on, reason, reporting_organisation_id,
                                assigned_organisation_id, status, first_contact_due, youth_id, trajectory_id, closed_at,
                                closed_by, created_at, programme_id)
            select md5(:ns || '-signal-' || t.k)::uuid, o.region,
                   (array['RMC_DUO', 'YOUTH_CARE_18', 'SCHOOL', 'UWV', 'MUNICIPALITY', 'NEIGHBOURHOOD_TEAM',
                          'SELF_REFERRAL'])[1 + (t.h / 137) % 7],
                   'NORMAL', (t.start_at at time zone 'Europe/Amsterdam')::date - 7, 'Geen school of werk in beeld.',
                   r.id, t.org_id, 'LINKED', (t.start_at at time zone 'Europe/Amsterdam')::date - 2, t.youth_id, t.id,
                   t.start_at, t.coach_id, t.start_at - interval '7 days', null
              from bulk_traj t
              join bulk_org o on o.id = t.org_id
              join bulk_org r on r.region_no = t.region_no and r.key = 'rmc'
             where t.k <= :youths and (t.h / 139) % 10 < 3;
            insert into signal (id, region, source, urgency, signalled_on, reason, reporting_organisation_id,
                                reporter_account_id, given_names, family_name, date_of_birth, municipality,
                                assigned_organisation_id, status, first_contact_due, created_at)
            select md5(:ns || '-open-signal-' || n)::uuid, o.region, 'RMC_DUO',
                   case when h % 10 = 0 then 'HIGH' else 'NORMAL' end,
                   cast(:today as date) - (h / 7 % 20)::integer, 'Uitgeschreven zonder startkwalificatie.', r.id,
                   md5(:ns || '-partner-' || r.id)::uuid,
                   (cast(:given as text[]))[1 + (h / 11) % cardinality(cast(:given as text[]))], (cast(:family as text[]))[1 + (h / 13) % cardinality(cast(:family as text[]))],
                   cast(:today as date) - make_interval(years => (17 + h % 6)::integer, days => (h / 17 % 300)::integer),
                   o.municipality, o.id, 'OPEN', cast(:today as date) - (h / 7 % 20)::integer + 7,
                   cast(:now as timestamptz) - make_interval(days => (h / 7 % 20)::integer)
              from (select n, (n - 1) % :regions + 1 as r, hashint8extended(n, :seed + 10) & 2147483647 as h
                      from generate_series(1, greatest(1, :youths / 100)) n) s
              join bulk_org o on o.region_no = s.r and o.key = 'c' || (1 + s.h % 2)
              join bulk_org r on r.region_no = s.r and r.key = 'rmc'
            """;

    /**
     * A year of access-log rows in time order (so each monthly partition fills in one go): mostly the
     * youth's coach reading or listing, sometimes the region's coordinator.
     */
    static final String ACCESS_LOG = """
            insert into access_log (occurred_at, event_type, outcome, account_id, role, organisation_id, client_ip,
                                    youth_id, object_type, object_id, data_categories, legal_basis)
            select cast(:now as timestamptz) - interval '365 days' * (1 - (g - 0.5) / :access),
                   (array['READ', 'READ', 'READ', 'READ', 'READ', 'READ', 'LIST', 'LIST', 'UPDATE', 'CREATE'])[1 + x.h % 10],
                   'ALLOWED',
                   case when (x.h / 10) % 10 = 0 then c.id else y.coach_id end,
                   case when (x.h / 10) % 10 = 0 then 'COORDINATOR' else 'COACH' end,
                   case when (x.h / 10) % 10 = 0 then c.organisation_id else y.org_id end,
                   '10.' || (x.h / 100) % 256 || '.' || (x.h / 1000) % 256 || '.' || (x.h / 7) % 256,
                   y.id,
                   (array['youth', 'youth', 'youth', 'trajectory', 'contact', 'plan'])[1 + (x.h / 11) % 6],
                   y.id,
                   case when (x.h / 13) % 3 = 0 then '{BASIC,CONTACT_NOTES}'::text[] else '{BASIC}'::text[] end,
                   case when (x.h / 10) % 10 = 0 then 'task:coordinator' else 'task:coach' end
              from (select g, hashint8extended(g, :seed + 11) & 2147483647 as h from generate_series(1, :access) g) x
              join bulk_youth y on y.i = 1 + x.h % :youths
              join (select o.region_no, a.id, a.organisation_id
                      from account a join bulk_org o on o.id = a.organisation_id
                     where a.role = 'COORDINATOR') c on c.region_no = y.region_no
            """;

    /**
     * The match pool (V0024) as its triggers would have left it: one refresh per youth whose open
     * trajectory is in Match, through the migration's own function.
     */
    static final String MATCH_POOL = """
            do $$ begin perform match_pool_refresh(t.youth_id) from bulk_traj t where t.phase = 'MATCH'; end $$
            """;

    /**
     * Every foreign key of the schema checked set-based after the load (one anti-join per key), so a
     * load that skipped the per-row checks still ends in a state the constraints accept.
     */
    static final String VERIFY_FOREIGN_KEYS = """
            do $$
            declare
                fk      record;
                missing bigint;
            begin
                for fk in
                    select c.conname, c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
                           string_agg(format('x.%I = p.%I', ca.attname, pa.attname), ' and ') as joined,
                           string_agg(format('x.%I is not null', ca.attname), ' and ') as present
                      from pg_constraint c
                     cross join lateral unnest(c.conkey, c.confkey) as k (child_col, parent_col)
                      join pg_attribute ca on ca.attrelid = c.conrelid and ca.attnum = k.child_col
                      join pg_attribute pa on pa.attrelid = c.confrelid and pa.attnum = k.parent_col
                     where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
                     group by c.oid, c.conname, c.conrelid, c.confrelid
                loop
                    execute format('select count(*) from %s x where %s and not exists (select 1 from %s p where %s)',
                                   fk.child, fk.present, fk.parent, fk.joined) into missing;
                    if missing > 0 then
                        raise exception 'bulk load broke foreign key %: % rows', fk.conname, missing;
                    end if;
                end loop;
            end
            $$
            """;

    /** The youth and trajectory plan (kept out of the callers' constant pools: it is long). */
    static String plan() {
        return PLAN;
    }

    /** Plans, consents and escalations (kept out of the callers' constant pools: it is long). */
    static String plans() {
        return PLANS;
    }

    private NationalSql() {}
}
