-- Placeholder: the match pipeline (owned by the match work). Replaced before release.
select 1;
