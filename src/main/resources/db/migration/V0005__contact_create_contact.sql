-- Logged contacts (contactmomenten), including outreach attempts. Corrections point at the contact they correct.
create table contact (
    id               uuid primary key,
    trajectory_id    uuid        not null references trajectory (id),
    occurred_at      timestamptz not null,
    channel          text        not null,
    counterpart      text        not null,
    reached          boolean,
    duration_minutes integer check (duration_minutes between 0 and 1440),
    note             text,
    corrects_id      uuid references contact (id),
    author_id        uuid        not null references account (id),
    created_at       timestamptz not null,
    updated_at       timestamptz
);
create index contact_trajectory_ix on contact (trajectory_id, occurred_at desc);
