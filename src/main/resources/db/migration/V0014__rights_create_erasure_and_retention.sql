-- The youth's AVG rights: legal hold, erasure on request (four eyes) and retention per data category.

-- Legal hold stops both erasure and the retention job. An anonymised youth keeps the record (with a
-- placeholder name), so trajectories and outcomes still count in aggregate results.
alter table youth add column legal_hold boolean not null default false;
alter table youth add column legal_hold_reason text;
alter table youth add column anonymised_at timestamptz;

-- Every setting and clearing of legal hold, with who, when and why.
create table legal_hold_change (
    id         uuid primary key,
    youth_id   uuid        not null references youth (id),
    hold       boolean     not null,
    reason     text        not null,
    changed_by uuid        not null references account (id),
    changed_at timestamptz not null
);
create index legal_hold_change_youth_ix on legal_hold_change (youth_id, changed_at desc);

-- Erasure asked for by a coach and decided by a coordinator who did not ask for it (four eyes).
create table erasure_request (
    id            uuid primary key,
    youth_id      uuid        not null references youth (id),
    reason        text        not null,
    requested_by  uuid        not null references account (id),
    requested_at  timestamptz not null,
    status        text        not null default 'OPEN' check (status in ('OPEN', 'APPROVED', 'REJECTED')),
    decided_by    uuid references account (id),
    decided_at    timestamptz,
    decision_note text,
    check ((status = 'OPEN') = (decided_by is null and decided_at is null)),
    check (decided_by is null or decided_by <> requested_by)
);
create unique index erasure_request_one_open_uk on erasure_request (youth_id) where status = 'OPEN';
create index erasure_request_open_ix on erasure_request (requested_at) where status = 'OPEN';

-- How many years after the youth's last trajectory was closed each category is kept. A nightly job
-- removes what has expired (rights.Anonymiser says what each category removes); youths on legal hold
-- are skipped. Defaults:
--   BSN 1 year: the BSN is only used where a statute allows it (RMC registration, DUO matching) and
--     has no purpose once the youth has left; the most sensitive identifier goes first.
--   CONTACT_DETAILS 2 years, NETWORK 2 years: long enough to reach a youth who comes back soon after
--     closing (relapse, follow-up), not longer; key persons are third parties, so the same period.
--   CONTACT_NOTES 2 years: free-text notes are the most sensitive content and lose their use first.
--   BASIC 5 years: name and date of birth let a returning youth be recognised and let every row of
--     the access log (kept 5 years) still be explained to the youth who asks who looked.
-- Trajectories, phases, outcomes and the education and target-group markers are not listed: once the
-- categories above are gone they no longer identify anyone, and aggregate results need them.
-- An organisation with a longer statutory duty (e.g. Jeugdwet files) sets legal hold or raises a period.
create table retention_policy (
    data_category       text        primary key
        check (data_category in ('BSN', 'CONTACT_DETAILS', 'CONTACT_NOTES', 'NETWORK', 'BASIC')),
    years_after_closing integer     not null check (years_after_closing between 0 and 100),
    updated_at          timestamptz not null default now()
);
insert into retention_policy (data_category, years_after_closing) values
    ('BSN', 1),
    ('CONTACT_DETAILS', 2),
    ('CONTACT_NOTES', 2),
    ('NETWORK', 2),
    ('BASIC', 5);
