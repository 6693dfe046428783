-- pgbench: the statements of one GET /youths/{id} (coach, own caseload), as the app issues them
-- (from the PostgreSQL statement log): Spring Session read, the access decision (consent and
-- emergency access), the file heading, the first timeline page (21 rows), the access-log insert,
-- the session update and the second session read. Variables as in floor-caseload.sql.
\set k random(1, :n)
select coach_id, org_id, youth_id, sid, spid, session_hash, current_date::text as today, now()::text as now_ts,
       (extract(epoch from now()) * 1000)::bigint::text as now_ms,
       (extract(epoch from now()) * 1000 + 1800000)::bigint::text as expiry_ms,
       replace('task#coach', '#', chr(58)) as task_basis,
       replace('BASIC=task#coach;BSN=task#coach;CONTACT_DETAILS=task#coach;CONTACT_NOTES=task#coach;SITUATION=task#coach;TRAJECTORY=task#coach', '#', chr(58)) as file_basis
  from bench.floor_pick where k = :k \gset
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
  FROM SPRING_SESSION S
  LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
 WHERE S.SESSION_ID = :sid;
COMMIT;
BEGIN;
select y.organisation_id, o.region,
       (select array_agg(c.data_category || '=' || case when c.basis = 'LEGAL_BASIS'
                          then 'statute:' || c.statute else 'consent:' || c.id || '/v' || c.version end)
          from consent_record c
         where c.youth_id = y.id and c.organisation_id = :org_id and c.is_current
           and c.decision = 'GRANTED' and c.withdrawn_at is null
           and ((c.basis = 'LEGAL_BASIS'
                 and exists (select 1 from organisation task
                              where task.id = :org_id and c.statute = any (task.legal_tasks)))
                or (c.data_category <> 'BSN' and c.valid_until >= cast(:today as date)
                    and exists (select 1 from covenant cv
                                  join covenant_party mine on mine.covenant_id = cv.id
                                                          and mine.organisation_id = :org_id
                                  join covenant_party theirs on theirs.covenant_id = cv.id
                                                            and theirs.organisation_id = y.organisation_id
                                  join covenant_share s on s.covenant_id = cv.id
                                                       and s.data_category = c.data_category
                                  join organisation me on me.id = :org_id and me.kind = s.organisation_kind
                                 where cv.start_date <= cast(:today as date)
                                   and (cv.end_date is null or cv.end_date >= cast(:today as date)))))) as shares,
       e.expires_at as emergency_until, e.reason as emergency_reason
  from youth y
  join organisation o on o.id = y.organisation_id
  left join lateral (select ea.expires_at, ea.reason from emergency_access ea
                      where ea.youth_id = y.id and ea.account_id = :coach_id and ea.expires_at > cast(:now_ts as timestamptz)
                      order by ea.expires_at desc limit 1) e on true
 where y.id = :youth_id and y.merged_into_id is null;
select y.*, o.region, t.id as t_id, t.phase, t.phase_entered_at, t.coach_id, t.start_date,
       t.outcome, t.end_reason, p.name as programme, a.display_name as coach,
       (select max(sc.scan_date) from scan sc where sc.youth_id = y.id) as last_scan,
       (select count(*) from scan sc where sc.youth_id = y.id) as scans,
       (select pa.agreed_on from plan_agreement pa where pa.youth_id = y.id) as plan_agreed_on,
       (select count(*) from plan_goal g where g.youth_id = y.id
           and g.status in ('OPEN', 'IN_PROGRESS')) as open_goals,
       (select count(*) from plan_action ac where ac.youth_id = y.id and ac.status <> 'DONE') as open_actions,
       (select count(*) from plan_action ac where ac.youth_id = y.id and ac.status <> 'DONE'
           and ac.due_date < current_date) as overdue_actions
  from youth y
  join organisation o on o.id = y.organisation_id
  left join lateral (select * from trajectory tt where tt.youth_id = y.id
                      order by (tt.phase <> 'CLOSED') desc, tt.created_at desc limit 1) t on true
  left join programme p on p.id = t.programme_id
  left join account a on a.id = t.coach_id
 where y.id = :youth_id;
select * from (
    select 'PHASE' as type, pc.id, pc.changed_at as at, a.display_name as author, pc.changed_by as author_id,
           pc.from_phase, pc.to_phase, pc.kind as change_kind, pc.reason as text,
           null::text as channel, null::text as counterpart, null::boolean as reached,
           null::integer as duration_minutes, false as correction, false as corrected,
           pc.changed_at as created_at, t.phase <> 'CLOSED' as open_trajectory
      from phase_change pc
      join trajectory t on t.id = pc.trajectory_id
      join account a on a.id = pc.changed_by
     where t.youth_id = :youth_id and true
    union all
    select 'CONTACT', c.id, c.occurred_at, a.display_name, c.author_id, null, null, null, c.note,
           c.channel, c.counterpart, c.reached, c.duration_minutes, c.corrects_id is not null,
           exists (select 1 from contact k where k.corrects_id = c.id), c.created_at,
           t.phase <> 'CLOSED'
      from contact c
      join trajectory t on t.id = c.trajectory_id
      join account a on a.id = c.author_id
     where t.youth_id = :youth_id and true
) entries
order by at desc, created_at desc, id
limit 21 offset 0;
insert into access_log (event_type, outcome, account_id, role, organisation_id, client_ip, session_hash,
                        request_id, youth_id, object_type, object_id, data_categories, legal_basis,
                        emergency, justification)
values ('READ', 'ALLOWED', :coach_id, 'COACH', :org_id, '127.0.0.1', :session_hash, gen_random_uuid(), :youth_id,
        'youth', :youth_id, cast('{BASIC,BSN,CONTACT_DETAILS,CONTACT_NOTES,SITUATION,TRAJECTORY}' as text[]),
        :file_basis,
        false, null);
COMMIT;
BEGIN;
UPDATE SPRING_SESSION
   SET SESSION_ID = :sid, LAST_ACCESS_TIME = :now_ms, MAX_INACTIVE_INTERVAL = 1800, EXPIRY_TIME = :expiry_ms,
       PRINCIPAL_NAME = PRINCIPAL_NAME
 WHERE PRIMARY_ID = :spid;
COMMIT;
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
  FROM SPRING_SESSION S
  LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
 WHERE S.SESSION_ID = :sid;
COMMIT;
