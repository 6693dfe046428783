-- Placeholder: youth merges (owned by the duplicates work). Replaced before release.
select 1;
