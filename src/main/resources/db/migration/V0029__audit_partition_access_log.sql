-- The NEN 7513 access log partitioned by month (RANGE on occurred_at, month boundaries in UTC), so a
-- year of growth does not slow down the reads ("Wie keek mee" reads one youth in a date range) and old
-- months can later be archived by detaching a partition. ADR 0018.
--
-- Every column, both indexes (now partitioned indexes), the append-only trigger and every existing row
-- are kept. The primary key must contain the partition key, so it becomes (id, occurred_at); nothing
-- references access_log(id). There is deliberately NO default partition: a row outside every partition
-- fails its insert, and with it the business transaction (fail closed: no access without a log line).
-- The db-scheduler task "access-log-partitions" keeps overstap.audit.partitions-ahead months ready.

alter table access_log rename to access_log_old;
alter table access_log_old rename constraint access_log_pkey to access_log_old_pkey;
alter index access_log_youth_ix rename to access_log_old_youth_ix;
alter index access_log_account_ix rename to access_log_old_account_ix;
alter sequence access_log_id_seq rename to access_log_old_id_seq;

create table access_log (
    id                  bigint generated always as identity,
    occurred_at         timestamptz not null default clock_timestamp(),
    event_type          text        not null,
    outcome             text        not null check (outcome in ('ALLOWED', 'DENIED', 'ERROR')),
    account_id          uuid,
    role                text,
    organisation_id     uuid,
    responsible_id      uuid,
    client_ip           text,
    session_hash        text,
    youth_id            uuid,
    object_type         text,
    object_id           uuid,
    data_categories     text[]      not null default '{}',
    legal_basis         text,
    emergency           boolean     not null default false,
    justification       text,
    request_id          text,
    primary key (id, occurred_at)
) partition by range (occurred_at);
create index access_log_youth_ix on access_log (youth_id, occurred_at desc) where youth_id is not null;
create index access_log_account_ix on access_log (account_id, occurred_at desc);
create trigger access_log_no_update before update or delete on access_log
    for each row execute function access_log_append_only();

-- Creates the monthly partitions access_log_yYYYYmMM for every month from p_from to p_to (UTC months,
-- both inclusive) that does not exist yet, and answers how many it created. Idempotent; an advisory
-- lock keeps two callers (scheduler, generator) from racing on the same month.
create function access_log_create_partitions(p_from date, p_to date) returns integer
    language plpgsql as $$
declare
    month   date := date_trunc('month', p_from)::date;
    name    text;
    created integer := 0;
begin
    perform pg_advisory_xact_lock(hashtext('access_log_create_partitions'));
    while month <= p_to loop
        name := format('access_log_y%sm%s', to_char(month, 'YYYY'), to_char(month, 'MM'));
        if to_regclass(name) is null then
            execute format('create table %I partition of access_log for values from (%L) to (%L)',
                           name,
                           (month::timestamp at time zone 'UTC'),
                           ((month + interval '1 month')::timestamp at time zone 'UTC'));
            created := created + 1;
        end if;
        month := (month + interval '1 month')::date;
    end loop;
    return created;
end
$$;

select access_log_create_partitions(
           (coalesce((select min(occurred_at) from access_log_old), now()) at time zone 'UTC')::date,
           ((now() + interval '3 months') at time zone 'UTC')::date);

insert into access_log (id, occurred_at, event_type, outcome, account_id, role, organisation_id, responsible_id,
                        client_ip, session_hash, youth_id, object_type, object_id, data_categories, legal_basis,
                        emergency, justification, request_id)
overriding system value
select id, occurred_at, event_type, outcome, account_id, role, organisation_id, responsible_id, client_ip,
       session_hash, youth_id, object_type, object_id, data_categories, legal_basis, emergency, justification,
       request_id
  from access_log_old;

select setval(pg_get_serial_sequence('access_log', 'id'),
              coalesce((select max(id) from access_log_old), 0) + 1, false);

drop table access_log_old;
