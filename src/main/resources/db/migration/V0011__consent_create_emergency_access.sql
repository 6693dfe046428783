-- Break-the-glass: time-limited access outside the normal scope, with a written reason, for review.
create table emergency_access (
    id          uuid primary key,
    account_id  uuid        not null references account (id),
    youth_id    uuid        not null references youth (id),
    reason      text        not null,
    started_at  timestamptz not null,
    expires_at  timestamptz not null,
    reviewed_by uuid references account (id),
    reviewed_at timestamptz,
    review_note text
);
create index emergency_access_active_ix on emergency_access (account_id, youth_id, expires_at);
create index emergency_access_review_ix on emergency_access (reviewed_at, started_at);
