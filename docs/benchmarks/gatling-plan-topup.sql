-- Demo database only (the national/regional generator makes plans itself): give every open
-- trajectory one goal with three coach-owned actions, so the mixed load's "update an action" has
-- actions the coach may change. Idempotent: skips youths that already have a goal.
with targets as (
    select t.youth_id, t.coach_id
      from trajectory t
     where t.phase <> 'CLOSED'
       and not exists (select 1 from plan_goal g where g.youth_id = t.youth_id)),
goals as (
    insert into plan_goal (id, youth_id, domain, text, target_date, status, created_by, created_at)
    select gen_random_uuid(), youth_id, 'WORK_EDUCATION', 'Een opleiding kiezen', current_date + 90, 'OPEN',
           coach_id, now()
      from targets
    returning id, youth_id, created_by)
insert into plan_action (id, goal_id, youth_id, description, owner_type, owner_account_id, due_date, status,
                         created_by, created_at)
select gen_random_uuid(), g.id, g.youth_id, 'Stap ' || n, 'COACH', g.created_by, current_date + 7 * n, 'OPEN',
       g.created_by, now()
  from goals g cross join generate_series(1, 3) n;
analyze plan_goal;
analyze plan_action;
select count(*) as plan_actions from plan_action;
