-- Placeholder: follow-up check-ins (owned by the follow-up work). Replaced before release.
select 1;
