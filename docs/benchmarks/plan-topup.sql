-- Issue 4 benchmark data on top of the 10,000-youth region (run after consent-topup.sql):
-- 1. one youth of the demo coach with a scan (13 scores), 20 goals and 60 actions;
-- 2. the covenant lets RMC receive the plan (benchmark only), RMC gets PLAN consent for the youths
--    whose basic details it may see, and 5,000 open actions owned by RMC spread over them.
\set coach_youth '(select t.youth_id from trajectory t join account a on a.id = t.coach_id where a.username = ''coach'' and t.phase <> ''CLOSED'' order by t.id limit 1)'

insert into scan (id, youth_id, scan_date, participants, created_by, created_at)
select gen_random_uuid(), :coach_youth, current_date - 10, '{YOUTH}', (select id from account where username = 'coach'), now();
insert into scan_score (scan_id, domain, score, goes_well, needed)
select s.id, d, 1 + (abs(hashtext(d)) % 5), 'Gaat goed', 'Nodig'
  from scan s cross join unnest(array['FINANCES','WORK_EDUCATION','DAYTIME_ACTIVITIES','HOUSING','DOMESTIC_RELATIONS',
       'MENTAL_HEALTH','PHYSICAL_HEALTH','SUBSTANCE_USE','BASIC_ADL','INSTRUMENTAL_ADL','SOCIAL_NETWORK',
       'SOCIAL_PARTICIPATION','JUSTICE']) d
 where s.youth_id = :coach_youth;
with goals as (
    insert into plan_goal (id, youth_id, domain, text, target_date, status, created_by, created_at)
    select gen_random_uuid(), :coach_youth, 'WORK_EDUCATION', 'Doel ' || n, current_date + n, 'OPEN',
           (select id from account where username = 'coach'), now()
      from generate_series(1, 20) n
    returning id)
insert into plan_action (id, goal_id, youth_id, description, owner_type, due_date, status, created_by, created_at)
select gen_random_uuid(), g.id, :coach_youth, 'Actie ' || n, 'YOUTH', current_date + n, 'OPEN',
       (select id from account where username = 'coach'), now()
  from goals g cross join generate_series(1, 3) n;
insert into plan_agreement (youth_id, agreed_on, agreed_by)
values (:coach_youth, current_date - 5, (select id from account where username = 'coach'));

insert into covenant_share (covenant_id, organisation_kind, data_category, purpose)
select id, 'RMC', 'PLAN', 'Benchmark' from covenant on conflict do nothing;

insert into consent_record (id, youth_id, organisation_id, data_category, version, is_current, basis, decision,
                            given_on, given_how, valid_until, recorded_by, recorded_at)
select gen_random_uuid(), c.youth_id, c.organisation_id, 'PLAN', 1, true, 'CONSENT', 'GRANTED', current_date - 30,
       'WRITTEN', current_date + 300, c.recorded_by, now()
  from consent_record c join organisation o on o.id = c.organisation_id
 where o.name = 'RMC Regio Haaglanden' and c.is_current and c.data_category = 'BASIC' and c.decision = 'GRANTED'
   and c.withdrawn_at is null
on conflict do nothing;

with youths as (
    select c.youth_id, row_number() over (order by c.youth_id) as rn, count(*) over () as total
      from consent_record c join organisation o on o.id = c.organisation_id
     where o.name = 'RMC Regio Haaglanden' and c.is_current and c.data_category = 'PLAN'),
goals as (
    insert into plan_goal (id, youth_id, domain, text, target_date, status, created_by, created_at)
    select gen_random_uuid(), youth_id, 'WORK_EDUCATION', 'Een opleiding kiezen', current_date + 60, 'OPEN',
           (select id from account where username = 'coach'), now()
      from youths
    returning id, youth_id)
insert into plan_action (id, goal_id, youth_id, description, owner_type, owner_organisation_id, owner_account_id,
                         due_date, status, created_by, created_at)
select gen_random_uuid(), g.id, g.youth_id, 'Intakegesprek RMC ' || n, 'PARTNER', o.id, o.contact_person_id,
       current_date - 20 + (n % 60), 'OPEN', (select id from account where username = 'coach'), now()
  from goals g
  cross join generate_series(1, 2) n
  join organisation o on o.name = 'RMC Regio Haaglanden'
 limit 5000;

analyze;
select (select count(*) from plan_action where owner_type = 'PARTNER' and status <> 'DONE') as open_partner_actions,
       (select count(*) from plan_action where youth_id = :coach_youth) as coach_youth_actions;
