#!/usr/bin/env bash
# Load-tests a running search service with wrk: GET /api/search over a rotating mix of Dutch and English
# queries (plain words, compounds, typos, questions, leaflet codes: scripts/search-queries.tsv, the mix the in-process
# SearchBenchmark asks too), then a static page, each with and without
# `Accept-Encoding: gzip`. Prints requests/s, p50/p99 and the server's CPU time and RSS (when PID is given).
#
#   scripts/wrk-search.sh http://127.0.0.1:8080            # against `pil serve --no-build --out <site>`
#   PID=12345 DURATION=60s scripts/wrk-search.sh http://127.0.0.1:8080
#
# Environment: THREADS / CONNECTIONS (default 2 / 8), DURATION (default 20s), WARMUP (default 10s), PID (the
# server's process id, for CPU and RSS figures), PAGE (static page, default /nl/), QUERIES (the query mix, default
# scripts/search-queries.tsv), CODES (more leaflet codes to search for, space separated, default none), PAGES (0: only the searches, no static page runs), SINGLE (0: no
# one-client run). The server's RSS is sampled every second during the runs; the peak is printed. scripts/bench-search.sh builds a corpus and a site and runs
# a fuller benchmark; this script only measures a server that is already running. Manual: never run in CI.
set -euo pipefail

BASE="${1:?usage: scripts/wrk-search.sh http://host:port}"
BASE="${BASE%/}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-10s}"
PAGE="${PAGE:-/nl/}"
QUERIES="${QUERIES:-$(dirname "${BASH_SOURCE[0]}")/search-queries.tsv}"
CODES="${CODES:-}"
PID="${PID:-}"
PAGES="${PAGES:-1}"
SINGLE="${SINGLE:-1}"
command -v wrk >/dev/null || { echo "wrk-search: wrk is needed (Debian/Ubuntu: apt-get install wrk)" >&2; exit 2; }
if [[ -n "${CI:-}" ]]; then
  echo "wrk-search: not running in CI" >&2
  exit 0
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
LUA="$WORK/search.lua"
{
  echo 'local paths = {'
  python3 - "$QUERIES" "$CODES" <<'EOF'
import sys, urllib.parse
queries = []
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        kind, lang, q = line.rstrip("\n").split("\t")
        queries.append((lang, q))
queries += [("nl" if i % 2 == 0 else "en", c) for i, c in enumerate(sys.argv[2].split())]
for lang, q in queries:
    print('  "/api/search?q=%s&lang=%s",' % (urllib.parse.quote(q, safe=""), lang))
EOF
  cat <<'EOF'
}
local counter = 1
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end
local i = 0
function init(args)
  i = ((tonumber(wrk.thread:get("id")) or 1) - 1) * 7 % #paths
end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
EOF
} >"$LUA"
cat >"$WORK/done.lua" <<'EOF'
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.0f req/s  p50 %.1f ms  p99 %.1f ms  max %.1f ms  errors %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status + e.connect + e.read + e.write + e.timeout))
end
EOF
cat "$WORK/done.lua" >>"$LUA"
PAGE_LUA="$WORK/page.lua"
cp "$WORK/done.lua" "$PAGE_LUA"

cpu() { [[ -n "$PID" ]] && awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / hz }' "/proc/$PID/stat" || echo 0; }
rss() { [[ -n "$PID" ]] && ps -o rss= -p "$PID" | awk '{ printf "%d MB", $1 / 1024 }' || echo "?"; }

run() { # label threads connections script url [header]
  local label="$1" t="$2" c="$3" script="$4" url="$5" c0 c1 out
  shift 5
  c0=$(cpu)
  out="$(wrk -t"$t" -c"$c" -d"$DURATION" --latency -s "$script" "$@" "$url" | grep '^RESULT' || true)"
  c1=$(cpu)
  printf '%-34s %s  server CPU %s s, RSS %s\n' "$label" "${out#RESULT }" \
    "$(awk -v a="$c0" -v b="$c1" 'BEGIN { printf "%.1f", b - a }')" "$(rss)"
}

echo "wrk-search: $BASE, load avg $(cut -d' ' -f1-3 /proc/loadavg), RSS before $(rss)"
: >"$WORK/rss.log"
if [[ -n "$PID" ]]; then
  (while kill -0 "$PID" 2>/dev/null; do ps -o rss= -p "$PID" >>"$WORK/rss.log" 2>/dev/null || true; sleep 1; done) &
  SAMPLER=$!
  trap 'kill "$SAMPLER" 2>/dev/null; rm -rf "$WORK"' EXIT
fi
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$LUA" "$BASE/" >/dev/null
run "search -t$THREADS -c$CONNECTIONS" "$THREADS" "$CONNECTIONS" "$LUA" "$BASE/"
run "search -t$THREADS -c$CONNECTIONS gzip" "$THREADS" "$CONNECTIONS" "$LUA" "$BASE/" -H "Accept-Encoding: gzip"
if [[ "$SINGLE" != 0 ]]; then
  run "search -t1 -c1" 1 1 "$LUA" "$BASE/"
fi
if [[ "$PAGES" != 0 ]]; then
  run "page $PAGE -t$THREADS -c$CONNECTIONS" "$THREADS" "$CONNECTIONS" "$PAGE_LUA" "$BASE$PAGE"
  run "page $PAGE -t$THREADS -c$CONNECTIONS gzip" "$THREADS" "$CONNECTIONS" "$PAGE_LUA" "$BASE$PAGE" -H "Accept-Encoding: gzip"
  run "page $PAGE -t1 -c1" 1 1 "$PAGE_LUA" "$BASE$PAGE"
fi
echo "wrk-search: load avg after $(cut -d' ' -f1-3 /proc/loadavg)${PID:+, server RSS peak $(sort -n "$WORK/rss.log" | tail -n 1 | awk '{ printf "%d MB", $1 / 1024 }')}"
