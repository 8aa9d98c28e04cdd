#!/usr/bin/env bash
# Pil side by side with the tools a hospital could use instead, on one generated corpus. Not run by CI.
#
#   scripts/bench-peers.sh [--leaflets N] [--languages L] [--pdf-leaflets K] [--rounds R] [--work DIR] [--install]
#
#   --leaflets N      corpus for the web pages and search index (default 2000; languages default nl,en)
#   --pdf-leaflets K  smaller corpus for the PDF handouts (default 200: laying out N x languages handouts takes long)
#   --rounds R        timed rounds (default 3); each round runs every row once, Pil and its peer one after another
#   --work DIR        corpus, outputs and raw timings (default build/bench-peers)
#   --install         apt-get install hugo and weasyprint when missing; pagefind always comes from npm into DIR
#   --report-only     no runs: the report from the timings already in DIR (e.g. of a run stopped after a round)
#   PIL               command to time (default ./pil: the launcher with its start-up cache, see docs/build-speed.md)
#
# Rows (every figure a median over the rounds; ratios are medians of each round's Pil / peer pair):
#   HTML          Pil --formats html --clean               vs  Hugo (Debian package) on the corpus as Hugo content
#   index         Pil --formats index --clean              vs  Pagefind (npm) on Hugo's pages (Pil parses Markdown too)
#   HTML + index  Pil --formats html,index --clean         vs  Hugo, then Pagefind
#   up to date    Pil html,index again, nothing changed    vs  Hugo again (it has no incremental cold build)
#   body edit     Pil html,index after one paragraph added vs  Hugo again
#   title edit    Pil html,index after one title changed   vs  Hugo again
#   PDF, K x L    Pil --formats html,index,pdf --clean     vs  WeasyPrint on Pil's pages of the same leaflets (print CSS),
#                 nproc processes at a time, as Pil lays out one handout per core
# Peak memory is the largest resident set of one process (GNU time). The machine's load average is written next
# to every run: other work on the machine slows both sides, which is why the ratios are paired per round.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PIL_HOME="$(pwd)"

LEAFLETS=2000
LANGUAGES=nl,en
PDF_LEAFLETS=200
ROUNDS=3
WORK=build/bench-peers
INSTALL=false
REPORT_ONLY=false
while (($#)); do
  case "$1" in
    --leaflets) LEAFLETS="$2"; shift 2 ;;
    --languages) LANGUAGES="$2"; shift 2 ;;
    --pdf-leaflets) PDF_LEAFLETS="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    --install) INSTALL=true; shift ;;
    --report-only) REPORT_ONLY=true; shift ;;
    -h | --help) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench-peers: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [[ -n "${CI:-}" && "${BENCH_ALLOW_CI:-}" != 1 ]]; then
  echo "bench-peers: not running in CI (CI is set); set BENCH_ALLOW_CI=1 to override" >&2
  exit 0
fi
for n in "$LEAFLETS" "$PDF_LEAFLETS" "$ROUNDS"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "bench-peers: '$n' is not a number" >&2; exit 2; }
done
PIL="${PIL:-./pil}"
read -r -a PIL_CMD <<<"$PIL"

