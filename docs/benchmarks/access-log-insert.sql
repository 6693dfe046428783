-- pgbench script: one access-log row as AccessLog.insert writes it (occurred_at = clock_timestamp()).
\set i random(1, 400000)
\set a random(1, 6000)
insert into access_log (event_type, outcome, account_id, role, organisation_id, client_ip, session_hash, request_id,
                        youth_id, object_type, object_id, data_categories, legal_basis, emergency, justification)
values ('READ', 'ALLOWED', md5('bench-account-' || :a)::uuid, 'COACH', md5('bench-org-1')::uuid, '10.0.0.1',
        'bench', 'bench', md5('bench-youth-' || :i)::uuid, 'youth', md5('bench-youth-' || :i)::uuid, '{BASIC}',
        'task:coach', false, null);
