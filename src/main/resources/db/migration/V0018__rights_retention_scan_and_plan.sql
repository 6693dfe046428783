-- Retention for the life-domain scan (one row per consent group) and the perspective plan.
-- 5 years after the youth's last trajectory was closed, the same as BASIC:
--   the scan and the plan are the youth's own account of his or her situation and goals; a youth who
--   comes back within a few years is helped best by seeing what was tried and reached before, and
--   the access log (kept 5 years) names these categories, so the youth can still be shown what was
--   looked at. After that the words go (rights.Anonymiser says what each category removes); scores,
--   dates, goal domains and statuses stay, as they no longer identify anyone once BASIC has gone and
--   aggregate results (score changes, plan progress) need them.
-- The check on data_category is widened to the categories the job can now remove.
alter table retention_policy drop constraint retention_policy_data_category_check;
alter table retention_policy add constraint retention_policy_data_category_check
    check (data_category in ('BSN', 'CONTACT_DETAILS', 'CONTACT_NOTES', 'NETWORK', 'BASIC',
                             'SCAN_WORK_INCOME', 'SCAN_HOUSING', 'SCAN_HEALTH', 'SCAN_JUSTICE', 'SCAN_SOCIAL',
                             'PLAN'));
insert into retention_policy (data_category, years_after_closing) values
    ('SCAN_WORK_INCOME', 5),
    ('SCAN_HOUSING', 5),
    ('SCAN_HEALTH', 5),
    ('SCAN_JUSTICE', 5),
    ('SCAN_SOCIAL', 5),
    ('PLAN', 5);
