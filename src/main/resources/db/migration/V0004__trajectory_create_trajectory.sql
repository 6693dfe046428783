-- Coaching routes: one youth, one coach, one programme, from Scout to closing, with full phase history.
create table programme (
    id     uuid primary key,
    code   text not null unique,
    name   text not null,
    active boolean not null default true
);

create table trajectory (
    id               uuid primary key,
    youth_id         uuid        not null references youth (id),
    organisation_id  uuid        not null references organisation (id),
    coach_id         uuid        not null references account (id),
    programme_id     uuid        not null references programme (id),
    start_date       date        not null,
    phase            text        not null check (phase in ('SCOUT', 'SCAN', 'MATCH', 'BORG', 'CLOSED')),
    phase_entered_at timestamptz not null,
    last_contact_at  timestamptz,
    outcome          text,
    end_reason       text,
    closed_at        timestamptz,
    version          integer     not null default 0,
    created_at       timestamptz not null default now()
);
create index trajectory_coach_open_ix on trajectory (coach_id, phase_entered_at) where phase <> 'CLOSED';
create index trajectory_org_open_ix on trajectory (organisation_id, phase_entered_at) where phase <> 'CLOSED';
create index trajectory_youth_ix on trajectory (youth_id);

create table phase_change (
    id            uuid primary key,
    trajectory_id uuid        not null references trajectory (id),
    from_phase    text,
    to_phase      text        not null,
    kind          text        not null check (kind in ('START', 'FORWARD', 'RELAPSE', 'CLOSE', 'REASSIGN')),
    reason        text,
    changed_at    timestamptz not null,
    changed_by    uuid        not null references account (id)
);
create index phase_change_trajectory_ix on phase_change (trajectory_id, changed_at desc);
