-- The perspective plan (perspectiefplan): goals per life domain in the youth's own words, actions per
-- goal with an owner and a due date, and the moment the coach agreed the plan with the youth.
-- Domains use the same 13 codes as assessment.LifeDomain.
create table plan_goal (
    id          uuid primary key,
    youth_id    uuid        not null references youth (id),
    domain      text        not null check (domain in ('FINANCES', 'WORK_EDUCATION', 'DAYTIME_ACTIVITIES', 'HOUSING',
                                                       'DOMESTIC_RELATIONS', 'MENTAL_HEALTH', 'PHYSICAL_HEALTH',
                                                       'SUBSTANCE_USE', 'BASIC_ADL', 'INSTRUMENTAL_ADL',
                                                       'SOCIAL_NETWORK', 'SOCIAL_PARTICIPATION', 'JUSTICE')),
    text        text        not null check (length(text) between 1 and 500),
    target_date date        not null,
    status      text        not null check (status in ('OPEN', 'IN_PROGRESS', 'ACHIEVED', 'LET_GO')),
    created_by  uuid        not null references account (id),
    created_at  timestamptz not null,
    updated_at  timestamptz
);
create index plan_goal_youth_ix on plan_goal (youth_id);

create table plan_action (
    id                    uuid primary key,
    goal_id               uuid        not null references plan_goal (id),
    youth_id              uuid        not null references youth (id),
    description           text        not null check (length(description) between 1 and 500),
    owner_type            text        not null check (owner_type in ('YOUTH', 'COACH', 'NETWORK', 'PARTNER')),
    owner_organisation_id uuid references organisation (id),
    owner_account_id      uuid references account (id),
    owner_name            text check (owner_name is null or length(owner_name) <= 100),
    due_date              date        not null,
    status                text        not null check (status in ('OPEN', 'DONE', 'BLOCKED')),
    blocked_reason        text check (blocked_reason is null or length(blocked_reason) <= 500),
    result_note           text check (result_note is null or length(result_note) <= 500),
    created_by            uuid        not null references account (id),
    created_at            timestamptz not null,
    updated_at            timestamptz,
    updated_by            uuid references account (id),
    check ((owner_type = 'PARTNER') = (owner_organisation_id is not null)),
    check (owner_type <> 'NETWORK' or owner_name is not null),
    check (status <> 'BLOCKED' or blocked_reason is not null)
);
create index plan_action_goal_ix on plan_action (goal_id);
create index plan_action_youth_ix on plan_action (youth_id);
-- The partner inbox: open actions of one organisation by due date.
create index plan_action_inbox_ix on plan_action (owner_organisation_id, due_date)
    where status in ('OPEN', 'BLOCKED');

create table plan_agreement (
    youth_id  uuid primary key references youth (id),
    agreed_on date not null,
    agreed_by uuid not null references account (id)
);
