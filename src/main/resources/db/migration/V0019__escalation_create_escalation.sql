-- Escalation (doorzettingsmacht): a coach escalates a stuck partner action to the coordinator of the
-- region, who sets a new deadline and owner, takes a binding decision for the partnership, or puts the
-- case on the agenda of the multidisciplinary meeting (MDO). Every step of the ladder is a row in
-- escalation_step. Rows go with the action when a youth's plan is erased.
create table escalation (
    id                        uuid primary key,
    action_id                 uuid        not null references plan_action (id) on delete cascade,
    youth_id                  uuid        not null references youth (id) on delete cascade,
    raised_by                 uuid        not null references account (id),
    raised_at                 timestamptz not null,
    reason                    text        not null check (length(reason) between 1 and 1000),
    status                    text        not null check (status in ('OPEN', 'REDIRECTED', 'DECIDED', 'ON_MDO_AGENDA', 'CLOSED')),
    decided_by                uuid references account (id),
    decided_at                timestamptz,
    decision_kind             text check (decision_kind in ('NEW_DEADLINE_OWNER', 'BINDING_DECISION', 'MDO')),
    decision_text             text check (decision_text is null or length(decision_text) <= 1000),
    new_due_date              date,
    new_owner_organisation_id uuid references organisation (id),
    check ((status = 'OPEN') = (decision_kind is null)),
    check ((decision_kind is null) = (decided_at is null)),
    check (decision_kind <> 'NEW_DEADLINE_OWNER' or (new_due_date is not null and new_owner_organisation_id is not null)),
    check (decision_kind <> 'BINDING_DECISION' or decision_text is not null)
);
create index escalation_youth_ix on escalation (youth_id, raised_at);
create index escalation_action_ix on escalation (action_id);
create index escalation_open_ix on escalation (raised_at) where status = 'OPEN';
-- At most one open escalation per action, also when two coaches escalate at the same moment.
create unique index escalation_one_open_per_action_ix on escalation (action_id) where status = 'OPEN';

create table escalation_step (
    id            uuid primary key,
    escalation_id uuid        not null references escalation (id) on delete cascade,
    at            timestamptz not null,
    by            uuid        not null references account (id),
    kind          text        not null check (kind in ('RAISED', 'NEW_DEADLINE_OWNER', 'BINDING_DECISION', 'MDO', 'CLOSED')),
    text          text check (text is null or length(text) <= 1000)
);
create index escalation_step_escalation_ix on escalation_step (escalation_id, at);
