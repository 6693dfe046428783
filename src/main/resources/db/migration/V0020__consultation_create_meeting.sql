-- The multidisciplinary meeting (MDO): a date, a chair (coordinator), invited organisations with their
-- representative and attendance, an agenda of cases (a youth and a question), decisions per case and the
-- plan actions those decisions created, and the minutes.
create table meeting (
    id           uuid primary key,
    region       text        not null,
    meeting_date date        not null,
    chair_id     uuid        not null references account (id),
    minutes      text check (minutes is null or length(minutes) <= 10000),
    created_at   timestamptz not null
);
create index meeting_region_date_ix on meeting (region, meeting_date desc);

create table meeting_invitee (
    meeting_id        uuid not null references meeting (id),
    organisation_id   uuid not null references organisation (id),
    representative_id uuid references account (id),
    attended          boolean,
    primary key (meeting_id, organisation_id)
);
create index meeting_invitee_org_ix on meeting_invitee (organisation_id);

create table meeting_case (
    id         uuid primary key,
    meeting_id uuid        not null references meeting (id),
    youth_id   uuid        not null references youth (id) on delete cascade,
    question   text        not null check (length(question) between 1 and 1000),
    added_by   uuid        not null references account (id),
    added_at   timestamptz not null,
    position   integer     not null,
    unique (meeting_id, position)
);
create index meeting_case_youth_ix on meeting_case (youth_id);

create table case_decision (
    id         uuid primary key,
    case_id    uuid        not null references meeting_case (id) on delete cascade,
    text       text        not null check (length(text) between 1 and 2000),
    decided_at timestamptz not null,
    decided_by uuid        not null references account (id)
);
create index case_decision_case_ix on case_decision (case_id);

create table case_action (
    case_id   uuid not null references meeting_case (id) on delete cascade,
    action_id uuid not null references plan_action (id) on delete cascade,
    primary key (case_id, action_id)
);
create index case_action_action_ix on case_action (action_id);
