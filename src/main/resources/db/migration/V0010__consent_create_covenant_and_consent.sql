-- The covenant (samenwerkingsovereenkomst) and consent per youth x partner organisation x data category.
create table covenant (
    id         uuid primary key,
    name       text        not null,
    start_date date        not null,
    end_date   date,
    purposes   text        not null,
    created_at timestamptz not null default now()
);

create table covenant_party (
    covenant_id     uuid not null references covenant (id),
    organisation_id uuid not null references organisation (id),
    primary key (covenant_id, organisation_id)
);

-- Which data categories parties of a kind may receive, and for which purpose.
create table covenant_share (
    covenant_id       uuid not null references covenant (id),
    organisation_kind text not null,
    data_category     text not null,
    purpose           text not null,
    primary key (covenant_id, organisation_kind, data_category)
);

-- Versioned: every change (grant, refusal, withdrawal, legal basis) is a new version; the newest is current.
create table consent_record (
    id              uuid primary key,
    youth_id        uuid        not null references youth (id),
    organisation_id uuid        not null references organisation (id),
    data_category   text        not null,
    version         integer     not null,
    is_current      boolean     not null default true,
    basis           text        not null check (basis in ('CONSENT', 'LEGAL_BASIS')),
    decision        text        not null check (decision in ('GRANTED', 'REFUSED')),
    statute         text,
    given_on        date        not null,
    given_how       text check (given_how in ('VERBAL', 'WRITTEN', 'DIGITAL')),
    valid_until     date,
    guardian_note   text,
    withdrawn_at    timestamptz,
    recorded_by     uuid        not null references account (id),
    recorded_at     timestamptz not null,
    unique (youth_id, organisation_id, data_category, version),
    check (basis = 'CONSENT' or statute is not null)
);
create unique index consent_current_uk on consent_record (youth_id, organisation_id, data_category) where is_current;
create index consent_partner_ix on consent_record (organisation_id, youth_id) where is_current;
