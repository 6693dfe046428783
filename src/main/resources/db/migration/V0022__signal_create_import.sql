-- Placeholder: list imports (owned by the signal import work). Replaced before release.
select 1;
