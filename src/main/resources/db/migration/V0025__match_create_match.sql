-- The match pipeline: a youth proposed for a place (plek), from proposal via introduction and trial
-- to a start, or declined (by the youth, the employer/school or the coach, with a reason) or withdrawn.
-- At most one open proposal per youth and place. The employer's list reads (organisation_id, status).
create table match_proposal (
    id              uuid primary key,
    youth_id        uuid        not null references youth (id),
    trajectory_id   uuid        not null references trajectory (id),
    place_id        uuid        not null references place (id),
    organisation_id uuid        not null references organisation (id),
    status          text        not null check (status in ('PROPOSED', 'INTRODUCTION', 'TRIAL', 'STARTED', 'DECLINED',
                                                           'WITHDRAWN')),
    hours_available integer check (hours_available between 1 and 40),
    note            text check (note is null or length(note) <= 1000),
    start_date      date,
    declined_by     text check (declined_by in ('YOUTH', 'EMPLOYER', 'COACH')),
    close_reason    text check (close_reason is null or length(close_reason) <= 1000),
    proposed_by     uuid        not null references account (id),
    proposed_at     timestamptz not null,
    updated_at      timestamptz not null,
    version         integer     not null default 0,
    check (status <> 'STARTED' or start_date is not null),
    check (status not in ('DECLINED', 'WITHDRAWN') or close_reason is not null)
);
create unique index match_proposal_open_uk on match_proposal (youth_id, place_id)
    where status in ('PROPOSED', 'INTRODUCTION', 'TRIAL');
create index match_proposal_organisation_ix on match_proposal (organisation_id, status, updated_at desc);
create index match_proposal_youth_ix on match_proposal (youth_id, proposed_at desc);
create index match_proposal_place_ix on match_proposal (place_id, status);

-- Every step of a proposal, append-only: who (role of the actor), when it happened, and a note.
create table match_step (
    id          uuid primary key,
    match_id    uuid        not null references match_proposal (id),
    from_status text,
    to_status   text        not null,
    actor       text        not null check (actor in ('COACH', 'EMPLOYER', 'YOUTH')),
    occurred_on date        not null,
    note        text check (note is null or length(note) <= 1000),
    recorded_by uuid        not null references account (id),
    recorded_at timestamptz not null
);
create index match_step_match_ix on match_step (match_id, recorded_at);
