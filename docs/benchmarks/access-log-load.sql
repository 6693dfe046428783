-- Loads :months months of access log ending :end_months_ago months before now, 1,666,667 rows per month
-- (20M a year), in time order, youths and accounts uniformly spread. psql -v months=1 -v end_months_ago=0
select access_log_create_partitions(((now() - make_interval(months => :months + :end_months_ago)) at time zone 'UTC')::date,
                                    ((now() + interval '3 months') at time zone 'UTC')::date);
insert into access_log (occurred_at, event_type, outcome, account_id, role, organisation_id, client_ip, youth_id,
                        object_type, object_id, data_categories, legal_basis)
select now() - make_interval(months => :end_months_ago)
           - make_interval(months => :months) * (1 - (g - 0.5) / (1666667 * :months)),
       'READ', 'ALLOWED', md5('bench-account-' || (1 + h % 6000))::uuid, 'COACH',
       md5('bench-org-' || (1 + h % 70))::uuid, '10.0.0.1', md5('bench-youth-' || (1 + (h / 6000) % 400000))::uuid,
       'youth', md5('bench-youth-' || (1 + (h / 6000) % 400000))::uuid, '{BASIC}', 'task:coach'
  from (select g, hashint8extended(g + 1000000000 * :end_months_ago, 42) & 2147483647 as h
          from generate_series(1, 1666667 * :months) g) s;
analyze access_log;
