-- Signals (signalen/aanmeldingen): a report that a youth needs attention, from a list, a partner
-- form or the youth themselves. Every signal ends with an owner and an outcome (sluitende aanpak).

-- Routing: which coaching organisation picks up new signals. The most specific matching rule wins
-- (municipality and programme set beats one of them beats none); ties go to the lowest priority.
create table signal_routing_rule (
    id                       uuid primary key,
    region                   text        not null,
    municipality             text,
    programme_id             uuid references programme (id),
    source                   text,
    organisation_id          uuid        not null references organisation (id),
    priority                 integer     not null default 100,
    created_at               timestamptz not null default now(),
    created_by               uuid references account (id)
);
create index signal_routing_rule_region_ix on signal_routing_rule (region);

create table signal (
    id                         uuid primary key,
    region                     text        not null,
    source                     text        not null check (source in ('RMC_DUO', 'YOUTH_CARE_18', 'SCHOOL', 'POLICE_JUSTICE',
                                   'UWV', 'MUNICIPALITY', 'NEIGHBOURHOOD_TEAM', 'SELF_REFERRAL', 'OTHER')),
    urgency                    text        not null check (urgency in ('NORMAL', 'HIGH', 'URGENT')),
    signalled_on               date        not null,
    reason                     text,
    -- who reported it
    reporting_organisation_id  uuid references organisation (id),
    reporter_account_id        uuid references account (id),
    reporter_name              text,
    -- the youth as far as known (a list row or a partner form; never more than needed)
    given_names                text,
    family_name                text,
    date_of_birth              date,
    municipality               text,
    postcode                   text,
    house_number               text,
    phone                      text,
    email                      text,
    bsn_encrypted              text,
    bsn_hash                   text,
    school                     text,
    brin                       text,
    course                     text,
    deregistered_on            date,
    -- ownership and triage
    programme_id               uuid references programme (id),
    assigned_organisation_id   uuid references organisation (id),
    status                     text        not null check (status in ('OPEN', 'CONTACT_MADE', 'LINKED', 'REFERRED',
                                   'NOT_REACHABLE', 'DECLINED', 'OUTSIDE_TARGET_GROUP')),
    first_contact_due          date        not null,
    youth_id                   uuid references youth (id),
    trajectory_id              uuid references trajectory (id),
    referred_to_organisation_id uuid references organisation (id),
    outcome_note               text,
    closed_at                  timestamptz,
    closed_by                  uuid references account (id),
    -- provenance: a list import and its row, or a form
    import_id                  uuid,
    import_row                 integer,
    created_at                 timestamptz not null default now(),
    created_by                 uuid references account (id),
    version                    integer     not null default 0
);
create index signal_queue_ix on signal (assigned_organisation_id, first_contact_due) where status = 'OPEN';
create index signal_region_ix on signal (region, status, signalled_on);
create index signal_bsn_hash_ix on signal (bsn_hash) where bsn_hash is not null;
create index signal_youth_ix on signal (youth_id) where youth_id is not null;

-- Outreach (eropaf): every attempt to reach a youth who has not been reached yet.
create table outreach_attempt (
    id           uuid primary key,
    signal_id    uuid        not null references signal (id),
    kind         text        not null check (kind in ('HOME_VISIT', 'PHONE', 'LETTER', 'SOCIAL_MEDIA', 'EMAIL', 'OTHER')),
    attempted_on date        not null,
    reached      boolean     not null,
    note         text,
    created_at   timestamptz not null default now(),
    created_by   uuid        not null references account (id)
);
create index outreach_attempt_signal_ix on outreach_attempt (signal_id, attempted_on);