if $INSTALL; then
  missing=()
  command -v hugo >/dev/null || missing+=(hugo)
  command -v weasyprint >/dev/null || missing+=(weasyprint)
  if ((${#missing[@]})); then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
[[ -x /usr/bin/time ]] || { echo "bench-peers: needs GNU time (/usr/bin/time; Debian package 'time')" >&2; exit 2; }
command -v hugo >/dev/null || { echo "bench-peers: needs hugo (apt-get install hugo, or --install)" >&2; exit 2; }
command -v npm >/dev/null || { echo "bench-peers: needs npm, for pagefind" >&2; exit 2; }
HAVE_WEASYPRINT=false
command -v weasyprint >/dev/null && HAVE_WEASYPRINT=true

mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
PAGEFIND="$WORK/node/node_modules/.bin/pagefind"
if [[ ! -x "$PAGEFIND" ]]; then
  mkdir -p "$WORK/node"
  (cd "$WORK/node" && npm install --no-audit --no-fund --silent pagefind@1 >/dev/null)
fi
CORES=$(nproc)
"${PIL_CMD[@]}" --version >/dev/null # builds the tool when needed, outside the measurements

# corpus DIR N: a generated corpus with its translations recorded as current (no "untracked" warnings)
corpus() {
  if [[ ! -f "$1/.pil-corpus" ]]; then
    rm -rf "$1"
    python3 scripts/generate-corpus.py --leaflets "$2" --languages "$LANGUAGES" --seed 42 --out "$1" >/dev/null
    "${PIL_CMD[@]}" translations --stamp --content "$1" --report "$WORK/translations" >/dev/null
  fi
}

# hugo_site CORPUS DIR: the corpus as a Hugo site, one content folder per language, the leaflet's front matter and
# Markdown as they are; a minimal layout (title, text, language) marked for Pagefind. Hugo does less per page than
# Pil (no navigation, related leaflets, cards, checks), so its figures are a lower bound for the same site.
hugo_site() {
  rm -rf "$2"
  python3 - "$1" "$2" "$LANGUAGES" <<'EOF'
import sys
from pathlib import Path
corpus, out, languages = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3].split(",")
config = ['baseURL = "https://folders.maasoever.example/"', f'defaultContentLanguage = "{languages[0]}"',
          "defaultContentLanguageInSubdir = true", "disableKinds = ['taxonomy', 'term', 'RSS']", "[languages]"]
for weight, lang in enumerate(languages, 1):
    config += [f"  [languages.{lang}]", f'    contentDir = "content/{lang}"', f"    weight = {weight}"]
(out / "layouts/_default").mkdir(parents=True)
(out / "hugo.toml").write_text("\n".join(config) + "\n")
page = ('<!doctype html><html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
        '</head><body><main data-pagefind-body><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n')
(out / "layouts/_default/single.html").write_text(page)
(out / "layouts/_default/list.html").write_text(
    '<!doctype html><html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
    '<body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n')
for source in sorted(corpus.glob("*/*/*.md")):
    department, leaflet, lang = source.parts[-3], source.parts[-2], source.stem
    if lang not in languages:
        continue
    text = source.read_text(encoding="utf-8")
    # Pil's front matter key 'type' names the kind of leaflet; to Hugo it names a layout
    text = text.replace("\ntype: ", "\nleaflet-type: ", 1)
    target = out / "content" / lang / department / f"{leaflet}.md"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
EOF
}

RAW="$WORK/raw.tsv" # round, row, tool, wall s, CPU s, peak RSS MB, load average
$REPORT_ONLY || : >"$RAW"
# timed ROUND ROW TOOL CMD...: runs CMD under GNU time and appends a line to RAW
timed() {
  local round="$1" row="$2" tool="$3" load
  shift 3
  load=$(cut -d' ' -f1 /proc/loadavg)
  if ! /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "$@" >"$WORK/last.log" 2>&1; then
    echo "bench-peers: $tool ($row) failed:" >&2
    tail -n 20 "$WORK/last.log" >&2
    exit 1
  fi
  read -r wall user sys rss <"$WORK/time.txt"
  printf '%s\t%s\t%s\t%s\t%s\t%d\t%s\n' "$round" "$row" "$tool" "$wall" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" $((rss / 1024)) "$load" | tee -a "$RAW"
}

PIL_BUILD=("${PIL_CMD[@]}" build -q --today 2026-11-23)

CORPUS="$WORK/corpus-$LEAFLETS-${LANGUAGES//,/-}"
PDF_CORPUS="$WORK/corpus-$PDF_LEAFLETS-${LANGUAGES//,/-}"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
$REPORT_ONLY && ROUNDS=0
((ROUNDS == 0)) || {
corpus "$CORPUS" "$LEAFLETS"
CONTENT="$WORK/content" # a copy: the edit rows change it
rm -rf "$CONTENT"
cp -r "$CORPUS" "$CONTENT"
hugo_site "$CONTENT" "$WORK/hugo"
if ((PDF_LEAFLETS > 0)); then
  corpus "$PDF_CORPUS" "$PDF_LEAFLETS"
fi
mapfile -t SOURCES < <(find "$CONTENT" -mindepth 3 -name "${LANGUAGES%%,*}.md" | sort)
# untimed: fills the OS file cache, and lets the launcher record its start-up cache (docs/build-speed.md)
if ((PDF_LEAFLETS > 0)); then
  "${PIL_BUILD[@]}" --clean --content "$PDF_CORPUS" --out "$WORK/pil-warm-up" >/dev/null 2>&1 || true
else
  "${PIL_BUILD[@]}" --clean --formats html,index --content "$CONTENT" --out "$WORK/pil-warm-up" >/dev/null 2>&1 || true
fi
rm -rf "$WORK/pil-warm-up"
hugo --quiet --source "$WORK/hugo" --destination "$WORK/hugo-public" >/dev/null
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
}

for ((r = 1; r <= ROUNDS; r++)); do
  timed "$r" html Pil "${PIL_BUILD[@]}" --clean --formats html --content "$CONTENT" --out "$WORK/pil-site"
  timed "$r" html Hugo hugo --quiet --source "$WORK/hugo" --destination "$WORK/hugo-public" --cleanDestinationDir
  timed "$r" index Pil "${PIL_BUILD[@]}" --clean --formats index --content "$CONTENT" --out "$WORK/pil-index"
  rm -rf "$WORK/hugo-public/pagefind"
  timed "$r" index Pagefind "$PAGEFIND" --site "$WORK/hugo-public" --silent
  timed "$r" "html+index" Pil "${PIL_BUILD[@]}" --clean --formats html,index --content "$CONTENT" --out "$WORK/pil-site"
  timed "$r" "html+index" "Hugo+Pagefind" bash -c "hugo --quiet --source '$WORK/hugo' --destination '$WORK/hugo-public' \
    --cleanDestinationDir && '$PAGEFIND' --site '$WORK/hugo-public' --silent"
  timed "$r" "up to date" Pil "${PIL_BUILD[@]}" --formats html,index --content "$CONTENT" --out "$WORK/pil-site"
  timed "$r" "up to date" Hugo hugo --quiet --source "$WORK/hugo" --destination "$WORK/hugo-public"
  # one paragraph more in one leaflet, a new title in another: a different pair each round
  body="${SOURCES[$((r * 7 % ${#SOURCES[@]}))]}"
  title="${SOURCES[$((r * 13 % ${#SOURCES[@]}))]}"
  printf '\nEen alinea meer, ronde %d.\n' "$r" >>"$body"
  timed "$r" "body edit" Pil "${PIL_BUILD[@]}" --formats html,index --content "$CONTENT" --out "$WORK/pil-site"
  hugo_site "$CONTENT" "$WORK/hugo"
  timed "$r" "body edit" Hugo hugo --quiet --source "$WORK/hugo" --destination "$WORK/hugo-public"
  sed -i "0,/^title: /s/^title: \(.*\)/title: \1 (ronde $r)/" "$title"
  timed "$r" "title edit" Pil "${PIL_BUILD[@]}" --formats html,index --content "$CONTENT" --out "$WORK/pil-site"
  hugo_site "$CONTENT" "$WORK/hugo"
  timed "$r" "title edit" Hugo hugo --quiet --source "$WORK/hugo" --destination "$WORK/hugo-public"
  if ((PDF_LEAFLETS > 0)); then
    timed "$r" "pdf" Pil "${PIL_BUILD[@]}" --clean --formats html,index,pdf --content "$PDF_CORPUS" --out "$WORK/pil-pdf"
    if $HAVE_WEASYPRINT; then
      # the web page of every handout
      find "$WORK/pil-pdf" -name '*.pdf' -printf '%h/index.html\n' | sort -u >"$WORK/pdf-pages.txt"
      rm -rf "$WORK/weasyprint"
      mkdir -p "$WORK/weasyprint"
      timed "$r" "pdf" WeasyPrint bash -c "xargs -P $CORES -I{} sh -c 'weasyprint -q \"\$1\" \
        \"$WORK/weasyprint/\$(echo \"\$1\" | md5sum | cut -c1-12).pdf\"' _ {} <'$WORK/pdf-pages.txt'"
    fi
  fi
done

# the report: medians per row and tool, paired ratios
RESULTS="$WORK/results.md"
pages() { find "$1" -mindepth 3 -name index.html | wc -l; }
pdf_pages() { # average pages per PDF in folder $1 (pdfinfo, Debian poppler-utils), or ?
  command -v pdfinfo >/dev/null || { echo '?'; return; }
  find "$1" -name '*.pdf' -print0 | xargs -0 -r -n 1 pdfinfo 2>/dev/null | awk '/^Pages:/ { n++; s += $2 }
    END { if (n) printf "%.2f", s / n; else print "?" }'
}
{
  echo "## $LEAFLETS leaflets x $LANGUAGES (PDF rows: $PDF_LEAFLETS x $LANGUAGES), $(cut -f1 "$RAW" | sort -u | wc -l) rounds," \
    "$(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- machine: $CORES cores, $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)," \
    "$(awk '/^MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), $(uname -sr);" \
    "load average $LOAD_BEFORE before, $(cut -d' ' -f1-3 /proc/loadavg) after"
  echo "- Pil: \`$PIL\` ($("${PIL_CMD[@]}" --version 2>/dev/null | tr '\n' ' ' | sed 's/ *$//'))," \
    "PIL_JAVA_OPTS='${PIL_JAVA_OPTS:-}'"
  echo "- $(hugo version | cut -d' ' -f1-2); Pagefind $("$PAGEFIND" --version | cut -d' ' -f2);" \
    "$($HAVE_WEASYPRINT && weasyprint --version || echo 'no WeasyPrint')"
  echo "- output: Pil $(pages "$WORK/pil-site") pages, Hugo $(pages "$WORK/hugo-public") pages;" \
    "PDF pages per handout: Pil $(pdf_pages "$WORK/pil-pdf"), WeasyPrint $(pdf_pages "$WORK/weasyprint")"
  echo "- command: \`scripts/bench-peers.sh --leaflets $LEAFLETS --languages $LANGUAGES --pdf-leaflets $PDF_LEAFLETS" \
    "--rounds $(cut -f1 "$RAW" | sort -u | wc -l)\`"
  echo
  echo "| work | tool | wall s | CPU s | peak RSS MB | load avg | Pil / peer, CPU | Pil / peer, wall |"
  echo "|---|---|---|---|---|---|---|---|"
  awk -F'\t' '
    function median(list,   n, a, i, j, t) {
      n = split(list, a, " ")
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    {
      key = $2 SUBSEP $3
      if (!(key in seen)) { seen[key] = 1; order[++count] = key }
      wall[key] = wall[key] " " $4; cpu[key] = cpu[key] " " $5; rss[key] = rss[key] " " $6; load[key] = load[key] " " $7
      if ($3 == "Pil") { pilcpu[$1, $2] = $5; pilwall[$1, $2] = $4 }
      else { rc[$2] = rc[$2] " " pilcpu[$1, $2] / ($5 > 0 ? $5 : 0.01); rw[$2] = rw[$2] " " pilwall[$1, $2] / $4 }
    }
    END {
      for (i = 1; i <= count; i++) {
        split(order[i], k, SUBSEP)
        ratio_cpu = ""; ratio_wall = ""
        if (k[2] != "Pil" && (k[1] in rc)) { ratio_cpu = sprintf("%.2f", median(rc[k[1]])); ratio_wall = sprintf("%.2f", median(rw[k[1]])) }
        printf "| %s | %s | %.2f | %.2f | %d | %.1f | %s | %s |\n", k[1], k[2], median(wall[order[i]]),
          median(cpu[order[i]]), median(rss[order[i]]), median(load[order[i]]), ratio_cpu, ratio_wall
      }
    }' "$RAW"
  echo
  echo "Raw timings (round, work, tool, wall s, CPU s, peak RSS MB, load average): $RAW"
} | tee "$RESULTS"
