-- Organisations of the regional partnership and the people who log in to Overstap.
create table organisation (
    id           uuid primary key,
    name         text        not null,
    kind         text        not null,
    region       text        not null,
    municipality text,
    created_at   timestamptz not null default now()
);

create table account (
    id              uuid primary key,
    username        text        not null,
    display_name    text        not null,
    password_hash   text        not null,
    role            text        not null check (role in ('COACH', 'COORDINATOR', 'PARTNER', 'EMPLOYER', 'ANALYST', 'ADMIN')),
    organisation_id uuid        not null references organisation (id),
    enabled         boolean     not null default true,
    failed_logins   integer     not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null default now()
);
create unique index account_username_uk on account (lower(username));
create index account_organisation_ix on account (organisation_id, role);
