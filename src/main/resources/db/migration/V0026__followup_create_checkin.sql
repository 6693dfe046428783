-- Follow-up (borging) of a started place: one row per start with whether the place was held at 6
-- and 12 months (queryable for the results), and the scheduled check-ins with the youth (recorded by
-- the coach) and with the employer or school. A reminder job sets reminded_at; a check-in counts as
-- missed when it is unanswered a configurable number of days after its due date.
create table followup_placement (
    match_id        uuid primary key references match_proposal (id),
    youth_id        uuid        not null references youth (id),
    trajectory_id   uuid        not null references trajectory (id),
    organisation_id uuid        not null references organisation (id),
    place_kind      text        not null,
    started_on      date        not null,
    ended_on        date,
    end_reason      text check (end_reason is null or length(end_reason) <= 1000),
    held_6_months   boolean,
    held_12_months  boolean,
    created_at      timestamptz not null
);
create index followup_placement_youth_ix on followup_placement (youth_id);
create index followup_placement_trajectory_ix on followup_placement (trajectory_id);

create table followup_checkin (
    id          uuid primary key,
    match_id    uuid        not null references followup_placement (match_id),
    youth_id    uuid        not null references youth (id),
    party       text        not null check (party in ('YOUTH', 'EMPLOYER')),
    period      text        not null,
    due_on      date        not null,
    reminded_at timestamptz,
    answered_at timestamptz,
    answered_by uuid references account (id),
    still_there boolean,
    going_well  boolean,
    concern     boolean,
    note        text check (note is null or length(note) <= 1000),
    unique (match_id, party, period)
);
create index followup_checkin_open_ix on followup_checkin (youth_id, due_on) where answered_at is null;
create index followup_checkin_match_ix on followup_checkin (match_id, due_on);
