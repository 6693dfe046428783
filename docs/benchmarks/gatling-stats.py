#!/usr/bin/env python3
"""Prints the statistics table of a Gatling report (Gatling 3.15 writes no stats.json; the figures
are in the report's index.html). Usage: gatling-stats.py <report-dir> [--json]
Columns: requests, ok, ko, pages/s (Cnt/s), min, p50, p75, p95, p99, max, mean (ms)."""
import html
import json
import re
import sys

COLUMNS = ["total", "ok", "ko", "ko_pct", "rps", "min", "p50", "p75", "p95", "p99", "max", "mean", "stddev"]


def read(report_dir):
    text = open(report_dir.rstrip("/") + "/index.html", encoding="utf-8").read()
    rows = {}
    for match in re.finditer(r'<tr id="([^"]+)"[^>]*>(.*?)</tr>', text, re.S):
        body = match.group(2)
        name = re.search(r'class="ellipsed-name">([^<]*)<', body)
        values = re.findall(r'<td class="value [^"]*col-(\d+)">([^<]*)</td>', body)
        if not name or not values:
            continue
        cells = {}
        for col, value in values:
            key = COLUMNS[int(col) - 2]
            value = value.strip()
            try:
                cells[key] = float(value) if "." in value else int(value)
            except ValueError:
                cells[key] = None
        rows[html.unescape(name.group(1))] = cells
    return rows


def main():
    rows = read(sys.argv[1])
    if "--json" in sys.argv:
        print(json.dumps(rows))
        return
    print(f"{'request':38} {'count':>7} {'KO':>5} {'per s':>8} {'p50':>5} {'p75':>5} {'p95':>5} {'p99':>5} {'max':>6}")
    for name, c in rows.items():
        print(f"{name[:38]:38} {c['total']:>7} {c['ko']:>5} {c['rps']:>8} {c['p50']:>5} {c['p75']:>5} "
              f"{c['p95']:>5} {c['p99']:>5} {c['max']:>6}")


if __name__ == "__main__":
    main()
