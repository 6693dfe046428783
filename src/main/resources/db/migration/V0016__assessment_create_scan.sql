-- The life-domain scan (leefgebieden-scan): per scan a date, talents, interests (sector codes),
-- wishes in the youth's own words and who took part; per domain a score 1-5 (null = unknown) with
-- what goes well, what is needed and a short explanation. Scans are not changed after recording.
create table scan (
    id           uuid primary key,
    youth_id     uuid        not null references youth (id),
    scan_date    date        not null,
    talents      text check (talents is null or length(talents) <= 2000),
    interests    text[]      not null default '{}'
                 check (interests <@ array['CARE', 'TECHNOLOGY', 'HOSPITALITY', 'LOGISTICS', 'ICT', 'RETAIL',
                                           'CONSTRUCTION', 'GREEN', 'CREATIVE', 'ADMINISTRATION', 'OTHER']),
    wishes       text check (wishes is null or length(wishes) <= 2000),
    participants text[]      not null check (participants <@ array['YOUTH', 'NETWORK', 'PARTNER']
                                             and cardinality(participants) > 0),
    created_by   uuid        not null references account (id),
    created_at   timestamptz not null
);
create index scan_youth_ix on scan (youth_id, scan_date desc);

create table scan_score (
    scan_id     uuid     not null references scan (id) on delete cascade,
    domain      text     not null check (domain in ('FINANCES', 'WORK_EDUCATION', 'DAYTIME_ACTIVITIES', 'HOUSING',
                                                    'DOMESTIC_RELATIONS', 'MENTAL_HEALTH', 'PHYSICAL_HEALTH',
                                                    'SUBSTANCE_USE', 'BASIC_ADL', 'INSTRUMENTAL_ADL',
                                                    'SOCIAL_NETWORK', 'SOCIAL_PARTICIPATION', 'JUSTICE')),
    score       smallint check (score between 1 and 5),
    goes_well   text check (goes_well is null or length(goes_well) <= 1000),
    needed      text check (needed is null or length(needed) <= 1000),
    explanation text check (explanation is null or length(explanation) <= 1000),
    primary key (scan_id, domain)
);
