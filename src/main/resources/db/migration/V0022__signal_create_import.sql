-- List imports: an RMC/DUO early-school-leaver list or a youth-care 18-/18+ list, loaded in one
-- transaction together with the signals it creates. Every data row of the file ends exactly once in
-- signal_import_row as ACCEPTED, MATCHED or REJECTED; empty lines are only counted.
create table signal_import (
    id             uuid primary key,
    region         text        not null,
    list_kind      text        not null check (list_kind in ('EARLY_SCHOOL_LEAVERS', 'YOUTH_CARE_18')),
    file_name      text        not null,
    file_sha256    text        not null,
    file_size      bigint      not null,
    encoding       text        not null,
    separator      text        not null,
    -- the header of the file as it was, for the download of rejected rows
    header         text[]      not null,
    imported_by    uuid        not null references account (id),
    imported_at    timestamptz not null default now(),
    rows_accepted  integer     not null,
    rows_matched   integer     not null,
    rows_rejected  integer     not null,
    rows_empty     integer     not null
);
create index signal_import_region_ix on signal_import (region, imported_at desc);

create table signal_import_row (
    import_id   uuid    not null references signal_import (id),
    -- the line in the file where the row starts (the header is line 1)
    line        integer not null,
    outcome     text    not null check (outcome in ('ACCEPTED', 'MATCHED', 'REJECTED')),
    -- how a MATCHED row was recognised: SAME_FILE, OPEN_SIGNAL, SAME_SIGNAL, YOUTH
    match_kind  text,
    -- provenance only, without foreign keys: no per-row trigger on 100k-row imports, and erasure or
    -- retention of a youth or signal is never blocked by an old import report
    signal_id   uuid,
    youth_id    uuid,
    -- only for REJECTED rows: the fields as they were in the file, and the reasons in Dutch
    raw         text[],
    reasons     text[],
    primary key (import_id, line)
);
create index signal_import_row_signal_ix on signal_import_row (signal_id) where signal_id is not null;
create index signal_import_row_rejected_ix on signal_import_row (import_id, line) where outcome = 'REJECTED';
