#!/usr/bin/env python3
"""Watch benchmark: time from saving a leaflet to the rebuilt site being announced to open pages.

    scripts/bench-watch.py --content content                 # the sample content, 10 edits
    scripts/bench-watch.py --content /tmp/corpus --edits 20  # e.g. a corpus from generate-corpus.py

Starts `pil watch` (through the ./pil launcher unless --pil says otherwise) on a copy of the content folder,
waits for the first build, then edits leaflets one at a time: it appends a sentence to a leaflet file and waits
until /_pil/status reports a new version, which is the moment open pages reload (they wait on that address).
Prints each edit's time and the median and worst. The first build's time is printed too.

A manual benchmark: not part of `./pil test`; it refuses to run when CI is set unless BENCH_ALLOW_CI=1.
"""
import argparse
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def status(port):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/_pil/status", timeout=5) as r:
        return json.load(r)


def main():
    if os.environ.get("CI") and os.environ.get("BENCH_ALLOW_CI") != "1":
        print("bench-watch: not running in CI (CI is set); set BENCH_ALLOW_CI=1 to override", file=sys.stderr)
        return 0
    home = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--content", default=os.path.join(home, "content"))
    p.add_argument("--edits", type=int, default=10)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--pil", default=os.path.join(home, "pil"), help="command that runs pil (default: the launcher)")
    p.add_argument("--no-pdf", action="store_true", help="pass --no-pdf to pil watch")
    args = p.parse_args()

    work = tempfile.mkdtemp(prefix="pil-bench-watch-")
    content = os.path.join(work, "content")
    out = os.path.join(work, "site")
    shutil.copytree(args.content, content)
    leaflets = sorted(os.path.join(root, f) for root, _, files in os.walk(content)
                      for f in files if f.endswith(".md") and not os.path.relpath(root, content).startswith(("_", ".")))
    leaflets = [f for f in leaflets if os.path.dirname(f) != content]
    port = free_port()
    cmd = args.pil.split() + ["watch", "--content", content, "--out", out, "--port", str(port), "--host", "127.0.0.1"]
    if args.no_pdf:
        cmd.append("--no-pdf")
    log = open(os.path.join(work, "watch.log"), "w")
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=home, start_new_session=True)
    try:
        version = None
        while version is None:
            if proc.poll() is not None:
                print(open(log.name).read(), file=sys.stderr)
                raise SystemExit("bench-watch: pil watch stopped")
            try:
                version = status(port)["version"]
            except OSError:
                time.sleep(0.05)
        print(f"content:  {args.content} ({len(leaflets)} leaflet files), work folder {work}")
        print(f"first build and server start: {time.monotonic() - start:.2f} s")
        time.sleep(1.0)  # let the watcher settle
        rng = random.Random(args.seed)
        times = []
        for i in range(args.edits):
            version = status(port)["version"]
            target = rng.choice(leaflets)
            t0 = time.monotonic()
            with open(target, "a", encoding="utf-8") as f:
                f.write(f"\nEen extra zin bij meting {i}.\n")
            while True:
                s = status(port)
                if s["version"] > version:
                    break
                time.sleep(0.01)
            took = time.monotonic() - t0
            times.append(took)
            print(f"edit {i + 1:2d}: {os.path.relpath(target, content):60s} {took * 1000:7.0f} ms"
                  + (f"  ({len(s['errors'])} errors)" if s["errors"] else ""))
            time.sleep(0.3)
        log.flush()
        rebuilt = [line.strip() for line in open(log.name, encoding="utf-8") if line.startswith("rebuilt")]
        if rebuilt:
            print("pil says: " + rebuilt[-1])
        print(f"save -> pages told to reload: median {statistics.median(times) * 1000:.0f} ms, "
              f"worst {max(times) * 1000:.0f} ms over {len(times)} edits")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
        log.close()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
