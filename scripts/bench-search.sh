#!/usr/bin/env bash
# Search benchmark: builds a synthetic corpus (scripts/generate-corpus.py), reports the Lucene index build time and
# size, serves the site with `pil serve --no-build` and load-tests GET /api/search with wrk on loopback.
#
#   scripts/bench-search.sh [LEAFLETS]
#   scripts/bench-search.sh                 # 2000 leaflets, nl,en
#   PIL="/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar /tmp/pil.jar" scripts/bench-search.sh
#
# Environment: SEED (default 42), TRANSLATED (default 1.0), BENCH_DIR (work folder, default ${TMPDIR:-/tmp}/pil-bench;
# the corpus is shared with scripts/bench-build.sh and reused), PIL (command instead of ./pil, e.g.
# PIL="java -jar site/target/pil.jar"), PIL_JAVA_OPTS (passed to the JVM by ./pil), PORT (default 0: the server picks
# a free port), THREADS / CONNECTIONS (default 2 / 8), DURATION (each measured wrk run, default 30s), WARMUP (wrk
# warm-up, default 10s), TIMEOUT (wrk request timeout, default 10s), MAX_LOAD / MAX_LOAD_WAIT (before the build and
# before the load tests, wait up to MAX_LOAD_WAIT seconds, default 180, for the 1-minute load average to drop below
# MAX_LOAD, default nproc; MAX_LOAD=0 skips the wait; the load averages are printed either way).
#
# The queries (about 45) are patient-style searches built from the generator's own vocabulary: Dutch and English
# single words, two-word queries, typos, exam codes taken from the corpus and a few with &type=exam; wrk cycles
# through them, each thread starting at a different offset. Every query is first checked once with curl (status,
# hit count); any non-200 status, and any non-2xx/3xx or socket error during the wrk runs, fails the benchmark.
# After the wrk runs each query is timed alone (5 requests in a row, median) on the warm server; the slowest are listed.
# Results and raw output go to $BENCH_DIR/search/ (summary.txt, wrk-*.txt, queries-*.tsv, serve.log).
# Needs python3, curl and wrk (Debian: apt-get install wrk). The site is built once (a cold JVM, one run: the build
# time is indicative; scripts/bench-build.sh measures builds properly).
#
# This is a manual benchmark: it is not part of `./pil test` and must not run in CI (it refuses when CI is set,
# unless BENCH_ALLOW_CI=1).
set -euo pipefail

LEAFLETS="${1:-2000}"
LANGUAGES="nl,en" # the query list is Dutch and English
SEED="${SEED:-42}"
TRANSLATED="${TRANSLATED:-1.0}"
BENCH_DIR="${BENCH_DIR:-${TMPDIR:-/tmp}/pil-bench}"
PIL="${PIL:-./pil}"
read -r -a PIL_CMD <<<"$PIL"
PORT="${PORT:-0}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
DURATION="${DURATION:-30s}"
WARMUP="${WARMUP:-10s}"
TIMEOUT="${TIMEOUT:-10s}"
MAX_LOAD="${MAX_LOAD:-$(nproc)}"
MAX_LOAD_WAIT="${MAX_LOAD_WAIT:-180}"

if [[ -n "${CI:-}" && "${BENCH_ALLOW_CI:-}" != 1 ]]; then
  echo "bench-search: not running in CI (CI is set); set BENCH_ALLOW_CI=1 to override" >&2
  exit 0
fi
[[ "$LEAFLETS" =~ ^[1-9][0-9]*$ ]] || { echo "bench-search: LEAFLETS must be a positive number, not '$LEAFLETS'" >&2; exit 2; }
[[ "$PORT" =~ ^[0-9]+$ ]] || { echo "bench-search: PORT must be a number, not '$PORT'" >&2; exit 2; }
for v in THREADS CONNECTIONS MAX_LOAD_WAIT; do
  [[ "${!v}" =~ ^[0-9]+$ ]] || { echo "bench-search: $v must be a number, not '${!v}'" >&2; exit 2; }
