-- The youth's own network (sleutelfiguren): family, mentor, teacher and others who matter to the
-- youth. They are not users of Overstap; their details are part of the youth's file (category NETWORK).
create table key_person (
    id             uuid primary key,
    youth_id       uuid        not null references youth (id),
    name           text        not null check (length(name) between 1 and 100),
    relation       text        not null check (relation in ('PARENT', 'GUARDIAN', 'SIBLING', 'OTHER_FAMILY', 'MENTOR',
                                                            'TEACHER', 'FRIEND', 'PROFESSIONAL', 'OTHER')),
    phone          text,
    email          text,
    joins_meetings boolean     not null default false,
    note           text check (note is null or length(note) <= 500),
    created_by     uuid        not null references account (id),
    created_at     timestamptz not null,
    updated_at     timestamptz
);
create index key_person_youth_ix on key_person (youth_id);
