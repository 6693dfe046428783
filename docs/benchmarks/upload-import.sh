#!/usr/bin/env bash
# List import through the coordinator's upload page of a running app (issue 5), end to end as a
# coordinator experiences it: the HTTP upload of a 100,000-row list until the report is ready.
#   upload-import.sh BASE_URL LIST.csv [KIND]
# Start the app with the heap under test, e.g. java -Xmx512m -jar overstap.jar. Prints the wall
# clock of the upload, the app's peak heap use afterwards and the caseload p95 before and during.
set -euo pipefail
base=$1; list=$2; kind=${3:-EARLY_SCHOOL_LEAVERS}
here=$(cd "$(dirname "$0")" && pwd)
jar=$(mktemp)
token=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=coordinator" \
  --data-urlencode "password=overstap-demo" --data-urlencode "_csrf=$token" "$base/login"
token=$(curl -s -c "$jar" -b "$jar" "$base/signals/imports" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
  | sed 's/.*value="//;s/"//')
coach=$("$here/login-cookie.sh" "$base" coach)

echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== caseload idle (wrk, 1 connection, 15 s)"
OVERSTAP_COOKIE=$coach OVERSTAP_PATH=/caseload wrk -t1 -c1 -d15s -s "$here/page.lua" "$base" | tail -1

echo "== upload of $(($(wc -l < "$list") - 1)) rows, with the caseload measured alongside"
OVERSTAP_COOKIE=$coach OVERSTAP_PATH=/caseload wrk -t1 -c1 -d8s -s "$here/page.lua" "$base" > /tmp/wrk-during.txt &
start=$(date +%s.%N)
curl -s -b "$jar" -o /tmp/upload-response.html -w "HTTP %{http_code} -> %{redirect_url}\n" \
  -F "_csrf=$token" -F "kind=$kind" -F "file=@$list;type=text/csv" "$base/signals/imports"
end=$(date +%s.%N)
echo "upload end to end: $(echo "$end - $start" | bc) s"
wait
echo "== caseload during the upload"; tail -1 /tmp/wrk-during.txt
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$jar"
