-- Places (plekken) offered by employers and schools: jobs, BBL learning-working places, internships,
-- starts of a training, work-experience places, supported work and day activities.
create table place (
    id                           uuid primary key,
    organisation_id              uuid        not null references organisation (id),
    region                       text        not null,
    kind                         text        not null check (kind in ('JOB', 'BBL', 'INTERNSHIP', 'TRAINING', 'WORK_EXPERIENCE',
                                     'SUPPORTED_WORK', 'DAY_ACTIVITIES')),
    sector                       text        not null,
    title                        text        not null,
    description                  text        not null,
    postcode                     text,
    municipality                 text        not null,
    latitude                     double precision,
    longitude                    double precision,
    hours_min                    integer     not null check (hours_min between 1 and 40),
    hours_max                    integer     not null check (hours_max between 1 and 40),
    start_date                   date,
    duration_months              integer,
    requires_start_qualification boolean     not null default false,
    minimum_age                  integer,
    requires_driving_licence     boolean     not null default false,
    dutch_level                  text,
    requires_conduct_certificate boolean     not null default false,
    offers_workplace_mentor      boolean     not null default false,
    offers_job_coach             boolean     not null default false,
    capacity                     integer     not null check (capacity >= 1),
    open                         boolean     not null default true,
    created_at                   timestamptz not null default now(),
    created_by                   uuid        not null references account (id),
    updated_at                   timestamptz not null default now(),
    version                      integer     not null default 0,
    check (hours_min <= hours_max),
    -- added by the placement module: who changed the place last (a coach may act on an employer's behalf)
    updated_by                   uuid references account (id),
    check (dutch_level is null or dutch_level in ('A1', 'A2', 'B1', 'B2', 'C1')),
    check (minimum_age is null or minimum_age between 15 and 30),
    check (duration_months is null or duration_months between 1 and 60)
);
create index place_organisation_ix on place (organisation_id, open);
create index place_open_sector_ix on place (region, sector) where open;
-- Matching reads every open place of a region with only these columns (index-only scan, no heap).
create index place_open_match_ix on place (region)
    include (id, kind, sector, latitude, longitude, hours_min, hours_max, minimum_age, requires_start_qualification,
             requires_driving_licence, dutch_level, requires_conduct_certificate, offers_workplace_mentor,
             offers_job_coach, start_date)
    where open;

-- The threshold pass over the places in a youth's interest sectors uses place_open_sector_ix above.

-- Approximate coordinates without network calls (ADR 0014). A municipality's centre (the main town
-- hall / town centre), and per four-digit postcode area (PC4) the centre of the town or district
-- it belongs to. Accuracy: about 1-2 km; several PC4 areas of one district share one point.
create table municipality_centre (
    municipality text primary key,
    latitude     double precision not null,
    longitude    double precision not null
);
insert into municipality_centre (municipality, latitude, longitude) values
    ('DEN_HAAG',              52.0799, 4.3113),
    ('RIJSWIJK',              52.0364, 4.3246),
    ('LEIDSCHENDAM_VOORBURG', 52.0800, 4.3800),
    ('DELFT',                 52.0116, 4.3571),
    ('WASSENAAR',             52.1428, 4.4003),
    ('ZOETERMEER',            52.0607, 4.4940),
    ('PIJNACKER_NOOTDORP',    52.0300, 4.4200),
    ('MIDDEN_DELFLAND',       51.9760, 4.3100),
    ('WESTLAND',              51.9966, 4.2100);

