#!/usr/bin/env bash
# Times Pil's PDF handouts and compares them with other tools a hospital might use. Not run by CI.
#
#   scripts/bench-pdf.sh [--leaflets N] [--compare K] [--install] [--work DIR]
#
#   --leaflets N  size of the generated corpus (default 2000 leaflets, i.e. 2N pages and handouts: nl + en)
#   --compare K   how many corpus pages the other tools render (default 200; they are much slower)
#   --install     apt-get install the other tools (Debian packages weasyprint, pandoc) when missing
#   --work DIR    where corpus and outputs go (default build/bench-pdf)
#   PIL_JAVA_OPTS e.g. -Xmx1g, passed to Pil's JVM
#
# Measures, on this machine (nproc cores), for the sample content and the corpus:
#   Pil cold (empty output folder), Pil again (every handout unchanged), Pil after editing one leaflet;
#   WeasyPrint on the same leaflets' web pages (Pil's HTML with its print CSS), and pandoc from the same
#   Markdown (its HTML through WeasyPrint: Debian's pandoc has no PDF engine of its own without LaTeX).
# The other tools run as nproc parallel processes, like Pil's one layout per core. Peak memory is the
# largest resident set of one process (for Pil: its JVM). Results: a Markdown table on stdout and in
# DIR/results.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

LEAFLETS=2000
COMPARE=200
INSTALL=false
WORK=build/bench-pdf
while (($#)); do
  case "$1" in
    --leaflets) LEAFLETS="$2"; shift 2 ;;
    --compare) COMPARE="$2"; shift 2 ;;
    --install) INSTALL=true; shift ;;
    --work) WORK="$2"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench-pdf: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

