-- Young people (16-27 at registration). The BSN is stored only encrypted (AES-GCM) plus a keyed
-- hash used to detect duplicates; never in clear text.
create table youth (
    id                          uuid primary key,
    organisation_id             uuid        not null references organisation (id),
    given_names                 text        not null,
    family_name                 text        not null,
    preferred_name              text,
    date_of_birth               date        not null,
    municipality                text        not null,
    postcode                    text,
    phone                       text,
    email                       text,
    bsn_encrypted               text,
    bsn_hash                    text,
    education_status            text        not null,
    start_qualification         text        not null check (start_qualification in ('YES', 'NO', 'UNKNOWN')),
    youth_care_history          boolean     not null default false,
    mild_intellectual_disability boolean    not null default false,
    non_intellectual_disability boolean     not null default false,
    multi_problem               boolean     not null default false,
    justice_contact             boolean     not null default false,
    created_at                  timestamptz not null default now(),
    created_by                  uuid        not null references account (id)
);
create index youth_org_family_name_ix on youth (organisation_id, lower(family_name) text_pattern_ops);
create index youth_org_given_names_ix on youth (organisation_id, lower(given_names) text_pattern_ops);
create index youth_org_birth_ix on youth (organisation_id, date_of_birth);
create index youth_bsn_hash_ix on youth (bsn_hash) where bsn_hash is not null;