create table postcode_area (
    pc4          text primary key check (pc4 ~ '^[1-9][0-9]{3}$'),
    municipality text             not null references municipality_centre (municipality),
    latitude     double precision not null,
    longitude    double precision not null
);
insert into postcode_area (pc4, municipality, latitude, longitude)
select lpad(n::text, 4, '0'), m, lat, lon
  from (values
    -- Den Haag by district
    (2491, 2491, 'DEN_HAAG', 52.0620, 4.4030),  -- Leidschenveen
    (2492, 2492, 'DEN_HAAG', 52.0560, 4.3920),  -- Leidschenveen-Forepark
    (2493, 2497, 'DEN_HAAG', 52.0430, 4.3650),  -- Ypenburg
    (2511, 2518, 'DEN_HAAG', 52.0790, 4.3110),  -- Centrum, Zeeheldenkwartier, Archipelbuurt
    (2521, 2526, 'DEN_HAAG', 52.0640, 4.3050),  -- Laak, Transvaal, Spoorwijk
    (2531, 2537, 'DEN_HAAG', 52.0480, 4.2870),  -- Moerwijk, Leyenburg, Morgenstond
    (2541, 2548, 'DEN_HAAG', 52.0420, 4.2640),  -- Bouwlust, Vrederust, Wateringse Veld
    (2551, 2555, 'DEN_HAAG', 52.0550, 4.2250),  -- Loosduinen, Kijkduin
    (2561, 2566, 'DEN_HAAG', 52.0780, 4.2700),  -- Segbroek, Duinoord, Bohemen
    (2571, 2574, 'DEN_HAAG', 52.0680, 4.2840),  -- Regentessekwartier, Valkenboskwartier
    (2581, 2587, 'DEN_HAAG', 52.1030, 4.2830),  -- Scheveningen, Duinoord-Noord
    (2591, 2597, 'DEN_HAAG', 52.0930, 4.3380),  -- Bezuidenhout, Haagse Hout, Benoordenhout
    -- Rijswijk
    (2280, 2289, 'RIJSWIJK', 52.0364, 4.3246),
    -- Leidschendam-Voorburg
    (2261, 2267, 'LEIDSCHENDAM_VOORBURG', 52.0870, 4.3940),  -- Leidschendam
    (2271, 2275, 'LEIDSCHENDAM_VOORBURG', 52.0730, 4.3600),  -- Voorburg
    -- Wassenaar
    (2241, 2245, 'WASSENAAR', 52.1428, 4.4003),
    -- Delft
    (2611, 2611, 'DELFT', 52.0116, 4.3571),  -- binnenstad
    (2612, 2616, 'DELFT', 52.0200, 4.3700),  -- Delft-Noord, Delft-Oost
    (2622, 2629, 'DELFT', 51.9980, 4.3600),  -- Tanthof, Voorhof, TU-wijk
    -- Pijnacker-Nootdorp
    (2631, 2632, 'PIJNACKER_NOOTDORP', 52.0450, 4.3950),  -- Nootdorp
    (2641, 2645, 'PIJNACKER_NOOTDORP', 52.0200, 4.4300),  -- Pijnacker, Delfgauw
    -- Midden-Delfland
    (2635, 2635, 'MIDDEN_DELFLAND', 51.9920, 4.3370),  -- Den Hoorn
    (2636, 2636, 'MIDDEN_DELFLAND', 51.9760, 4.3140),  -- Schipluiden
    (3155, 3155, 'MIDDEN_DELFLAND', 51.9340, 4.2730),  -- Maasland
    -- Westland
    (2291, 2291, 'WESTLAND', 52.0230, 4.2740),  -- Wateringen
    (2295, 2295, 'WESTLAND', 52.0130, 4.2550),  -- Kwintsheul
    (2671, 2671, 'WESTLAND', 51.9940, 4.2090),  -- Naaldwijk
    (2675, 2675, 'WESTLAND', 52.0060, 4.2270),  -- Honselersdijk
    (2676, 2676, 'WESTLAND', 51.9600, 4.2100),  -- Maasdijk
    (2678, 2678, 'WESTLAND', 51.9730, 4.2500),  -- De Lier
    (2681, 2681, 'WESTLAND', 52.0250, 4.1750),  -- Monster
    (2685, 2685, 'WESTLAND', 52.0250, 4.2200),  -- Poeldijk
    (2691, 2691, 'WESTLAND', 52.0000, 4.1650),  -- 's-Gravenzande
    -- Zoetermeer
    (2711, 2729, 'ZOETERMEER', 52.0607, 4.4940)
  ) as r (first_pc4, last_pc4, m, lat, lon)
  cross join generate_series(first_pc4, last_pc4) n;

