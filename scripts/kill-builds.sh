#!/usr/bin/env bash
# Kill test for publishing: RUNS builds of the sample content, each killed with SIGKILL at a random moment, then one
# more build. Counts, after every kill, whether the site folder is missing or broken and what lies beside it, whether
# `pil serve --no-build` can serve it, and what is left over after the last build.
#
#   scripts/kill-builds.sh [RUNS] [CONTENT]
#   scripts/kill-builds.sh                  # 40 kills of content/
#   scripts/kill-builds.sh 100 /tmp/pil-bench/corpus-2000-nl,en
#
# Environment: KILL_DIR (work folder, default ${TMPDIR:-/tmp}/pil-kill; emptied first), SEED (default 42),
# MAX_DELAY (seconds; default 1.2 × a measured build), SERVE_CHECK (1: after every kill start `pil serve --no-build`
# on a free port and fetch /; default 1), BUILD_ARGS (extra arguments for every build, e.g. --no-pdf),
# PIL (command, default: java -jar site/target/pil.jar, built first when missing).
#
# "broken" means: the site folder is there but its files (names and sizes, .pil/ aside) differ from a complete build.
# A random kill rarely lands in the few microseconds between the two renames of the swap; PublisherKillTest and
# PublisherCrashTest stop a build exactly there. Manual: not part of `./pil test`; refuses to run when CI is set.
set -euo pipefail

if [[ -n "${CI:-}" && -z "${KILL_ALLOW_CI:-}" ]]; then
  echo "kill-builds.sh: a manual test, not for CI (set KILL_ALLOW_CI=1 to run it anyway)" >&2
  exit 2
fi

RUNS="${1:-40}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONTENT="$(cd "${2:-$HERE/content}" && pwd)"
KILL_DIR="${KILL_DIR:-${TMPDIR:-/tmp}/pil-kill}"
SEED="${SEED:-42}"
SERVE_CHECK="${SERVE_CHECK:-1}"
read -r -a EXTRA <<<"${BUILD_ARGS:-}"

if [[ -z "${PIL:-}" ]]; then
  "$HERE/pil" --version >/dev/null # builds site/target/pil.jar when missing or stale, and finds a JDK >= 21
  JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
  if ! "$JAVA" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA="$(ls -d /usr/lib/jvm/*/bin/java | while read -r j; do "$j" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' && echo "$j" && break; done)"
  fi
  PIL="$JAVA -jar $HERE/site/target/pil.jar"
fi
read -r -a PIL_CMD <<<"$PIL"

rm -rf "$KILL_DIR"
mkdir -p "$KILL_DIR"
OUT="$KILL_DIR/site"
cd "$HERE" # as ./pil build: templates/ is used when it is there
build() { "${PIL_CMD[@]}" build --clean --content "$CONTENT" --out "$OUT" "${EXTRA[@]}" "$@"; }
# names and sizes; _search/meta.json holds a build id of varying length
listing() { (cd "$1" && find . -type f ! -path './.pil/*' -printf '%P %s\n' | sed 's|^\(_search/meta.json\) .*|\1|' | LC_ALL=C sort); }
leftovers() { find "$KILL_DIR" -mindepth 1 -maxdepth 1 -name '.site.*' ! -name '.site.lock' | wc -l; }

echo "reference build of $CONTENT …"
start=$(date +%s.%N)
build >/dev/null 2>&1
took=$(echo "$(date +%s.%N) - $start" | bc)
listing "$OUT" >"$KILL_DIR/reference.txt"
build >/dev/null 2>&1
if ! cmp -s <(listing "$OUT") "$KILL_DIR/reference.txt"; then
  echo "two complete builds differ in their file sizes: 'broken' cannot be told apart here" >&2
  exit 3
fi
MAX_DELAY="${MAX_DELAY:-$(echo "$took * 1.2" | bc)}"
echo "a complete build takes ${took}s; killing $RUNS builds at random moments within ${MAX_DELAY}s"

missing=0; broken=0; finished=0; served=0; not_served=0; most=0
RANDOM=$SEED
for ((i = 1; i <= RUNS; i++)); do
  delay=$(echo "scale=3; $MAX_DELAY * $RANDOM / 32767" | bc)
  set +e
  timeout --foreground -s KILL "$delay" "${PIL_CMD[@]}" build --clean --content "$CONTENT" --out "$OUT" "${EXTRA[@]}" >/dev/null 2>&1
  status=$?
  set -e
  state=ok
  if [[ $status -ne 137 ]]; then
    finished=$((finished + 1)); state="finished ($status)"
  fi
  if [[ ! -d "$OUT" ]]; then
    missing=$((missing + 1)); state="$state, MISSING"
  elif ! cmp -s <(listing "$OUT") "$KILL_DIR/reference.txt"; then
    broken=$((broken + 1)); state="$state, BROKEN"
  fi
  left=$(leftovers)
  ((left > most)) && most=$left
  if [[ "$SERVE_CHECK" == 1 ]]; then
    log="$KILL_DIR/serve.log"
    : >"$log" # now: the background job below opens it later, and grep must not find the last server's address
    "${PIL_CMD[@]}" serve --no-build --port 0 --content "$CONTENT" --out "$OUT" >"$log" 2>&1 &
    server=$!
    url=""
    for _ in $(seq 100); do
      url=$(grep -o 'http://[^ ]*/' "$log" | head -1 | sed 's|//localhost:|//127.0.0.1:|' || true)
      [[ -n "$url" ]] && break
      kill -0 "$server" 2>/dev/null || break
      sleep 0.1
    done
    if [[ -n "$url" ]] && curl -fsS -o /dev/null "$url"; then
      served=$((served + 1))
    else
      not_served=$((not_served + 1))
      kill -0 "$server" 2>/dev/null && alive="server running" || alive="server gone"
      state="$state, NOT SERVED ($alive; log: serve-$i.log)"
      cp "$log" "$KILL_DIR/serve-$i.log"
    fi
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  printf 'kill %3d after %6.3fs: %s; %d folder(s) beside the site\n' "$i" "$delay" "$state" "$left"
done

before=$(leftovers)
before_size=$(find "$KILL_DIR" -mindepth 1 -maxdepth 1 -name '.site.*' ! -name '.site.lock' -exec du -sk {} + 2>/dev/null | awk '{s += $1} END {print s + 0}')
build >/dev/null 2>&1
after=$(leftovers)
final=ok
[[ -d "$OUT" ]] && cmp -s <(listing "$OUT") "$KILL_DIR/reference.txt" || final=BROKEN

echo
echo "killed:                        $((RUNS - finished)) of $RUNS builds ($finished finished before their kill)"
echo "site missing right after kill: $missing"
echo "site broken right after kill:  $broken"
[[ "$SERVE_CHECK" == 1 ]] && echo "pil serve --no-build served:   $served of $RUNS ($not_served not)"
echo "folders beside the site:       at most $most after a kill; $before (${before_size} KB) before the last build, $after after it"
echo "last build:                    $final"
# a site missing right after a kill is what the next reader puts back: the serve check is what counts
[[ $broken -eq 0 && $not_served -eq 0 && $after -eq 0 && $final == ok ]]
