-- NEN 7513 access log. Append-only for the application: a trigger refuses update and delete.
create table access_log (
    id                  bigint generated always as identity primary key,
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
    request_id          text
);
create index access_log_youth_ix on access_log (youth_id, occurred_at desc) where youth_id is not null;
create index access_log_account_ix on access_log (account_id, occurred_at desc);

create function access_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'access_log is append-only';
end;
$$;
create trigger access_log_no_update before update or delete on access_log
    for each row execute function access_log_append_only();
