-- Scratch schema for the access-log benchmark (docs/benchmarks.md): the tables the "Wie keek mee" read
-- joins (400,000 youths, 6,000 accounts); the access log itself comes from the real migrations.
create table organisation (id uuid primary key, name text not null);
create table account (id uuid primary key, display_name text not null);
create table youth (id uuid primary key, merged_into_id uuid references youth (id));
create index youth_merged_into_ix on youth (merged_into_id) where merged_into_id is not null;
insert into organisation select md5('bench-org-' || n)::uuid, 'Organisatie ' || n from generate_series(1, 70) n;
insert into account select md5('bench-account-' || n)::uuid, 'Coach ' || n from generate_series(1, 6000) n;
insert into youth select md5('bench-youth-' || n)::uuid, null from generate_series(1, 400000) n;
-- then run V0006__audit_create_access_log.sql and V0029__audit_partition_access_log.sql on this database.
