#!/usr/bin/env bash
# Build benchmark: times `./pil build` on a synthetic corpus (scripts/generate-corpus.py).
#
#   scripts/bench-build.sh [LEAFLETS] [LANGUAGES] [RUNS]
#   scripts/bench-build.sh                  # 2000 leaflets, nl,en, 3 runs
#   scripts/bench-build.sh 500 nl,en,ar 5
#
# Environment: WARMUP (untimed runs first, to fill the OS file cache; default 1), SEED (default 42), TRANSLATED (fraction of leaflets with translations, default 1.0),
# BENCH_DIR (work folder, default ${TMPDIR:-/tmp}/pil-bench; the corpus is kept there and reused),
# PIL_JAVA_OPTS (passed to the JVM by ./pil), PIL (command to time instead of ./pil, e.g.
# PIL="/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar site/target/pil.jar" to skip the launcher).
#
# Every run is a cold JVM started through the project launcher, into an emptied output folder. Wall times
# include the launcher's JDK lookup (a few short `java -version`-style calls). Peak RSS needs GNU time
# (/usr/bin/time, apt package 'time'); without it that figure is skipped.
#
# This is a manual benchmark: it is not part of `./pil test` and must not run in CI (it refuses when CI is set,
# unless BENCH_ALLOW_CI=1).
set -euo pipefail

LEAFLETS="${1:-2000}"
LANGUAGES="${2:-nl,en}"
RUNS="${3:-3}"
WARMUP="${WARMUP:-1}"
SEED="${SEED:-42}"
TRANSLATED="${TRANSLATED:-1.0}"
BENCH_DIR="${BENCH_DIR:-${TMPDIR:-/tmp}/pil-bench}"
PIL="${PIL:-./pil}"
read -r -a PIL_CMD <<<"$PIL"

if [[ -n "${CI:-}" && "${BENCH_ALLOW_CI:-}" != 1 ]]; then
  echo "bench-build: not running in CI (CI is set); set BENCH_ALLOW_CI=1 to override" >&2
  exit 0
fi
[[ "$LEAFLETS" =~ ^[1-9][0-9]*$ ]] || { echo "bench-build: LEAFLETS must be a positive number, not '$LEAFLETS'" >&2; exit 2; }
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "bench-build: RUNS must be a positive number, not '$RUNS'" >&2; exit 2; }
[[ "$WARMUP" =~ ^[0-9]+$ ]] || { echo "bench-build: WARMUP must be a number, not '$WARMUP'" >&2; exit 2; }
command -v python3 >/dev/null || { echo "bench-build: python3 is needed to generate the corpus" >&2; exit 2; }

PIL_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS="$BENCH_DIR/corpus-$LEAFLETS-${LANGUAGES//,/-}-s$SEED-t$TRANSLATED"
SITE="$BENCH_DIR/site"
LOG="$BENCH_DIR/build.log"
mkdir -p "$BENCH_DIR"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }

# 1. The corpus: generated once per parameter set, then reused.
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
printf 'content:  %s files, %s\n' "$(find "$CORPUS" -mindepth 3 -name '*.md' | wc -l)" "$(du -sh "$CORPUS" | cut -f1)"

cd "$PIL_HOME"
# 2. Let the launcher find a JDK and (re)build the jar if it is stale, outside the measurements; note the JVM.
if ! PIL_JAVA_OPTS="-XshowSettings:properties ${PIL_JAVA_OPTS:-}" "${PIL_CMD[@]}" --version >/dev/null 2>"$LOG"; then
  echo "bench-build: '$PIL' does not start:" >&2
  cat "$LOG" >&2
  exit 3
fi
JVM="$(awk -F' = ' '/^ *java.vm.name/ {n=$2} /^ *java.runtime.version/ {v=$2} END {if (v) print n " " v}' "$LOG")"
if [[ -z "$JVM" && "${PIL_CMD[0]}" == *java ]]; then
  JVM="$("${PIL_CMD[0]}" -version 2>&1 | head -n 1)"
fi

