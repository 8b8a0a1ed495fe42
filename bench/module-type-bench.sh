#!/usr/bin/env bash
# Benchmark of the JavaScript front end and the module-type rules over a real npm dependency
# tree (issue 6). Installs a few popular packages with npm into bench/work/npm-tree (gitignored,
# re-used on later runs), then runs the CLI end to end on it with node_modules scanning on and
# reports files, MB, wall time, MB/s, MB/s per core and peak RSS.
#   bench/module-type-bench.sh            # defaults: 2 jobs
#   JOBS=1 bench/module-type-bench.sh     # single worker
# Target (issue 6): at least 1 MB/s per core, end to end (JVM start included).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$here/work/npm-tree"
jobs="${JOBS:-2}"
packages=(express@4 lodash@4 axios@1 webpack@5 eslint@9 @babel/core@7 rxjs@7 moment@2 react@18 react-dom@18 vite@6)

mkdir -p "$work"
if [ ! -d "$work/node_modules" ]; then
  echo '{ "name": "asynclint-bench", "private": true }' > "$work/package.json"
  (cd "$work" && npm install --no-audit --no-fund --loglevel=error "${packages[@]}" >&2)
fi

jar="$root/cli/target/asynclint.jar"
if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -B -q -DskipTests -Dinvoker.skip=true install -pl cli -am >&2)
fi

# What the front end reads: the extensions discovery picks up, minus declaration files, up to
# the default 4 MiB file limit.
list="$here/work/npm-tree.files"
find "$work/node_modules" -type f \( -name '*.js' -o -name '*.mjs' -o -name '*.cjs' -o -name '*.jsx' \
  -o \( \( -name '*.ts' -o -name '*.mts' -o -name '*.cts' \) -a ! -name '*.d.ts' -a ! -name '*.d.mts' -a ! -name '*.d.cts' \) \) \
  -size -4097k > "$list"
files=$(wc -l < "$list")
bytes=$(tr '\n' '\0' < "$list" | xargs -0 cat | wc -c)

timing="$here/work/npm-tree.time"
set +e
/usr/bin/time -v java ${JAVA_OPTS:-} -jar "$jar" check --scan-node-modules --jobs "$jobs" --format json \
  --output "$here/work/npm-tree.json" "$work" 2> "$timing"
code=$?
set -e
if [ "$code" -gt 1 ]; then
  cat "$timing" >&2
  echo "asynclint failed with exit code $code" >&2
  exit "$code"
fi
wall=$(grep 'Elapsed (wall clock)' "$timing" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
rss=$(grep 'Maximum resident set size' "$timing" | awk '{print $NF}')
cpu=$(grep -E 'User time|System time' "$timing" | awk '{s+=$NF} END {print s}')
findings=$(python3 -c "import json,sys,collections; d=json.load(open(sys.argv[1])); c=collections.Counter(f['ruleId'] for f in d['findings']); print(len(d['findings']), dict(c), '; files the CLI analysed:', d['summary']['filesAnalyzed'])" "$here/work/npm-tree.json" 2>/dev/null || echo "?")
awk -v f="$files" -v b="$bytes" -v w="$wall" -v r="$rss" -v c="$cpu" -v j="$jobs" -v n="$findings" 'BEGIN {
  mb = b / 1048576
  printf "files analysed     %d (%.1f MB of JS/TS)\n", f, mb
  printf "wall time          %.2f s (JVM start included), CPU %.2f s, jobs %d\n", w, c, j
  printf "throughput         %.2f MB/s, %.2f MB/s per core (per job)\n", mb / w, mb / w / j
  printf "peak RSS           %.0f MB\n", r / 1024
  printf "findings           %s\n", n
}'
grep -h 'node.target' "$here/work/npm-tree.json" 2>/dev/null | head -1 || true
