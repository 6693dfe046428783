-- Corrections of a youth's details (AVG right to rectification): one row per changed field, written
-- in the same transaction as the update. Values are stored as text (dates ISO, enums by name,
-- markers true/false). The BSN is never corrected here, so it can never appear in this history.
create table youth_change (
    id         uuid primary key,
    youth_id   uuid        not null references youth (id),
    field      text        not null check (field in ('given_names', 'family_name', 'preferred_name', 'date_of_birth',
                                                     'municipality', 'postcode', 'phone', 'email', 'education_status',
                                                     'start_qualification', 'youth_care_history',
                                                     'mild_intellectual_disability', 'non_intellectual_disability',
                                                     'multi_problem', 'justice_contact')),
    old_value  text,
    new_value  text,
    reason     text        not null check (length(reason) between 1 and 1000),
    changed_by uuid        not null references account (id),
    changed_at timestamptz not null
);
create index youth_change_youth_ix on youth_change (youth_id, changed_at desc);