GNU_TIME=""
if [[ -x /usr/bin/time ]] && /usr/bin/time -v true >/dev/null 2>&1; then
  GNU_TIME=/usr/bin/time
fi

# 3. The runs.
for ((i = 1; i <= WARMUP; i++)); do
  rm -rf "$SITE"
  "${PIL_CMD[@]}" build --content "$CORPUS" --out "$SITE" >"$LOG" 2>&1 || { echo "bench-build: warm-up run failed:" >&2; tail -n 40 "$LOG" >&2; exit 1; }
  echo "warm-up $i: done (not timed)"
done
load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
walls=()
rss=()
summary=""
for ((i = 1; i <= RUNS; i++)); do
  rm -rf "$SITE"
  status=0
  start=$(now)
  if [[ -n "$GNU_TIME" ]]; then
    "$GNU_TIME" -v -o "$BENCH_DIR/time.txt" "${PIL_CMD[@]}" build --content "$CORPUS" --out "$SITE" >"$LOG" 2>&1 || status=$?
  else
    "${PIL_CMD[@]}" build --content "$CORPUS" --out "$SITE" >"$LOG" 2>&1 || status=$?
  fi
  wall=$(elapsed "$start")
  if ((status != 0)); then
    echo "bench-build: run $i failed (exit $status):" >&2
    tail -n 40 "$LOG" >&2
    exit 1
  fi
  walls+=("$wall")
  line="$(grep -E '^built ' "$LOG" | tail -n 1)"
  summary="$line"
  if [[ -n "$GNU_TIME" ]]; then
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$BENCH_DIR/time.txt")
    rss+=("$kb")
    printf 'run %d:    %6.2f s wall, peak RSS %d MB\n' "$i" "$wall" "$((kb / 1024))"
  else
    printf 'run %d:    %6.2f s wall\n' "$i" "$wall"
  fi
done

# 4. Summary.
sorted=($(printf '%s\n' "${walls[@]}" | sort -n))
n=${#sorted[@]}
if ((n % 2 == 1)); then
  median=${sorted[$((n / 2))]}
else
  median=$(awk -v a="${sorted[$((n / 2 - 1))]}" -v b="${sorted[$((n / 2))]}" 'BEGIN { printf "%.3f", (a + b) / 2 }')
fi
leaflets=$(sed -nE 's/^built ([0-9]+) leaflets?, ([0-9]+) pages? .*/\1/p' <<<"$summary")
pages=$(sed -nE 's/^built ([0-9]+) leaflets?, ([0-9]+) pages? .*/\2/p' <<<"$summary")
echo
echo "== $PIL build: $LEAFLETS leaflets, languages $LANGUAGES, seed $SEED, translated $TRANSLATED, $RUNS cold runs"
printf 'wall time:  min %.2f s, median %.2f s\n' "${sorted[0]}" "$median"
echo "output:     ${leaflets:-?} leaflets, ${pages:-?} pages ($(du -sh "$SITE" | cut -f1) in $SITE)"
if ((${#rss[@]} > 0)); then
  max_kb=$(printf '%s\n' "${rss[@]}" | sort -n | tail -n 1)
  echo "peak RSS:   $((max_kb / 1024)) MB (highest of the runs, GNU time)"
else
  echo "peak RSS:   skipped (no GNU time; apt-get install time)"
fi
echo "last run:   ${summary#built * into $SITE }"
if grep -qE 'warning|error' "$LOG"; then
  echo "diagnostics in the last run:"
  grep -E ': (warning|error): ' "$LOG" | head -n 5 | sed 's/^/  /'
fi
echo "machine:    $(nproc) CPUs, $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || echo unknown CPU)," \
  "$(awk '/^MemTotal/ {printf "%.1f GB RAM", $2 / 1048576}' /proc/meminfo 2>/dev/null || echo '? RAM')," \
  "$(uname -sr)"
echo "java:       ${JVM:-unknown}"
echo "load avg:   $load_before before the timed runs, $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?') after (other work on the machine skews the times)"