done
((CONNECTIONS >= THREADS)) || { echo "bench-search: CONNECTIONS must be at least THREADS" >&2; exit 2; }
for tool in python3 curl; do
  command -v "$tool" >/dev/null || { echo "bench-search: $tool is needed" >&2; exit 2; }
done
command -v wrk >/dev/null || { echo "bench-search: wrk is needed (Debian/Ubuntu: apt-get install wrk)" >&2; exit 2; }

PIL_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS="$BENCH_DIR/corpus-$LEAFLETS-${LANGUAGES//,/-}-s$SEED-t$TRANSLATED"
SITE="$BENCH_DIR/search-site"
WORK="$BENCH_DIR/search"
mkdir -p "$BENCH_DIR" "$WORK"
BUILD_LOG="$WORK/build.log"
SERVE_LOG="$WORK/serve.log"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'; }
rss_mb() { ps -o rss= -p "$1" 2>/dev/null | awk '{ printf "%d", $1 / 1024 }'; }
cpu_seconds() { # user + system CPU seconds of process $1 so far
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / hz }' "/proc/$1/stat" 2>/dev/null || echo 0
}

wait_for_load() {
  [[ "$MAX_LOAD" == 0 ]] && return 0
  local waited=0
  while awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v m="$MAX_LOAD" 'BEGIN { exit !(l >= m) }'; do
    if ((waited == 0)); then echo "waiting:  load avg $(loadavg) >= $MAX_LOAD; up to $MAX_LOAD_WAIT s"; fi
    if ((waited >= MAX_LOAD_WAIT)); then echo "waiting:  gave up after $waited s; load avg $(loadavg) (figures will be skewed)"; return 0; fi
    sleep 10
    waited=$((waited + 10))
  done
  ((waited == 0)) || echo "waiting:  load avg $(loadavg) after $waited s"
}

