-- Scratch schema for the access-log benchmark (docs/benchmarks.md): the tables the "Wie keek mee" read
-- joins, the access log exactly as V0006 + V0029 leave it, 400,000 youths and 6,000 accounts.
create table organisation (id uuid primary key, name text not null);
create table account (id uuid primary key, display_name text not null);
create table youth (id uuid primary key, merged_into_id uuid references youth (id));
create index youth_merged_into_ix on youth (merged_into_id) where merged_into_id is not null;
insert into organisation select md5('bench-org-' || n)::uuid, 'Organisatie ' || n from generate_series(1, 70) n;
insert into account select md5('bench-account-' || n)::uuid, 'Coach ' || n from generate_series(1, 6000) n;
insert into youth select md5('bench-youth-' || n)::uuid, null from generate_series(1, 400000) n;
create function access_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'access_log is append-only';
end;
$$;
