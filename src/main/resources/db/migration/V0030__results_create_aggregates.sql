-- Results (ADR 0016): the dashboards read only these small tables, which a scheduled job rebuilds
-- set-based in one transaction. A cell is additive: a count (n) and a sum (total) of one measure and
-- key, for one month and one combination of region, municipality, programme and coaching
-- organisation, where '*' means "all" (the job stores every roll-up: cube of the four dimensions), so
-- a dashboard for any cut reads one index range and only sums over months.
create table results_cell (
    region       text    not null,
    municipality text    not null,
    programme    text    not null,
    organisation text    not null,
    month        date    not null,
    measure      text    not null,
    key          text    not null,
    n            bigint  not null,
    total        numeric not null
);
create index results_cell_cut_ix on results_cell (region, municipality, programme, organisation, month)
    include (measure, key, n, total);
-- The inflow per municipality reads the cells of every municipality for the other dimensions of a cut.
create index results_cell_municipality_ix on results_cell (region, programme, organisation, month)
    include (municipality, measure, key, n, total)
    where municipality <> '*' and measure in ('SIGNAL', 'STARTED');

-- The values the cut form offers per region (municipalities, programmes, organisations, partner
-- organisations), with a display name where the value is an id.
create table results_dimension (
    region    text not null,
    dimension text not null check (dimension in ('REGION', 'MUNICIPALITY', 'PROGRAMME', 'ORGANISATION', 'PARTNER')),
    value     text not null,
    label     text not null,
    primary key (region, dimension, value)
);

-- When the figures were last rebuilt, and how long that took (one row).
create table results_refresh (
    id           smallint    primary key check (id = 1),
    refreshed_at timestamptz not null,
    duration_ms  bigint      not null,
    cells        bigint      not null
);
