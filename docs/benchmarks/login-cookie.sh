#!/usr/bin/env bash
# Prints "SESSION=…" for a demo account: login-cookie.sh BASE_URL USERNAME
set -euo pipefail
base=${1:-http://localhost:8080}; user=${2:-partner}
jar=$(mktemp)
token=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=overstap-demo" \
  --data-urlencode "_csrf=$token" "$base/login"
awk '$6 == "SESSION" {print "SESSION=" $7}' "$jar"
rm -f "$jar"
