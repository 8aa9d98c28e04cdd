#!/usr/bin/env bash
# The long fuzz run (not part of CI): random leaflet bodies (every Markdown construct), random front matter and random
# search queries, each checked for internal failures and hangs (see generator/src/test/java/nl/pil/compile/GateFuzz.java).
#   scripts/fuzz.sh [tries per property, default 1000]
# jqwik prints the seed of any failure; rerun one with -Djqwik.seeds.whenfixed=... or by pasting the seed into @Property.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
TRIES="${1:-1000}"
source <(sed -n '/^java_major()/,/^}/p; /^find_jdk()/,/^}/p' ./pil)
REQUIRED_JAVA=21
JAVA_HOME="$(find_jdk)" || { echo "fuzz: no JDK 21 or newer found" >&2; exit 2; }
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
exec mvn -B -pl generator -am verify -DskipITs -Dtest='GateFuzz' -Dsurefire.failIfNoSpecifiedTests=false -DargLine="-Djqwik.tries.default=$TRIES"
