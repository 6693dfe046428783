-- Raw-SQL floor of the coach pages (issue 7): the pick table that floor-caseload.sql and
-- floor-youthfile.sql draw their variables from. Run after CoachPagesSimulation, with the same
-- coaches (their signed-in Spring Session rows are reused):
--   psql ... -v coaches="'coach.173','coach.192'" -f floor-setup.sql
-- One row per (coach, youth in the coach's open caseload); pgbench picks a row at random, like the
-- simulation picks a random youth of the coach's caseload. The caseload column holds the youths of
-- the first page (25 shown, CaseloadQuery.PAGE_SIZE) for the access-log insert.
create schema if not exists bench;
drop table if exists bench.floor_pick;
create table bench.floor_pick as
select row_number() over (order by a.username, t.id)::int as k,
       a.id as coach_id, a.organisation_id as org_id, t.youth_id,
       (select array_agg(c.youth_id order by c.last_contact_at asc nulls first, c.id)
          from (select tt.youth_id, tt.last_contact_at, tt.id from trajectory tt
                 where tt.coach_id = a.id and tt.phase <> 'CLOSED'
                 order by tt.last_contact_at asc nulls first, tt.id limit 25) c)::text as caseload,
       s.session_id as sid, s.primary_id as spid, md5(s.session_id) as session_hash
  from account a
  join trajectory t on t.coach_id = a.id and t.phase <> 'CLOSED'
  join lateral (select ss.session_id, ss.primary_id from spring_session ss
                 where ss.principal_name = a.username order by ss.last_access_time desc limit 1) s on true
 where a.username in (:coaches);
alter table bench.floor_pick add primary key (k);
analyze bench.floor_pick;
select count(*) as picks, count(distinct coach_id) as coaches from bench.floor_pick;