if $INSTALL; then
  missing=()
  command -v weasyprint >/dev/null || missing+=(weasyprint)
  command -v pandoc >/dev/null || missing+=(pandoc)
  if ((${#missing[@]})); then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
[[ -x /usr/bin/time ]] || { echo "bench-pdf: needs GNU time (/usr/bin/time; Debian package 'time')" >&2; exit 2; }

CORES=$(nproc)
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
RESULTS="$WORK/results.md"
./pil --version >/dev/null # builds the tool when needed

# run LABEL COUNT CMD...: times CMD, prints a table row (COUNT handouts)
run() {
  local label="$1" count="$2"
  shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "$@" >"$WORK/last.log" 2>&1 || true
  read -r wall user sys rss <"$WORK/time.txt"
  local rate cpu note=""
  rate=$(awk -v n="$count" -v w="$wall" 'BEGIN { printf "%.1f", (w > 0 ? n / w : 0) }')
  cpu=$(awk -v n="$count" -v u="$user" -v s="$sys" 'BEGIN { printf "%.0f", (n > 0 ? (u + s) * 1000 / n : 0) }')
  if grep -q 'render pdf' "$WORK/last.log"; then # Pil: the PDF stage alone, without start-up, loading and web pages
    note=$(grep -o 'built [0-9]* leaflets*, [0-9]* pages*, [^ ]* PDFs*\( ([0-9]* unchanged)\)\?\|render pdf [0-9.]* s' "$WORK/last.log" \
      | tr '\n' ';' | sed 's/;$//; s/;/; /')
  fi
  printf '| %s | %s | %.1f s | %s | %s ms | %d MB | %s |\n' "$label" "$count" "$wall" "$rate" "$cpu" $((rss / 1024)) "$note" | tee -a "$RESULTS"
}

# pil LABEL CONTENT OUT: builds with Pil; the row counts the handouts it laid out or reused
pil() {
  local label="$1" content="$2" out="$3"
  run "$label" "$(count_pages "$content")" ./pil build --content "$content" --out "$out" --today 2026-11-23
}

count_pages() { find "$1" -name '??.md' -not -path '*/_*' -not -path '*/.*' | wc -l; }

# weasy LABEL LIST: WeasyPrint on each HTML file in LIST, nproc at a time
weasy() {
  local label="$1" list="$2" n
  n=$(wc -l <"$list")
  mkdir -p "$WORK/weasyprint"
  run "$label" "$n" bash -c "xargs -P $CORES -I{} sh -c 'weasyprint -q \"\$1\" \"$WORK/weasyprint/\$(echo \"\$1\" | md5sum | cut -c1-12).pdf\" 2>/dev/null' _ {} <\"$list\""
}

# pandoc_ LABEL LIST: pandoc (Markdown -> HTML -> WeasyPrint) on each Markdown file in LIST, nproc at a time
pandoc_() {
  local label="$1" list="$2" n
  n=$(wc -l <"$list")
  mkdir -p "$WORK/pandoc"
  run "$label" "$n" bash -c "xargs -P $CORES -I{} sh -c 'pandoc \"\$1\" -s --metadata title=Folder --pdf-engine=weasyprint -o \"$WORK/pandoc/\$(echo \"\$1\" | md5sum | cut -c1-12).pdf\" 2>/dev/null' _ {} <\"$list\""
}

{
  echo "PDF handouts, $(date -u +%Y-%m-%d), $CORES cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem/ {print $2}') GB,"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(PIL_JAVA_OPTS=-version ./pil 2>&1 | head -1); $(weasyprint --version 2>/dev/null || echo 'no WeasyPrint'); $(pandoc --version 2>/dev/null | head -1 || echo 'no pandoc')"
  echo
  echo "| run | handouts | wall | handouts/s | CPU per handout | peak memory | Pil's report |"
  echo "|---|---|---|---|---|---|---|"
} | tee "$RESULTS"

# the sample content
rm -rf "$WORK/sample"
pil "Pil, sample content, cold" content "$WORK/sample"
pil "Pil, sample content, unchanged" content "$WORK/sample"
if command -v weasyprint >/dev/null; then
  find "$WORK/sample" -mindepth 3 -name index.html | sort >"$WORK/sample-pages.txt"
  weasy "WeasyPrint 57, sample content (web pages)" "$WORK/sample-pages.txt"
fi
if command -v pandoc >/dev/null && command -v weasyprint >/dev/null; then
  find content -name '??.md' | sort >"$WORK/sample-md.txt"
  pandoc_ "pandoc 2.17 + WeasyPrint, sample content (Markdown)" "$WORK/sample-md.txt"
fi

# the corpus
CORPUS="$WORK/corpus-$LEAFLETS"
[[ -f "$CORPUS/site.yaml" ]] || python3 scripts/generate-corpus.py --leaflets "$LEAFLETS" --out "$CORPUS"
./pil translations --stamp --content "$CORPUS" --report "$WORK/translations" >/dev/null # no "untracked" warnings
rm -rf "$WORK/corpus-out"
pil "Pil, $LEAFLETS-leaflet corpus, cold" "$CORPUS" "$WORK/corpus-out"
pil "Pil, $LEAFLETS-leaflet corpus, unchanged" "$CORPUS" "$WORK/corpus-out"
printf '\nOne more paragraph.\n' >>"$CORPUS/leaflet-0000/nl.md"
pil "Pil, $LEAFLETS-leaflet corpus, one leaflet edited" "$CORPUS" "$WORK/corpus-out"
if command -v weasyprint >/dev/null; then
  find "$WORK/corpus-out/nl" -mindepth 2 -name index.html | sort | sed -n "1,${COMPARE}p" >"$WORK/corpus-pages.txt"
  weasy "WeasyPrint 57, first $COMPARE corpus pages" "$WORK/corpus-pages.txt"
fi
if command -v pandoc >/dev/null && command -v weasyprint >/dev/null; then
  find "$CORPUS" -name 'nl.md' | sort | sed -n "1,${COMPARE}p" >"$WORK/corpus-md.txt"
  pandoc_ "pandoc 2.17 + WeasyPrint, first $COMPARE corpus leaflets" "$WORK/corpus-md.txt"
fi
echo | tee -a "$RESULTS"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULTS"
