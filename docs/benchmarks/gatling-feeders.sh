#!/usr/bin/env bash
# Writes the Gatling feeders (CSV) for the load tests from the database itself:
#   gatling-feeders.sh <pg-port> <outdir> [pg-host]
# Accounts are chosen by role and relations (open trajectories they coach, youths in Match),
# never by username pattern, so the same script works on the demo region and on the
# national/regional data sets. Every account is assumed to have the demo password.
#   coaches.csv   username,youths,trajectories,actions  (ids joined by '|'; open caseload, <= 40 each;
#                 actions: <= 40 open/done plan actions of those youths)
#   matchers.csv  username,youths  (coaches with youths whose open trajectory is in MATCH)
#   partners.csv  username         (PARTNER accounts)
#   analysts.csv  username,organisation (ANALYST accounts)
#   coordinators.csv username,organisation
# The coach rows are in a fixed pseudo-random order (hash of the account id), so the first N rows
# are a stable sample spread over organisations.
set -euo pipefail
port=${1:?pg port}; out=${2:?output directory}; host=${3:-localhost}
PSQL=$(command -v psql || echo /usr/lib/postgresql/15/bin/psql)
mkdir -p "$out"
q() { "$PSQL" -h "$host" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -XqAt -F, -c "$1"; }
usable="a.enabled and (a.locked_until is null or a.locked_until < now())"

{ echo "username,youths,trajectories,actions"
  q "select a.username, c.youths, c.trajectories, coalesce(x.actions, '')
       from account a
       cross join lateral (
            select string_agg(t.youth_id::text, '|' order by t.id) as youths,
                   string_agg(t.id::text, '|' order by t.id) as trajectories
              from (select t.id, t.youth_id from trajectory t
                     where t.coach_id = a.id and t.phase <> 'CLOSED' order by t.id limit 40) t) c
       left join lateral (
            select string_agg(pa.id::text, '|' order by pa.id) as actions
              from (select pa.id from trajectory t join plan_action pa on pa.youth_id = t.youth_id
                     where t.coach_id = a.id and t.phase <> 'CLOSED' and pa.status in ('OPEN', 'DONE')
                     order by pa.id limit 40) pa) x on true
      where a.role = 'COACH' and $usable and c.youths is not null
      order by hashtext(a.id::text), a.id"
} > "$out/coaches.csv"

{ echo "username,youths"
  q "select a.username, string_agg(t.youth_id::text, '|' order by t.id)
       from account a join trajectory t on t.coach_id = a.id and t.phase = 'MATCH'
      where a.role = 'COACH' and $usable
      group by a.id, a.username
      order by hashtext(a.id::text), a.id"
} > "$out/matchers.csv"

{ echo "username"
  q "select a.username from account a where a.role = 'PARTNER' and $usable order by hashtext(a.id::text), a.id"
} > "$out/partners.csv"

{ echo "username,organisation"
  q "select a.username, replace(o.name, ',', ' ') from account a join organisation o on o.id = a.organisation_id
      where a.role = 'ANALYST' and $usable order by a.username"
} > "$out/analysts.csv"

{ echo "username,organisation"
  q "select a.username, replace(o.name, ',', ' ') from account a join organisation o on o.id = a.organisation_id
      where a.role = 'COORDINATOR' and $usable order by a.username"
} > "$out/coordinators.csv"

for f in coaches matchers partners analysts coordinators; do
  printf '%-13s %6d rows\n' "$f" $(($(wc -l < "$out/$f.csv") - 1))
done
