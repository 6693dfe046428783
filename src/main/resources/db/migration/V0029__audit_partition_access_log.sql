-- Placeholder (owned by the scale work of issue 7): the access log partitioned by month.
select 1;