SERVER_PID=""
SAMPLER_PID=""
cleanup() {
  if [[ -n "$SAMPLER_PID" ]]; then kill "$SAMPLER_PID" 2>/dev/null || true; fi
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 1. The corpus: generated once per parameter set, then reused (same folder as scripts/bench-build.sh).
if [[ -f "$CORPUS/.pil-corpus" ]]; then
  echo "corpus:   $CORPUS (reused)"
else
  rm -rf "$CORPUS"
  start=$(now)
  python3 "$PIL_HOME/scripts/generate-corpus.py" --leaflets "$LEAFLETS" --languages "$LANGUAGES" \
    --seed "$SEED" --translated "$TRANSLATED" --out "$CORPUS" >/dev/null
  printf 'corpus:   %s (generated in %.1f s)\n' "$CORPUS" "$(elapsed "$start")"
fi
# record the translations as current, so builds are not flooded with "untracked translation" warnings
(cd "$PIL_HOME" && $PIL translations --stamp --content "$CORPUS" --report "${TMPDIR:-/tmp}/pil-bench-translations" >/dev/null)
CONTENT="$(find "$CORPUS" -mindepth 3 -name '*.md' | wc -l) files, $(du -sh "$CORPUS" | cut -f1)"
echo "content:  $CONTENT"

cd "$PIL_HOME"
# 2. Let the launcher find a JDK and (re)build the jar if it is stale, outside the measurements; note the JVM.
if ! PIL_JAVA_OPTS="-XshowSettings:properties ${PIL_JAVA_OPTS:-}" "${PIL_CMD[@]}" --version >/dev/null 2>"$BUILD_LOG"; then
  echo "bench-search: '$PIL' does not start:" >&2
  cat "$BUILD_LOG" >&2
  exit 3
fi
JVM="$(awk -F' = ' '/^ *java.vm.name/ {n=$2} /^ *java.runtime.version/ {v=$2} END {if (v) print n " " v}' "$BUILD_LOG")"
if [[ -z "$JVM" && "${PIL_CMD[0]}" == *java ]]; then
  JVM="$("${PIL_CMD[0]}" -version 2>&1 | head -n 1)"
fi

# 3. Build the site (one cold run) and measure the index.
rm -rf "$SITE"
wait_for_load
load_build="$(loadavg)"
echo "building: $SITE (load avg $load_build)"
start=$(now)
if ! "${PIL_CMD[@]}" build --content "$CORPUS" --out "$SITE" >"$BUILD_LOG" 2>&1; then
  echo "bench-search: the build failed:" >&2
  tail -n 40 "$BUILD_LOG" >&2
  exit 1
fi
build_wall=$(elapsed "$start")
BUILT="$(grep -E '^built ' "$BUILD_LOG" | tail -n 1)"
index_s="$(sed -nE 's/.*render index ([0-9.]+ ?m?s).*/\1/p' <<<"$BUILT")"
[[ -d "$SITE/_search" ]] || { echo "bench-search: the build wrote no $SITE/_search" >&2; exit 1; }
index_size="$(du -sh "$SITE/_search" | cut -f1) ($(du -sb "$SITE/_search" | cut -f1) bytes)"
index_langs=""
for d in "$SITE/_search"/*/; do
  l="$(basename "$d")"
  index_langs+="${index_langs:+, }$l $(du -sh "$d" | cut -f1)"
done
echo "built:    ${BUILT/ into $SITE/}"

# 4. The queries: patient-style searches from the generator's vocabulary, plus exam codes from this corpus.
mapfile -t CODES < <(find "$CORPUS" -mindepth 3 -name nl.md -print0 | sort -z | xargs -0 awk '
  FNR == 1 { fm = 0; t = ""; c = "" }
  /^---$/ { fm++; if (fm == 2 && t == "exam" && c != "") print c; next }
  fm == 1 && /^type:/ { t = $2 }
  fm == 1 && /^code:/ { c = $2 }' | sort | awk '{ a[NR] = $0 } END { if (NR) print a[1]; print a[int(NR / 3) + 1]; print a[int(2 * NR / 3) + 1] }')
((${#CODES[@]} == 3)) && [[ -n "${CODES[0]}" ]] || { echo "bench-search: found no exam codes in $CORPUS" >&2; exit 1; }
QUERIES_TSV="$WORK/queries.tsv" # lang TAB query TAB extra parameters
{
  printf '%s\t%s\t%s\n' \
    nl lever "" \
    nl coloscopie "" \
    nl chemotherapie "" \
    nl galstenen "" \
    nl schildklier "" \
    nl longkanker "" \
    nl nuchter "" \
    nl pijnstillers "" \
    nl narcose "" \
    nl röntgenfoto "" \
    nl hartfilmpje "" \
    nl bloedverdunners "" \
    nl "MRI-scan" "&type=exam" \
    nl "galblaas verwijderen" "" \
    nl "borstkanker behandeling" "" \
    nl "stoppen met roken" "" \
    nl "wondzorg thuis" "" \
    nl "ziekte van Crohn" "" \
    nl "uitslag onderzoek" "&type=exam" \
    nl chemoterapie "" \
    nl colonoscopie "" \
    nl schildkleir "" \
    nl "${CODES[0]}" "" \
    nl "${CODES[1]}" "&type=exam" \
    en liver "" \
    en colonoscopy "" \
    en chemotherapy "" \
    en gallstones "" \
    en thyroid "" \
    en fasting "" \
    en painkillers "" \
    en anaesthetic "" \
    en asthma "" \
    en "liver biopsy" "" \
    en "blood thinners" "" \
    en "breast cancer" "" \
    en "bone scan" "&type=exam" \
    en "kidney stones" "" \
    en "after surgery" "" \
    en "heart failure" "" \
    en colonscopy "" \
    en gastroscpy "" \
    en thyriod "" \
    en "$(tr 'A-Z' 'a-z' <<<"${CODES[2]}")" "" \
    en "${CODES[2]//-/}" ""
} >"$QUERIES_TSV"
mapfile -t PATHS < <(python3 -c '
import sys, urllib.parse
for line in open(sys.argv[1], encoding="utf-8"):
    lang, q, extra = line.rstrip("\n").split("\t")
    print("/api/search?q=" + urllib.parse.quote(q, safe="") + "&lang=" + lang + extra)
' "$QUERIES_TSV")
LUA="$WORK/queries.lua"
{
  echo '-- generated by scripts/bench-search.sh: cycles through the queries, each thread from its own offset'
  echo 'local paths = {'
  for p in "${PATHS[@]}"; do printf '  "%s",\n' "$p"; done
  cat <<'EOF'
}
local counter = 1
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end
local i = 0
function init(args)
  local id = tonumber(wrk.thread:get("id")) or 1
  i = ((id - 1) * 7) % #paths
end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%.0f " ..
    "non2xx3xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, latency.mean, e.status, e.connect, e.read, e.write, e.timeout))
end
EOF
} >"$LUA"

# 5. Serve the built site.
if ((PORT != 0)) && curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/"; then
  echo "bench-search: something already answers on 127.0.0.1:$PORT; pick another PORT (or PORT=0)" >&2
  exit 2
fi
"${PIL_CMD[@]}" serve --no-build --out "$SITE" --port "$PORT" --host 127.0.0.1 >"$SERVE_LOG" 2>&1 &
SERVER_PID=$!
start=$(now)
url_ok=""
while :; do
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "bench-search: the server exited:" >&2; tail -n 40 "$SERVE_LOG" >&2; SERVER_PID=""; exit 1; }
  if ((PORT == 0)); then
    PORT="$(sed -nE 's#^serving .* on https?://[^:/]+:([0-9]+)/.*#\1#p' "$SERVE_LOG" | head -n 1)"
    PORT="${PORT:-0}"
  fi
  if ((PORT != 0)) && [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/api/search?q=lever&lang=nl")" == 200 ]]; then
    url_ok=1
    break
  fi
  awk -v s="$(elapsed "$start")" 'BEGIN { exit !(s > 90) }' && break
  sleep 0.3
done
[[ -n "$url_ok" ]] || { echo "bench-search: the server did not answer 200 within 90 s:" >&2; tail -n 40 "$SERVE_LOG" >&2; exit 1; }
ready_s=$(elapsed "$start")
BASE="http://127.0.0.1:$PORT"
rss_idle=$(rss_mb "$SERVER_PID")
printf 'serving:  %s (pid %s, ready in %.1f s, RSS %s MB)\n' "$BASE" "$SERVER_PID" "$ready_s" "$rss_idle"

# 6. Check every query once: status 200, hit count, server-side time (the first, cold pass).
CHECK="$WORK/queries-check.tsv"
: >"$CHECK"
bad=0
for p in "${PATHS[@]}"; do
  code="$(curl -s -o "$WORK/response.json" -w '%{http_code}' --max-time 30 "$BASE$p" || echo 000)"
  if [[ "$code" != 200 ]]; then
    echo "bench-search: $p answered $code" >&2
    bad=$((bad + 1))
    printf '%s\t%s\t-\t-\n' "$code" "$p" >>"$CHECK"
    continue
  fi
  python3 -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
print("200\t%s\t%s\t%s" % (sys.argv[2], d.get("total"), d.get("tookMs")))' "$WORK/response.json" "$p" >>"$CHECK"
done
((bad == 0)) || { echo "bench-search: $bad queries did not answer 200 (see $CHECK)" >&2; exit 1; }
zero="$(awk -F'\t' '$3 == "0" { print $2 }' "$CHECK")"
echo "queries:  ${#PATHS[@]} (checked: all 200; $(awk -F'\t' '$3 == "0"' "$CHECK" | wc -l) with no hits; list in $CHECK)"

# 7. Load tests: warm-up, then THREADS x CONNECTIONS, then a single client. RSS is sampled every second.
RSS_LOG="$WORK/rss.log"
: >"$RSS_LOG"
(while kill -0 "$SERVER_PID" 2>/dev/null; do ps -o rss= -p "$SERVER_PID" >>"$RSS_LOG" 2>/dev/null || true; sleep 1; done) &
SAMPLER_PID=$!

declare -A R
run_wrk() { # name threads connections duration
  local name="$1" t="$2" c="$3" d="$4" out="$WORK/wrk-$1.txt" cpu0 cpu1 line
  R[$name.load]="$(loadavg)"
  cpu0=$(cpu_seconds "$SERVER_PID")
  wrk -t"$t" -c"$c" -d"$d" --timeout "$TIMEOUT" --latency -s "$LUA" "$BASE/" >"$out" 2>&1 || {
    echo "bench-search: wrk failed ($name):" >&2; cat "$out" >&2; exit 1; }
  cpu1=$(cpu_seconds "$SERVER_PID")
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "bench-search: the server died during $name:" >&2; tail -n 40 "$SERVE_LOG" >&2; exit 1; }
  line="$(grep '^BENCH ' "$out" | tail -n 1)"
  [[ -n "$line" ]] || { echo "bench-search: no summary from wrk ($name):" >&2; cat "$out" >&2; exit 1; }
  R[$name]="$line"
  R[$name.cpu]=$(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN { printf "%.1f", b - a }')
  R[$name.rss]=$(rss_mb "$SERVER_PID")
}
field() { sed -nE "s/.* $2=([0-9.]+).*/\1/p" <<<" ${R[$1]}"; }
ms() { awk -v u="$(field "$1" "$2")" 'BEGIN { printf "%.1f", u / 1000 }'; }
report() { # name label
  local n="$1" req dur rps
  req=$(field "$n" requests)
  dur=$(field "$n" duration_us)
  rps=$(awk -v r="$req" -v d="$dur" 'BEGIN { printf "%.1f", r / (d / 1e6) }')
  printf '%-22s %8s req/s  p50 %7s ms  p90 %7s ms  p99 %7s ms  max %7s ms  (%s requests; server CPU %s s = %s%% of one core, %s ms per request; RSS after %s MB; load avg before %s)\n' \
    "$2" "$rps" "$(ms "$n" p50_us)" "$(ms "$n" p90_us)" "$(ms "$n" p99_us)" "$(ms "$n" max_us)" "$req" "${R[$n.cpu]}" \
    "$(awk -v c="${R[$n.cpu]}" -v d="$dur" 'BEGIN { printf "%.0f", 100 * c / (d / 1e6) }')" \
    "$(awk -v c="${R[$n.cpu]}" -v r="$req" 'BEGIN { printf "%.1f", 1000 * c / r }')" "${R[$n.rss]}" "${R[$n.load]}"
}
check_errors() { # name: fail on non-2xx/3xx and socket errors
  local n="$1" f total=0
  for f in non2xx3xx connect read write timeout; do total=$((total + $(field "$n" "$f"))); done
  if ((total > 0)); then
    echo "bench-search: errors in the $n run: ${R[$n]#BENCH }" >&2
    grep -E 'Non-2xx|Socket errors' "$WORK/wrk-$n.txt" >&2 || true
    return 1
  fi
}

wait_for_load
echo "warm-up:  wrk -t$THREADS -c$CONNECTIONS -d$WARMUP (not reported)"
run_wrk warmup "$THREADS" "$CONNECTIONS" "$WARMUP"
echo "measure:  wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (load avg $(loadavg))"
run_wrk concurrent "$THREADS" "$CONNECTIONS" "$DURATION"
echo "measure:  wrk -t1 -c1 -d$DURATION --latency (load avg $(loadavg))"
run_wrk single 1 1 "$DURATION"
kill "$SAMPLER_PID" 2>/dev/null || true
wait "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=""

# 8. Per query, on the warm server: REPEAT sequential requests on one connection; their median time.
REPEAT=5
PER_QUERY="$WORK/queries-warm.tsv" # median ms, query path
echo "per query: $REPEAT sequential requests each (load avg $(loadavg))"
: >"$PER_QUERY"
for p in "${PATHS[@]}"; do
  urls=()
  for ((k = 0; k < REPEAT; k++)); do urls+=(-o /dev/null "$BASE$p"); done
  out="$(curl -s -w '%{http_code} %{time_total}\n' --max-time 30 "${urls[@]}" || true)"
  if [[ "$(awk '$1 == 200' <<<"$out" | wc -l)" != "$REPEAT" ]]; then
    echo "bench-search: $p did not answer 200 every time:" $out >&2
    exit 1
  fi
  awk '{ printf "%.1f\n", $2 * 1000 }' <<<"$out" | sort -n |
    awk -v n="$REPEAT" -v p="$p" 'NR == int((n + 1) / 2) { printf "%s\t%s\n", $1, p }' >>"$PER_QUERY"
done
slowest="$(sort -t$'\t' -k1,1 -rn "$PER_QUERY" | head -n 5 | python3 -c '
import sys, urllib.parse
print(", ".join("%s %s ms" % (urllib.parse.unquote(p.split("q=", 1)[1]).replace("&lang=", " [").replace("&type=", " type=") + "]", ms)
                for ms, p in (l.rstrip("\n").split("\t") for l in sys.stdin)))')"
median_all="$(cut -f1 "$PER_QUERY" | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] }')"
rss_peak=$(sort -n "$RSS_LOG" | tail -n 1 | awk '{ printf "%d", $1 / 1024 }')
status=0
for n in warmup concurrent single; do check_errors "$n" || status=1; done
server_problems="$(grep -ciE 'exception|error' "$SERVE_LOG" || true)"

# 9. Summary.
SUMMARY="$WORK/summary.txt"
{
  echo
  echo "== pil search benchmark: $LEAFLETS leaflets, languages $LANGUAGES, seed $SEED, translated $TRANSLATED"
  echo "command:    $PIL (PIL_JAVA_OPTS='${PIL_JAVA_OPTS:-}')"
  echo "machine:    $(nproc) CPUs, $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || echo unknown CPU)," \
    "$(awk '/^MemTotal/ {printf "%.1f GB RAM", $2 / 1048576}' /proc/meminfo 2>/dev/null || echo '? RAM'), $(uname -sr)"
  echo "java:       ${JVM:-unknown}"
  echo "wrk:        $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2), loopback 127.0.0.1, timeout $TIMEOUT"
  echo "corpus:     $CORPUS ($CONTENT)"
  echo "build:      ${BUILT/ into $SITE/} — ${build_wall} s wall, one cold run, load avg before $load_build"
  echo "index:      render index ${index_s:-?}; _search $index_size; per language: $index_langs"
  echo "server:     ready in ${ready_s} s; RSS idle $rss_idle MB, peak $rss_peak MB (sampled each second during the wrk runs)"
  echo "queries:    ${#PATHS[@]} (nl and en; words, two-word, typos, exam codes, some &type=exam), all 200 when checked;" \
    "no hits: $(if [[ -n "$zero" ]]; then tr '\n' ' ' <<<"$zero"; else echo none; fi)"
  report concurrent "-t$THREADS -c$CONNECTIONS $DURATION:"
  report single "-t1 -c1 $DURATION:"
  echo "per query:  median of the $REPEAT-request medians $median_all ms; slowest: $slowest ($PER_QUERY)"
  echo "errors:     $(for n in warmup concurrent single; do printf '%s: %s  ' "$n" "$(sed -E 's/.* (non2xx3xx=.*)/\1/' <<<"${R[$n]}")"; done)"
  echo "server log: $server_problems lines mentioning exception/error ($SERVE_LOG)"
  echo "load avg:   $(loadavg) now (2-core machine: other work on it skews every figure)"
  echo "raw:        $WORK/wrk-concurrent.txt, $WORK/wrk-single.txt"
} | tee "$SUMMARY"
exit "$status"
