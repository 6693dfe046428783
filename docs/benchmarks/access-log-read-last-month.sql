-- pgbench script: the "Wie keek mee" read of WhoLooked.forYouth (audit module), first page of 50 (+1),
-- the last month (from = today minus one month), for a random youth of the bench set.
\set i random(1, 400000)
select l.occurred_at, l.event_type, l.outcome, coalesce(a.display_name, '-') as who,
       coalesce(l.role, '-') as role, coalesce(o.name, '-') as organisation,
       l.data_categories, coalesce(l.legal_basis, '-') as legal_basis, l.emergency, l.justification
  from access_log l
  left join account a on a.id = l.account_id
  left join organisation o on o.id = l.organisation_id
 where l.youth_id in (with recursive merged(id) as (
                          select md5('bench-youth-' || :i)::uuid
                          union
                          select y.id from youth y join merged m on y.merged_into_id = m.id)
                      select id from merged)
   and l.occurred_at >= now() - interval '1 month' and l.occurred_at < now() + interval '1 day'
 order by l.occurred_at desc, l.id desc
 limit 51 offset 0;
