-- Duplicate youths: candidates by similar names (pg_trgm trigrams on a folded name key), and explicit
-- merges of two youth records that can be undone for a day.

-- pg_trgm ships with the PostgreSQL binaries (embedded: always; an external server needs the contrib
-- package, e.g. Debian's postgresql-contrib, which is part of the server package since PostgreSQL 10).
create extension if not exists pg_trgm;

-- The name as compared: lower case, accents and Turkish/Central European letters folded to a-z, and
-- everything else (spaces, hyphens, apostrophes) removed, so "Öztürk" = "Ozturk" and "El-Amrani" =
-- "El Amrani". Immutable, so it can be indexed.
create function youth_name_key(name text) returns text
    language sql immutable parallel safe returns null on null input
as $$
    select regexp_replace(
               translate(lower(name),
                         'áàâäãåāăąçćčďéèêëēėęěğíìîïıīłñńňóòôöõøōőřşśšťúùûüūůűýÿžźżßæœ',
                         'aaaaaaaaacccdeeeeeeeegiiiiiilnnnoooooooorssstuuuuuuuyyzzzsao'),
               '[^a-z]', '', 'g')
$$;

-- A merged-away youth points at the record that survived; it is no longer shown anywhere.
alter table youth add column merged_into_id uuid references youth (id);
alter table youth add column merged_at timestamptz;
alter table youth add constraint youth_not_merged_into_self check (merged_into_id is null or merged_into_id <> id);

-- The folded names, kept with the row so comparisons never fold them again.
alter table youth add column family_key text generated always as (youth_name_key(family_name)) stored;
alter table youth add column given_key text generated always as (youth_name_key(given_names)) stored;

create index youth_family_key_trgm_ix on youth using gin (family_key gin_trgm_ops) where merged_into_id is null;
create index youth_birth_active_ix on youth (date_of_birth) where merged_into_id is null;
create index youth_merged_into_ix on youth (merged_into_id) where merged_into_id is not null;

-- One merge: which record survived, which was merged into it, and exactly which rows moved (per
-- "table.column" the primary keys of the rows, as text), so an undo within a day moves exactly
-- those rows back.
create table youth_merge (
    id          uuid primary key,
    survivor_id uuid        not null references youth (id),
    merged_id   uuid        not null references youth (id),
    merged_by   uuid        not null references account (id),
    merged_at   timestamptz not null,
    moved       jsonb       not null,
    -- the survivor had no BSN and took the duplicate's (encrypted value and hash); undo clears it again
    bsn_copied  boolean     not null default false,
    undone_by   uuid references account (id),
    undone_at   timestamptz,
    check (survivor_id <> merged_id),
    check ((undone_by is null) = (undone_at is null))
);
create index youth_merge_survivor_ix on youth_merge (survivor_id, merged_at desc);
-- A youth is merged away at most once at a time.
create unique index youth_merge_one_active_uk on youth_merge (merged_id) where undone_at is null;
