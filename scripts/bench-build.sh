#!/usr/bin/env bash
# Build benchmark: times `./pil build` on a synthetic corpus (scripts/generate-corpus.py).
#
#   scripts/bench-build.sh [LEAFLETS] [LANGUAGES] [RUNS]
#   scripts/bench-build.sh                  # 2000 leaflets, nl,en, 3 runs
#   scripts/bench-build.sh 500 nl,en,ar 5
#
# Environment: SEED (default 42), TRANSLATED (fraction of leaflets with translations, default 1.0),
# BENCH_DIR (work folder, default ${TMPDIR:-/tmp}/pil-bench; the corpus is kept there and reused),
# PIL_JAVA_OPTS (passed to the JVM by ./pil).
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
SEED="${SEED:-42}"
TRANSLATED="${TRANSLATED:-1.0}"
BENCH_DIR="${BENCH_DIR:-${TMPDIR:-/tmp}/pil-bench}"

if [[ -n "${CI:-}" && "${BENCH_ALLOW_CI:-}" != 1 ]]; then
  echo "bench-build: not running in CI (CI is set); set BENCH_ALLOW_CI=1 to override" >&2
  exit 0
fi
[[ "$LEAFLETS" =~ ^[1-9][0-9]*$ ]] || { echo "bench-build: LEAFLETS must be a positive number, not '$LEAFLETS'" >&2; exit 2; }
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "bench-build: RUNS must be a positive number, not '$RUNS'" >&2; exit 2; }
command -v python3 >/dev/null || { echo "bench-build: python3 is needed to generate the corpus" >&2; exit 2; }

PIL_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS="$BENCH_DIR/corpus-$LEAFLETS-${LANGUAGES//,/-}-s$SEED-t$TRANSLATED"
SITE="$BENCH_DIR/site"
LOG="$BENCH_DIR/build.log"
mkdir -p "$BENCH_DIR"

# 1. The corpus: generated once per parameter set, then reused.
if [[ -f "$CORPUS/.pil-corpus" ]]; then
  echo "corpus:   $CORPUS (reused)"
else
  rm -rf "$CORPUS"
  start=$(date +%s.%N)
  python3 "$PIL_HOME/scripts/generate-corpus.py" --leaflets "$LEAFLETS" --languages "$LANGUAGES" \
    --seed "$SEED" --translated "$TRANSLATED" --out "$CORPUS" >/dev/null
  end=$(date +%s.%N)
  printf 'corpus:   %s (generated in %.1f s)\n' "$CORPUS" "$(echo "$end - $start" | bc)"
fi
printf 'content:  %s files, %s\n' "$(find "$CORPUS" -name '*.md' -path '*/*/*/*.md' | wc -l)" "$(du -sh "$CORPUS" | cut -f1)"

cd "$PIL_HOME"
# 2. Let the launcher find a JDK and (re)build the jar if it is stale, outside the measurements.
if ! ./pil --help >/dev/null 2>"$LOG"; then
  echo "bench-build: ./pil does not start:" >&2
  cat "$LOG" >&2
  exit 3
fi

GNU_TIME=""
if [[ -x /usr/bin/time ]] && /usr/bin/time -v true >/dev/null 2>&1; then
  GNU_TIME=/usr/bin/time
fi

# 3. The runs.
walls=()
rss=()
summary=""
for ((i = 1; i <= RUNS; i++)); do
  rm -rf "$SITE"
  start=$(date +%s.%N)
  if [[ -n "$GNU_TIME" ]]; then
    status=0
    "$GNU_TIME" -v -o "$BENCH_DIR/time.txt" ./pil build --content "$CORPUS" --out "$SITE" >"$LOG" 2>&1 || status=$?
  else
    status=0
    ./pil build --content "$CORPUS" --out "$SITE" >"$LOG" 2>&1 || status=$?
  fi
  end=$(date +%s.%N)
  if ((status != 0)); then
    echo "bench-build: run $i failed (exit $status):" >&2
    tail -n 40 "$LOG" >&2
    exit 1
  fi
  wall=$(echo "$end - $start" | bc)
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
  median=$(echo "(${sorted[$((n / 2 - 1))]} + ${sorted[$((n / 2))]}) / 2" | bc -l)
fi
leaflets=$(sed -nE 's/^built ([0-9]+) leaflets?, ([0-9]+) pages? .*/\1/p' <<<"$summary")
pages=$(sed -nE 's/^built ([0-9]+) leaflets?, ([0-9]+) pages? .*/\2/p' <<<"$summary")
echo
echo "== pil build: $LEAFLETS leaflets, languages $LANGUAGES, seed $SEED, translated $TRANSLATED, $RUNS cold runs"
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
echo "java:       $("${JAVA_HOME:-$(./pil --help >/dev/null 2>&1; echo)}"/bin/java -version 2>&1 | head -n 1 || true)"
