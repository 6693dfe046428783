-- Placeholder (owned by the results work of issue 7): aggregate tables for the dashboards.
select 1;
