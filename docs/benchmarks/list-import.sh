#!/usr/bin/env bash
# List-import benchmark (issue 5). Needs a running app with the 10,000-youth demo region (see
# docs/benchmarks.md) and the app jar copied away from target/ (rebuilding a jar under a running JVM
# breaks it):
#   list-import.sh JAR BASE_URL PGPORT
# 1. caseload p95 idle (wrk, 1 connection, 20 s);
# 2. a 100,000-row list imported with the command-line entry in a separate JVM with -Xmx512m
#    (wall clock, the import's own time from its log line, peak RSS);
# 3. caseload p95 while a second 100,000-row list is imported (wrk starts when the CLI has started).
set -euo pipefail
jar=$1; base=$2; pgport=$3
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
python3 "$here/make-list.py" 100000 101 > "$work/list-a.csv"
python3 "$here/make-list.py" 100000 102 > "$work/list-b.csv"
cookie=$("$here/login-cookie.sh" "$base" coach)

# NICE=19 runs the importing JVM at low CPU priority (its COPY backend in PostgreSQL is not affected)
cli() {
  /usr/bin/time -v nice -n "${NICE:-0}" java -Xmx512m -jar "$jar" --server.port=0 \
    --spring.datasource.url="jdbc:postgresql://localhost:$pgport/postgres" --spring.datasource.username=postgres \
    --spring.datasource.password= --overstap.demo.enabled=true --logging.level.nl.overstap.signal=DEBUG \
    --overstap.import.file="$1" --overstap.import.kind=EARLY_SCHOOL_LEAVERS --overstap.import.account=coordinator
}

echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== caseload idle"
OVERSTAP_COOKIE=$cookie OVERSTAP_PATH=/caseload wrk -t1 -c1 -d20s -s "$here/page.lua" "$base" | tail -1

echo "== 100,000 rows with the CLI (-Xmx512m)"
cli "$work/list-a.csv" > "$work/cli-a.log" 2>&1
grep -E "List import|known people|Elapsed|Maximum resident" "$work/cli-a.log"

echo "== caseload while the next 100,000 rows are imported"
cli "$work/list-b.csv" > "$work/cli-b.log" 2>&1 &
until grep -q "Started OverstapApplication" "$work/cli-b.log"; do sleep 0.5; done
OVERSTAP_COOKIE=$cookie OVERSTAP_PATH=/caseload wrk -t1 -c1 -d15s -s "$here/page.lua" "$base" | tail -1
wait
grep -E "List import|known people|Elapsed" "$work/cli-b.log"
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$work"
