#!/usr/bin/env python3
"""Measures how the search service holds up against slow and costly clients (not run by CI).

  scripts/bench-service.py [--port 18080] [--seconds 10]

Expects a running service (e.g. `./pil build && java -jar site/target/pil.jar serve --no-build --port 18080`) and prints:
  1. slow clients: 20 sockets send a request header a byte every 100 ms; meanwhile 20 ordinary requests are timed,
     and the time after which the service cut each trickling socket off;
  2. costly queries: 5 a second of 12 unknown 15-letter words, while an ordinary search is timed every 200 ms;
  3. wrk on /api/search and on a page, when wrk is installed (Debian package 'wrk').
"""
import argparse
import random
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request


def get(url, timeout=20):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            r.read()
            return r.status
    except urllib.error.HTTPError as e:
        return e.code
    except OSError:
        return "failed"


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))]


def slow_clients(base, port, n=20):
    start = time.time()
    cut = [None] * n

    def trickle(i):
        s = socket.create_connection(("127.0.0.1", port))
        header = b"GET /nl/ HTTP/1.1\r\nHost: localhost\r\nX-Slow: "

        def reader():
            try:
                while s.recv(1024):
                    pass
            except OSError:
                pass
            cut[i] = time.time() - start

        threading.Thread(target=reader, daemon=True).start()
        sent = 0
        while cut[i] is None and time.time() - start < 60:
            try:
                s.send(header[sent:sent + 1] if sent < len(header) else b"a")
            except OSError:
                break
            sent += 1
            time.sleep(0.1)

    for i in range(n):
        threading.Thread(target=trickle, args=(i,), daemon=True).start()
    time.sleep(0.5)
    latencies, failures = [], 0
    for k in range(20):
        t = time.time()
        status = get(base + ("/api/search?q=scan&lang=nl" if k % 2 else "/nl/"), timeout=10)
        failures += status != 200
        latencies.append((time.time() - t) * 1000)
        time.sleep(0.1)
    deadline = time.time() + 30
    while time.time() < deadline and any(c is None for c in cut):
        time.sleep(0.2)
    done = [c for c in cut if c is not None]
    print("slow clients: %d trickling sockets; probes %d ok, %d failed, p50 %.0f ms, max %.0f ms; sockets cut off: %d, after %s"
          % (n, 20 - failures, failures, percentile(latencies, 0.5), max(latencies), len(done),
             "%.1f-%.1f s" % (min(done), max(done)) if done else "-"))


def costly_queries(base, seconds):
    stop = time.time() + seconds
    rnd = random.Random(3)
    codes = {}
    lock = threading.Lock()

    def expensive():
        q = "+".join("".join(chr(97 + rnd.randrange(26)) for _ in range(15)) for _ in range(12))
        status = get(base + "/api/search?lang=nl&q=" + q)
        with lock:
            codes[status] = codes.get(status, 0) + 1

    def flood():
        while time.time() < stop:
            threading.Thread(target=expensive, daemon=True).start()
            time.sleep(0.2)

    threading.Thread(target=flood, daemon=True).start()
    latencies = []
    while time.time() < stop:
        t = time.time()
        get(base + "/api/search?q=uitzaaiing+lever&lang=nl")
        latencies.append((time.time() - t) * 1000)
        time.sleep(0.2)
    time.sleep(3)
    print("costly queries: 5/s of 12 unknown 15-letter words for %d s, answers %s; an ordinary search meanwhile p50 %.0f ms, max %.0f ms (n=%d)"
          % (seconds, dict(sorted(codes.items(), key=str)), percentile(latencies, 0.5), max(latencies), len(latencies)))


def with_wrk(base, seconds):
    if not shutil.which("wrk"):
        print("wrk: not installed (apt-get install wrk)")
        return
    for path in ("/api/search?q=uitzaaiing+lever&lang=nl", "/nl/"):
        out = subprocess.run(["wrk", "-t2", "-c8", "-d%ds" % seconds, "--latency", base + path],
                             capture_output=True, text=True).stdout
        rps = next((l.split()[1] for l in out.splitlines() if l.startswith("Requests/sec")), "?")
        p99 = next((l.split()[1] for l in out.splitlines() if l.strip().startswith("99%")), "?")
        errors = next((l.strip() for l in out.splitlines() if "Non-2xx" in l or "Socket errors" in l), "no errors")
        print("wrk -t2 -c8 %s: %s req/s, p99 %s, %s" % (path, rps, p99, errors))


if __name__ == "__main__":
    args = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    args.add_argument("--port", type=int, default=18080)
    args.add_argument("--seconds", type=int, default=10)
    a = args.parse_args()
    base = "http://127.0.0.1:%d" % a.port
    slow_clients(base, a.port)
    costly_queries(base, a.seconds)
    with_wrk(base, a.seconds)
