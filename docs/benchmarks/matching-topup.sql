-- Issue 6 benchmark data (matching), set-based, on top of any demo region:
--   50,000 open places spread over the region's postcode areas, and
--   100,000 youths in Match (half at Jongerencoaching Haaglanden, coached by 'coach'; half at Rode Loper
--   Delft, coached by 'coach3'), 80% with a scan (one or two interests; 30% a low score on a support domain).
-- Run: psql -h localhost -p <embedded port> -U postgres postgres -f docs/benchmarks/matching-topup.sql
\timing on
create temporary table pcs as
select row_number() over (order by pc4) - 1 as i, pc4, municipality, latitude, longitude from postcode_area;

insert into place (id, organisation_id, region, kind, sector, title, description, postcode, municipality, latitude,
                   longitude, hours_min, hours_max, start_date, requires_start_qualification, minimum_age,
                   requires_driving_licence, dutch_level, requires_conduct_certificate, offers_workplace_mentor,
                   offers_job_coach, capacity, open, created_by, updated_by)
select gen_random_uuid(), o.id, 'Haaglanden',
       (array['JOB','BBL','INTERNSHIP','TRAINING','WORK_EXPERIENCE','SUPPORTED_WORK','DAY_ACTIVITIES'])[1 + n % 7],
       (array['CARE','TECHNOLOGY','HOSPITALITY','LOGISTICS','ICT','RETAIL','CONSTRUCTION','GREEN','CREATIVE',
              'ADMINISTRATION','OTHER'])[1 + (n * 7) % 11],
       'Benchmarkplek ' || n, 'Benchmark.', p.pc4 || ' AB', p.municipality,
       p.latitude + ((n * 37) % 100 - 50) / 5000.0, p.longitude + ((n * 53) % 100 - 50) / 3000.0,
       8 + (n % 5) * 4, 16 + (n % 5) * 4, current_date + (n % 150),
       n % 5 = 0, case when n % 4 = 0 then 18 end, n % 10 = 0, case when n % 3 = 0 then 'B1' end, n % 12 = 0,
       n % 2 = 0, n % 3 = 0, 1 + n % 3, true, a.id, a.id
  from generate_series(1, 50000) n
  join pcs p on p.i = n % (select count(*) from pcs)
  cross join (select id, organisation_id from account where username = 'employer') a
  join organisation o on o.id = a.organisation_id;

create temporary table bench_youth as
select gen_random_uuid() as id, n,
       case when n % 2 = 0 then 'jch' else 'rld' end as org_key
  from generate_series(1, 100000) n;

insert into youth (id, organisation_id, given_names, family_name, date_of_birth, municipality, postcode,
                   education_status, start_qualification, created_at, created_by)
select b.id, o.id, 'Bench', 'Jongere ' || b.n, current_date - ((16 + b.n % 11) * 365 + b.n % 300),
       p.municipality, p.pc4 || ' ' || chr(65 + b.n % 26) || chr(65 + (b.n / 26) % 26),
       'UNKNOWN', (array['YES','NO','UNKNOWN'])[1 + b.n % 3], now(), c.id
  from bench_youth b
  join pcs p on p.i = (b.n * 7) % (select count(*) from pcs)
  join organisation o on o.name = case when b.org_key = 'jch' then 'Jongerencoaching Haaglanden' else 'Rode Loper Delft' end
  join account c on c.username = case when b.org_key = 'jch' then 'coach' else 'coach3' end;

insert into trajectory (id, youth_id, organisation_id, coach_id, programme_id, start_date, phase, phase_entered_at)
select gen_random_uuid(), y.id, y.organisation_id, y.created_by, (select id from programme order by code limit 1),
       current_date - 120, 'MATCH', now() - interval '30 days'
  from youth y join bench_youth b on b.id = y.id;

insert into scan (id, youth_id, scan_date, interests, participants, created_by, created_at)
select gen_random_uuid(), b.id, current_date - (b.n % 60),
       case when b.n % 3 = 0
            then array[(array['CARE','TECHNOLOGY','HOSPITALITY','LOGISTICS','ICT','RETAIL','CONSTRUCTION','GREEN',
                              'CREATIVE','ADMINISTRATION','OTHER'])[1 + b.n % 11],
                       (array['CARE','TECHNOLOGY','HOSPITALITY','LOGISTICS','ICT','RETAIL','CONSTRUCTION','GREEN',
                              'CREATIVE','ADMINISTRATION','OTHER'])[1 + (b.n / 11) % 11]]
            else array[(array['CARE','TECHNOLOGY','HOSPITALITY','LOGISTICS','ICT','RETAIL','CONSTRUCTION','GREEN',
                              'CREATIVE','ADMINISTRATION','OTHER'])[1 + b.n % 11]] end,
       '{YOUTH}', y.created_by, now()
  from bench_youth b join youth y on y.id = b.id
 where b.n % 5 <> 0;

insert into scan_score (scan_id, domain, score)
select s.id, 'MENTAL_HEALTH', 2
  from scan s join bench_youth b on b.id = s.youth_id
 where b.n % 10 < 3;

analyze place; analyze youth; analyze trajectory; analyze scan; analyze scan_score; analyze organisation; analyze match_pool;
