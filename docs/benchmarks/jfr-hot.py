#!/usr/bin/env python3
"""Top frames and packages of a JFR recording's execution samples:
jfr-hot.py <recording.jfr> [top]. Uses `jfr print --json --events jdk.ExecutionSample`.
Prints the hottest top frames (self time), and the packages that appear anywhere on the sampled
stacks of application threads (inclusive), as shares of all samples."""
import collections
import json
import os
import subprocess
import sys


def jfr_binary():
    for candidate in (os.environ.get("JFR"), "/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr", "jfr"):
        if candidate and (candidate == "jfr" or os.path.exists(candidate)):
            return candidate
    return "jfr"


def frame_name(frame):
    method = frame["method"]
    return method["type"]["name"].replace("/", ".") + "." + method["name"]


def package(name):
    parts = name.split(".")
    # keep up to three package segments: nl.overstap.trajectory, org.springframework.jdbc, ...
    pkg = parts[:-2]
    return ".".join(pkg[:3]) if pkg else name


def main():
    recording = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    raw = subprocess.run([jfr_binary(), "print", "--json", "--stack-depth", "64", "--events",
                          "jdk.ExecutionSample", recording], check=True, capture_output=True, text=True).stdout
    events = json.loads(raw)["recording"]["events"]
    self_frames = collections.Counter()
    inclusive_pkgs = collections.Counter()
    app_frames = collections.Counter()
    for event in events:
        frames = event["values"]["stackTrace"]["frames"] if event["values"].get("stackTrace") else []
        if not frames:
            continue
        self_frames[frame_name(frames[0])] += 1
        seen = set()
        first_app = None
        for frame in frames:
            name = frame_name(frame)
            seen.add(package(name))
            if first_app is None and name.startswith("nl.overstap."):
                first_app = name
        for pkg in seen:
            inclusive_pkgs[pkg] += 1
        if first_app:
            app_frames[first_app] += 1
    total = max(1, len(events))
    print(f"{len(events)} execution samples")
    print(f"\nTop {top} frames (self):")
    for name, n in self_frames.most_common(top):
        print(f"  {100.0 * n / total:5.1f}%  {name}")
    print(f"\nTop {top} packages (inclusive, anywhere on the stack):")
    for name, n in inclusive_pkgs.most_common(top):
        print(f"  {100.0 * n / total:5.1f}%  {name}")
    print(f"\nTop {top} topmost application frames (nl.overstap; a filter such as AbsoluteSessionTimeout here means"
          " no other application code was on the stack, e.g. view rendering):")
    for name, n in app_frames.most_common(top):
        print(f"  {100.0 * n / total:5.1f}%  {name}")


if __name__ == "__main__":
    main()