-- The candidate pool: one narrow row per youth whose open trajectory is in Match, with what the coarse
-- ranking of candidates for a place needs (ADR 0014). Kept current by triggers on youth, trajectory,
-- scan and scan_score, so the ranking reads ~100 bytes per youth instead of joining four tables. It is
-- only a pre-selection: the service re-reads scope, phase and the latest scan of the best candidates.
create table match_pool (
    youth_id            uuid primary key references youth (id) on delete cascade,
    organisation_id     uuid             not null,
    date_of_birth       date             not null,
    start_qualification text             not null,
    latitude            double precision,
    longitude           double precision,
    interest_mask       integer          not null,
    has_scan            boolean          not null,
    needs_support       boolean          not null
);
create index match_pool_organisation_ix on match_pool (organisation_id);
-- One partial index per sector bit, for the first pass over the youths interested in a place's sector.
create index match_pool_sector_0_ix on match_pool (organisation_id) where interest_mask & 1 <> 0;
create index match_pool_sector_1_ix on match_pool (organisation_id) where interest_mask & 2 <> 0;
create index match_pool_sector_2_ix on match_pool (organisation_id) where interest_mask & 4 <> 0;
create index match_pool_sector_3_ix on match_pool (organisation_id) where interest_mask & 8 <> 0;
create index match_pool_sector_4_ix on match_pool (organisation_id) where interest_mask & 16 <> 0;
create index match_pool_sector_5_ix on match_pool (organisation_id) where interest_mask & 32 <> 0;
create index match_pool_sector_6_ix on match_pool (organisation_id) where interest_mask & 64 <> 0;
create index match_pool_sector_7_ix on match_pool (organisation_id) where interest_mask & 128 <> 0;
create index match_pool_sector_8_ix on match_pool (organisation_id) where interest_mask & 256 <> 0;
create index match_pool_sector_9_ix on match_pool (organisation_id) where interest_mask & 512 <> 0;
create index match_pool_sector_10_ix on match_pool (organisation_id) where interest_mask & 1024 <> 0;

create function match_pool_refresh(p_youth uuid) returns void language plpgsql as $$
begin
    delete from match_pool where youth_id = p_youth;
    insert into match_pool (youth_id, organisation_id, date_of_birth, start_qualification, latitude, longitude,
                            interest_mask, has_scan, needs_support)
    select y.id, y.organisation_id, y.date_of_birth, y.start_qualification,
           coalesce(pa.latitude, mc.latitude), coalesce(pa.longitude, mc.longitude),
           -- bit n set = interest in the sector with ordinal n of assessment.Sector (PlaceMatching uses 1 << ordinal)
           coalesce((select sum(1 << (array_position(array['CARE', 'TECHNOLOGY', 'HOSPITALITY', 'LOGISTICS', 'ICT',
                                                           'RETAIL', 'CONSTRUCTION', 'GREEN', 'CREATIVE',
                                                           'ADMINISTRATION', 'OTHER'], i) - 1))::integer
                       from unnest(s.interests) i), 0),
           s.id is not null,
           coalesce((select bool_or(ss.score <= 2) from scan_score ss
                      where ss.scan_id = s.id
                        and ss.domain in ('WORK_EDUCATION', 'DAYTIME_ACTIVITIES', 'MENTAL_HEALTH', 'SOCIAL_NETWORK',
                                          'BASIC_ADL', 'INSTRUMENTAL_ADL', 'SUBSTANCE_USE')), false)
      from youth y
      left join municipality_centre mc on mc.municipality = y.municipality
      left join postcode_area pa on pa.pc4 = left(y.postcode, 4) and pa.municipality = y.municipality
      left join lateral (select sc.id, sc.interests from scan sc where sc.youth_id = y.id
                          order by sc.scan_date desc, sc.created_at desc limit 1) s on true
     where y.id = p_youth
       and exists (select 1 from trajectory t where t.youth_id = y.id and t.phase = 'MATCH');
end
$$;

create function match_pool_on_youth() returns trigger language plpgsql as $$
begin
    perform match_pool_refresh(new.id);
    return null;
end
$$;

create function match_pool_on_youth_row() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform match_pool_refresh(old.youth_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform match_pool_refresh(new.youth_id);
    end if;
    return null;
end
$$;

create function match_pool_on_score() returns trigger language plpgsql as $$
begin
    perform match_pool_refresh((select sc.youth_id from scan sc where sc.id = coalesce(new.scan_id, old.scan_id)));
    return null;
end
$$;

create trigger match_pool_youth after update of organisation_id, date_of_birth, municipality, postcode,
    start_qualification on youth for each row execute function match_pool_on_youth();
create trigger match_pool_trajectory after insert or update of phase, youth_id or delete on trajectory
    for each row execute function match_pool_on_youth_row();
create trigger match_pool_scan after insert or update or delete on scan
    for each row execute function match_pool_on_youth_row();
create trigger match_pool_scan_score after insert or update or delete on scan_score
    for each row execute function match_pool_on_score();

select match_pool_refresh(t.youth_id) from trajectory t where t.phase = 'MATCH';
