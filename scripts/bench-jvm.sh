#!/usr/bin/env bash
# Compares JVM start-up settings on one `pil build`, alternating the settings round by round. Not run by CI.
#
#   scripts/bench-jvm.sh CONTENT FORMATS ROUNDS SETTING...
#   scripts/bench-jvm.sh content html,index,pdf 3 plain c1 launcher launcher-c2
#
# Settings:
#   plain             java -jar site/target/pil.jar: the JVM's defaults, as before the launcher's measures
#   c1                the same with -XX:TieredStopAtLevel=1
#   launcher          ./pil as it is: C1 only and the start-up cache (recorded first, outside the timing)
#   launcher-first    ./pil with an emptied cache folder: the first run, which records and assembles the cache
#   launcher-c2       ./pil with PIL_JAVA_OPTS=-XX:TieredStopAtLevel=4 (the cache, C2 as the JVM's default)
#   launcher-serial   ./pil with PIL_JAVA_OPTS=-XX:+UseSerialGC
#   launcher-parallel ./pil with PIL_JAVA_OPTS=-XX:+UseParallelGC
# Every run is `build -q --clean` into an emptied folder. Prints one line per run (setting, round, wall s, CPU s,
# peak RSS MB, load average) and the medians. Needs GNU time. BENCH_DIR (default ${TMPDIR:-/tmp}/pil-bench-jvm)
# holds the output and the cache (PIL_CACHE_DIR points there, so the user's own cache is left alone).
set -euo pipefail
if [[ -n "${CI:-}" && "${BENCH_ALLOW_CI:-}" != 1 ]]; then
  echo "bench-jvm: not running in CI (CI is set); set BENCH_ALLOW_CI=1 to override" >&2
  exit 0
fi
(($# >= 4)) || { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
CONTENT="$(cd "$1" && pwd)" FORMATS="$2" ROUNDS="$3"
shift 3
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BENCH_DIR="${BENCH_DIR:-${TMPDIR:-/tmp}/pil-bench-jvm}"
mkdir -p "$BENCH_DIR"
export PIL_CACHE_DIR="$BENCH_DIR/cache"
[[ -x /usr/bin/time ]] || { echo "bench-jvm: needs GNU time (/usr/bin/time)" >&2; exit 2; }
./pil --version >/dev/null # builds the jar when needed
JAVA="$(PIL_JAVA_OPTS=-XshowSettings:properties ./pil --version 2>&1 | awk -F' = ' '/^ *java.home/ {print $2}')/bin/java"
./pil build -q --formats "$FORMATS" --content "$CONTENT" --out "$BENCH_DIR/site" >/dev/null 2>&1 || true # the cache

RAW="$BENCH_DIR/raw.txt"
: >"$RAW"
for ((r = 1; r <= ROUNDS; r++)); do
  for setting in "$@"; do
    case $setting in
      plain) cmd=("$JAVA" -jar site/target/pil.jar) ;;
      c1) cmd=("$JAVA" -XX:TieredStopAtLevel=1 -jar site/target/pil.jar) ;;
      launcher) cmd=(./pil) ;;
      launcher-first) rm -rf "$PIL_CACHE_DIR"; cmd=(./pil) ;;
      launcher-c2) cmd=(env PIL_JAVA_OPTS=-XX:TieredStopAtLevel=4 ./pil) ;;
      launcher-serial) cmd=(env PIL_JAVA_OPTS=-XX:+UseSerialGC ./pil) ;;
      launcher-parallel) cmd=(env PIL_JAVA_OPTS=-XX:+UseParallelGC ./pil) ;;
      *) echo "bench-jvm: unknown setting $setting" >&2; exit 2 ;;
    esac
    rm -rf "$BENCH_DIR/site"
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f "%e %U %S %M" -o "$BENCH_DIR/time.txt" "${cmd[@]}" build -q --clean --formats "$FORMATS" \
      --content "$CONTENT" --out "$BENCH_DIR/site" >"$BENCH_DIR/log" 2>&1 \
      || { echo "bench-jvm: $setting failed:" >&2; tail -n 20 "$BENCH_DIR/log" >&2; exit 1; }
    read -r wall user sys rss <"$BENCH_DIR/time.txt"
    echo "$setting $r $wall $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') $((rss / 1024)) $load" \
      | tee -a "$RAW"
  done
done
echo
echo "medians, $(basename "$CONTENT") --formats $FORMATS, $ROUNDS rounds, $(nproc) cores, $("$JAVA" -version 2>&1 | head -n 1):"
echo "| setting | wall s | CPU s | peak RSS MB | load avg |"
echo "|---|---|---|---|---|"
for setting in "$@"; do
  awk -v s="$setting" '$1 == s' "$RAW" | awk '
    function median(v, n,   i, j, t) {
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
      return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    }
    { n++; w[n] = $3; c[n] = $4; m[n] = $5; l[n] = $6; name = $1 }
    END { printf "| %s | %.2f | %.2f | %d | %.1f |\n", name, median(w, n), median(c, n), median(m, n), median(l, n) }'
done
