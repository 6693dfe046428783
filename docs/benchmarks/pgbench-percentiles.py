#!/usr/bin/env python3
"""Latency percentiles from pgbench per-transaction logs (-l): pgbench-percentiles.py <script-name>... -- <log files>
Prints JSON: {"all": {...}, "<script-name>": {...}} with count, p50, p75, p95, p99, mean (ms), in the
order the scripts were given to pgbench (-f a -f b -> script 0 is a)."""
import json
import sys


def pct(values, p):
    if not values:
        return None
    values = sorted(values)
    i = min(len(values) - 1, max(0, int(round(p / 100.0 * len(values) + 0.5)) - 1))
    return round(values[i], 2)


def summary(values):
    return {"count": len(values), "p50": pct(values, 50), "p75": pct(values, 75), "p95": pct(values, 95),
            "p99": pct(values, 99), "mean": round(sum(values) / len(values), 2) if values else None}


def main():
    sep = sys.argv.index("--")
    names, files = sys.argv[1:sep], sys.argv[sep + 1:]
    per_script = {i: [] for i in range(len(names))}
    for name in files:
        with open(name) as log:
            for line in log:
                cols = line.split()
                # client_id transaction_no time script_no time_epoch time_us [schedule_lag ...]
                if len(cols) < 6 or cols[2] in ("skipped", "failed"):
                    continue
                per_script.setdefault(int(cols[3]), []).append(int(cols[2]) / 1000.0)
    result = {"all": summary([v for vs in per_script.values() for v in vs])}
    for i, name in enumerate(names):
        result[name] = summary(per_script.get(i, []))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
