-- pgbench: the statements of one GET /caseload, as the app issues them (from the PostgreSQL
-- statement log): Spring Session read, the caseload page (one statement), the access-log insert for
-- the youths shown, the session update, and the second session read of the request.
-- Variables: -D n=<rows of bench.floor_pick> (floor-setup.sql). The pick itself is one primary-key
-- lookup (~0.05 ms) and is part of the measured time. pgbench reads a colon followed by a name as a
-- variable even inside quotes, so the legal-basis texts are built with chr(58) in the pick query.
\set k random(1, :n)
select coach_id, org_id, caseload, sid, spid, session_hash, current_date::text as today,
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
select t.id as trajectory_id, y.id as youth_id, coalesce(y.preferred_name, y.given_names) as first_name,
       y.family_name, y.date_of_birth, y.municipality, t.phase, t.phase_entered_at,
       t.last_contact_at, t.start_date, p.name as programme, a.display_name as coach,
       exists (select 1 from plan_action pa where pa.youth_id = t.youth_id and pa.status <> 'DONE'
                  and pa.due_date < cast(:today as date) - 7) as action_overdue,
       exists (select 1 from plan_action pa
                 join consent_record c on c.youth_id = pa.youth_id and c.organisation_id = pa.owner_organisation_id
                                      and c.data_category = 'PLAN' and c.is_current
                where pa.youth_id = t.youth_id and pa.status <> 'DONE' and pa.owner_type = 'PARTNER'
                  and (c.withdrawn_at is not null or c.decision = 'REFUSED'
                       or (c.basis = 'CONSENT' and c.valid_until < cast(:today as date)))) as consent_blocks,
       (case when t.phase <> 'BORG' then null
             when exists (select 1 from followup_placement fp where fp.trajectory_id = t.id and fp.ended_on is not null)
                  and not exists (select 1 from followup_placement fp where fp.trajectory_id = t.id and fp.ended_on is null)
                  then 'PLACE_ENDED'
             when exists (select 1 from followup_checkin fc join followup_placement fp on fp.match_id = fc.match_id
                           where fp.trajectory_id = t.id and fp.ended_on is null and fc.concern
                             and not exists (select 1 from followup_checkin later
                                              where later.match_id = fc.match_id and later.party = fc.party
                                                and later.answered_at > fc.answered_at))
                  then 'CONCERN'
             when exists (select 1 from followup_checkin fc join followup_placement fp on fp.match_id = fc.match_id
                           where fp.trajectory_id = t.id and fp.ended_on is null and fc.answered_at is null
                             and fc.due_on < cast(:today as date) - 7)
                  then 'MISSED_CHECK_IN'
        end) as follow_up_attention
  from trajectory t
  join youth y on y.id = t.youth_id
  join programme p on p.id = t.programme_id
  join account a on a.id = t.coach_id
 where t.phase <> 'CLOSED' and t.coach_id = :coach_id
 order by t.last_contact_at asc nulls first, t.id limit 26 offset 0;
insert into access_log (event_type, outcome, account_id, role, organisation_id, client_ip,
                        session_hash, request_id, youth_id, object_type, object_id,
                        data_categories, legal_basis)
select 'LIST', 'ALLOWED', cast(:coach_id as uuid), 'COACH', cast(:org_id as uuid), '127.0.0.1',
       cast(:session_hash as text), gen_random_uuid(), y, 'youth', y,
       cast('{BASIC,TRAJECTORY}' as text[]), cast(:task_basis as text)
  from unnest(cast(:caseload as uuid[])) as y;
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
