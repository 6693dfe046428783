-- Research partners: an analyst account with this flag may download the pseudonymised record-level
-- export for action research. Only an administrator sets it; every export is logged.
alter table account add column research_access boolean not null default false;
alter table account add constraint account_research_access_analyst_ck
    check (not research_access or role = 'ANALYST');
