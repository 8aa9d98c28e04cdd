#!/usr/bin/env bash
# Incremental build benchmark: times `pil build` when nothing changed, after a body edit and after a title edit,
# each a cold JVM into the output folder of the previous build (the build cache at work).
#
#   scripts/bench-incremental.sh --content content          # the sample content
#   scripts/bench-incremental.sh [LEAFLETS] [LANGUAGES]      # a corpus from generate-corpus.py (default 2000 nl,en)
#
# Environment: RUNS (timed runs per kind, default 3), FORMATS (default html,index,pdf), BENCH_DIR (work folder,
# default ${TMPDIR:-/tmp}/pil-bench; a generated corpus is kept there), PIL (command to run, default ./pil; e.g.
# PIL="/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar site/target/pil.jar" to skip the launcher).
#
# The content is copied first, so edits never touch the original. The first (cold) build is timed once; it lays out
# every handout and can take minutes on a large corpus. A manual benchmark: not part of `./pil test`; it refuses to
# run when CI is set unless BENCH_ALLOW_CI=1.
set -euo pipefail

if [[ -n "${CI:-}" && "${BENCH_ALLOW_CI:-}" != 1 ]]; then
  echo "bench-incremental: not running in CI (CI is set); set BENCH_ALLOW_CI=1 to override" >&2
  exit 0
fi
PIL_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_DIR="${BENCH_DIR:-${TMPDIR:-/tmp}/pil-bench}"
RUNS="${RUNS:-3}"
FORMATS="${FORMATS:-html,index,pdf}"
PIL="${PIL:-./pil}"
read -r -a PIL_CMD <<<"$PIL"
mkdir -p "$BENCH_DIR"

if [[ "${1:-}" == "--content" ]]; then
  SOURCE="$(cd "${2:?--content needs a folder}" && pwd)"
else
  LEAFLETS="${1:-2000}"
  LANGUAGES="${2:-nl,en}"
  SOURCE="$BENCH_DIR/corpus-$LEAFLETS-${LANGUAGES//,/-}-s42-t1.0"
  if [[ ! -f "$SOURCE/.pil-corpus" ]]; then
    rm -rf "$SOURCE"
    python3 "$PIL_HOME/scripts/generate-corpus.py" --leaflets "$LEAFLETS" --languages "$LANGUAGES" --seed 42 \
      --translated 1.0 --out "$SOURCE" >/dev/null
  fi
fi
CONTENT="$BENCH_DIR/incremental-content"
SITE="$BENCH_DIR/incremental-site"
LOG="$BENCH_DIR/incremental.log"
rm -rf "$CONTENT" "$SITE"
cp -r "$SOURCE" "$CONTENT"
cd "$PIL_HOME"
# translations recorded as current, so the timings are not about printing thousands of "untracked" warnings
"${PIL_CMD[@]}" translations --stamp --content "$CONTENT" --report "$BENCH_DIR/incremental-translations" >/dev/null 2>&1 || true
mapfile -t FILES < <(find "$CONTENT" -mindepth 2 -name '*.md' -path '*/*/*' ! -path '*/_*' | sort)
SOURCE_LANG="$(sed -nE 's/^languages: *\[ *([a-z-]+).*/\1/p' "$CONTENT/site.yaml")"
mapfile -t SOURCES < <(printf '%s\n' "${FILES[@]}" | grep "/$SOURCE_LANG.md$")

now() { date +%s.%N; }
run() { # $1 = label
  local start wall line
  start=$(now)
  "${PIL_CMD[@]}" build -q --formats "$FORMATS" --content "$CONTENT" --out "$SITE" >"$LOG" 2>&1 \
    || { echo "bench-incremental: build failed:" >&2; tail -n 30 "$LOG" >&2; exit 1; }
  wall=$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }')
  line="$(grep -E '^(built |nothing changed)' "$LOG" | tail -n 1 || true)"
  printf '%-22s %6s s   %s\n' "$1" "$wall" "$(sed -E 's/^built [0-9]+ leaflets?, //; s/ into [^ ]+ in / | /; s/ in [^ ]+ are up to date/ up to date/' <<<"$line")"
}

echo "content: $SOURCE (${#FILES[@]} leaflet files), formats $FORMATS, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
run "cold (empty output)"
for ((i = 1; i <= RUNS; i++)); do run "unchanged"; done
# a file no page uses: every input is read again, every page and handout is taken over (the cache per page at work)
for ((i = 1; i <= RUNS; i++)); do printf 'run %d\n' "$i" >"$CONTENT/_bench-touch.txt"; run "unused file changed"; done
for ((i = 1; i <= RUNS; i++)); do
  file="${FILES[$(( (i * 7919) % ${#FILES[@]} ))]}"
  printf '\nEen extra zin bij meting %d.\n' "$i" >>"$file"
  run "body edit ($(basename "$(dirname "$file")" | cut -c1-12)…)"
done
for ((i = 1; i <= RUNS; i++)); do
  file="${SOURCES[$(( (i * 104729) % ${#SOURCES[@]} ))]}"
  sed -i -E "0,/^title: /s/^title: (.*)$/title: \1 $i/" "$file"
  run "title edit ($(basename "$(dirname "$file")" | cut -c1-12)…)"
done
echo "machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo) RAM; load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
