#!/usr/bin/env bash
# Issue 7 load run against a running app and its PostgreSQL (docs/benchmarks.md, "National scale"):
#   national-run.sh <base-url> <pg-port> [seconds=60] [outdir=target/national-run]
# (a) machine load, (b) CoachPagesSimulation (8 coaches, closed), (c) pgbench with 8 clients on the
# same statements for the same time (the raw-SQL floor), (d) the app-vs-floor table, (e) the mixed
# load and the dashboards. Environment:
#   USERS=8 RATE=500 ANALYST=true (false: mixed load without the analyst persona)
#   SKIP_COACH=1 (only the mixed load and the dashboards)
#   ANALYSTS="analyst-01 analyst-nl" (dashboard runs, one per account; default: first ANALYST in the
#     feeders plus analyst-nl when it exists), SKIP_MIXED=1, SKIP_DASHBOARDS=1
#   APP_PID=<pid> JFR=1: record a JFR of the app during CoachPagesSimulation (outdir/coach.jfr)
#   MVN_OFFLINE=-o (default; set it empty for the first run, which downloads Gatling)
set -euo pipefail
base=${1:?base url, e.g. http://localhost:8080}
port=${2:?embedded PostgreSQL port: ps aux | grep "postgres -D"}
seconds=${3:-60}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$(mkdir -p "${4:-$root/target/national-run}" && cd "${4:-$root/target/national-run}" && pwd)
users=${USERS:-8}
PSQL=$(command -v psql || echo /usr/lib/postgresql/15/bin/psql)
PGBENCH=/usr/lib/postgresql/15/bin/pgbench
[ -x "$PGBENCH" ] || PGBENCH=$(command -v pgbench)
psql_() { "$PSQL" -h localhost -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -Xq "$@"; }

sampler=""
start_load_sampling() {
  ( while true; do echo "$(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)"; sleep 5; done ) > "$out/load-$1.txt" &
  sampler=$!
}
stop_load_sampling() { kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true; }
load_summary() { awk '{ s += $2; if ($2 > m) m = $2 } END { if (NR) printf "load avg (1 min) during run: mean %.1f, max %.1f (%d samples)", s / NR, m, NR }' "$out/load-$1.txt"; }

gatling() {
  local sim=$1; shift
  (cd "$root" && ./mvnw -B -q ${MVN_OFFLINE--o} -Pgatling gatling:test -Djacoco.skip=true \
      -Dgatling.simulationClass=nl.overstap.load.$sim -DbaseUrl="$base" -Dfeeders="$out/feeders" \
      -Dduration="$seconds" "$@") > "$out/$sim.log" 2>&1 || true
  ls -td "$root"/target/gatling/"$(echo "$sim" | tr 'A-Z' 'a-z')"-* | sed -n 1p
}

{ echo "# National-scale run $(date -u +%FT%TZ) against $base (PostgreSQL port $port), $seconds s per step"
  echo "machine: $(nproc) cores, $(free -m | awk '/Mem:/ {print $2 " MiB RAM"}'), $(uptime)"
  psql_ -tA -c "select 'data: ' || (select count(*) from youth) || ' youths, ' || (select count(*) from trajectory)
                 || ' trajectories (' || (select count(*) from trajectory where phase <> 'CLOSED') || ' open), '
                 || (select count(*) from account where role = 'COACH') || ' coaches, '
                 || (select count(*) from contact) || ' contacts, ' || (select count(*) from plan_action)
                 || ' plan actions, ' || (select count(*) from access_log) || ' access-log rows'"
} | tee "$out/summary.txt"

"$here/gatling-feeders.sh" "$port" "$out/feeders" | sed 's/^/feeders: /' | tee -a "$out/summary.txt"

# (b) the app: 8 coaches, caseload and youth file
if [ -z "${SKIP_COACH:-}" ]; then
rm -f "$out/CoachPagesSimulation.log" "$out/coach.jfr"
if [ -n "${APP_PID:-}" ] && [ "${JFR:-0}" = 1 ]; then
  # the recording starts once the simulation has started, after the sign-ins of the session pool
  # (their BCrypt hashing would otherwise show up in the profile)
  ( for _ in $(seq 1 180); do
      grep -q "CoachPagesSimulation started" "$out/CoachPagesSimulation.log" 2>/dev/null && break
      sleep 1
    done
    jcmd "$APP_PID" JFR.start name=coach settings=profile duration="$((seconds - 5))s" filename="$out/coach.jfr" >/dev/null
  ) &
fi
start_load_sampling coach
coach_report=$(gatling CoachPagesSimulation -Dusers="$users")
stop_load_sampling
echo "CoachPagesSimulation: $(load_summary coach); report $coach_report" | tee -a "$out/summary.txt"
python3 "$here/gatling-stats.py" "$coach_report" --json > "$out/coach-stats.json"

# (c) the floor: the same statements, the same coaches, 8 clients, the same time
coaches=$(sed -n "2,$((users + 1))p" "$out/feeders/coaches.csv" | cut -d, -f1 | sed "s/.*/'&'/" | paste -sd, -)
psql_ -v coaches="$coaches" -f "$here/floor-setup.sql" > /dev/null
picks=$(psql_ -tA -c "select count(*) from bench.floor_pick")
rm -f "$out"/floor.*
start_load_sampling floor
(cd "$out" && "$PGBENCH" -h localhost -p "$port" -U postgres -n -M prepared -c 8 -j 2 -T "$seconds" \
    -D n="$picks" -f "$here/floor-caseload.sql@1" -f "$here/floor-youthfile.sql@1" -l --log-prefix=floor postgres) \
    > "$out/pgbench.txt" 2>&1
stop_load_sampling
echo "pgbench floor: $(load_summary floor)" | tee -a "$out/summary.txt"
python3 "$here/pgbench-percentiles.py" caseload youthfile -- "$out"/floor.* > "$out/floor-stats.json"
floor_tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$out/pgbench.txt" | sed -n 1p)

# (d) the table
python3 - "$out/coach-stats.json" "$out/floor-stats.json" "${floor_tps:-0}" <<'PY' | tee -a "$out/summary.txt"
import json, sys
app = json.load(open(sys.argv[1])); floor = json.load(open(sys.argv[2])); tps = float(sys.argv[3])
rows = [("both pages", app.get("All Requests"), floor["all"], tps),
        ("caseload", app.get("caseload"), floor["caseload"], None),
        ("youth file", app.get("youth file"), floor["youthfile"], None)]
print(f"| {'8 coaches':12} | app pages/s | app p50 | app p95 | floor pages/s | floor p50 | floor p95 | app p95 / floor p95 |")
print("|---|---|---|---|---|---|---|---|")
for name, a, f, t in rows:
    a = a or {}
    ratio = (a.get("p95") or 0) / f["p95"] if f.get("p95") else float("nan")
    print(f"| {name:12} | {a.get('rps', '')} | {a.get('p50', '')} ms | {a.get('p95', '')} ms | "
          f"{t if t else ''} | {f['p50']} ms | {f['p95']} ms | {ratio:.1f}x |")
a = app.get("All Requests", {})
print(f"targets: >= 400 pages/s ({'met' if a.get('rps', 0) >= 400 else 'missed'}), p95 <= 40 ms "
      f"({'met' if (a.get('p95') or 1e9) <= 40 else 'missed'}), ratio <= 2.7x "
      f"({'met' if floor['all']['p95'] and (a.get('p95') or 1e9) / floor['all']['p95'] <= 2.7 else 'missed'}), "
      f"errors: {a.get('ko', '?')}")
PY
psql_ -c "drop table if exists bench.floor_pick" > /dev/null
fi

# (e) the mixed load and the dashboards
if [ -z "${SKIP_MIXED:-}" ]; then
  start_load_sampling mixed
  mixed_report=$(gatling MixedLoadSimulation -Drate="${RATE:-500}" -Danalyst="${ANALYST:-true}")
  stop_load_sampling
  { echo; echo "MixedLoadSimulation at ${RATE:-500} pages/s (analyst persona ${ANALYST:-true}): $(load_summary mixed); report $mixed_report"
    grep -h "pool:" "$out/MixedLoadSimulation.log" || true
    python3 "$here/gatling-stats.py" "$mixed_report"; } | tee -a "$out/summary.txt"
fi
if [ -z "${SKIP_DASHBOARDS:-}" ]; then
  analysts=${ANALYSTS:-$( (sed -n 2p "$out/feeders/analysts.csv" | cut -d, -f1; grep -o '^analyst-nl' "$out/feeders/analysts.csv" || true) | sort -u | paste -sd' ' -)}
  for analyst in $analysts; do
    target=50; [ "$analyst" = analyst-nl ] && target=150
    start_load_sampling "dashboards-$analyst"
    report=$(gatling DashboardSimulation -Danalysts="$analyst" -Dtarget="$target")
    stop_load_sampling
    { echo; echo "DashboardSimulation as $analyst (target p95 <= $target ms): $(load_summary "dashboards-$analyst"); report $report"
      python3 "$here/gatling-stats.py" "$report"; } | tee -a "$out/summary.txt"
  done
fi
if [ -f "$out/coach.jfr" ]; then
  python3 "$here/jfr-hot.py" "$out/coach.jfr" 20 > "$out/coach-hot.txt" 2>&1 || true
  echo "JFR hot frames: $out/coach-hot.txt" | tee -a "$out/summary.txt"
fi
echo "summary: $out/summary.txt"
