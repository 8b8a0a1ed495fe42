#!/usr/bin/env bash
# Runtime benchmark, on demand (not part of the build): the same workloads on Node and on the
# Java reference runtime, with and without the probe, in one run; prints each result and the
# ratios Java/Node (target >= 1) and probe/no-probe (target >= 0.95, i.e. <= 5% overhead).
#   runtime-probe/bench/run.sh [ROUNDS]      (default 15 measured rounds, after >= 10 rounds and 3 s of warm-up)
# A round repeats the workload until its runs add up to >= 200 ms (one run of 1M callbacks or 1 GiB
# takes only milliseconds). The table shows the best round of each, then ratios of the best rounds
# and, in brackets, of the median rounds.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rounds="${1:-15}"
cd "$root"
mvn -B -q -o -pl runtime-probe compile 2>/dev/null || mvn -B -q -pl runtime-probe compile
out="$root/runtime-probe/target/bench-classes"
mkdir -p "$out"
javac -d "$out" -cp runtime-probe/target/classes --release 17 "$here/java/RuntimeBench.java"
cp="$out:$root/runtime-probe/target/classes"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "node $(node -v), $(java -version 2>&1 | head -1), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
node "$here/node/bench.js" "$rounds" | tee "$tmp/node"
java -Xms1g -Xmx1g -cp "$cp" RuntimeBench "$rounds" | tee "$tmp/jvm"
grep '^java ' "$tmp/jvm" > "$tmp/java"
grep '^java+probe ' "$tmp/jvm" > "$tmp/probe"
echo
printf '%-22s %14s %14s %14s %10s %8s %12s %8s\n' benchmark node java java+probe java/node '(med)' probe/java '(med)'
join <(sort "$tmp/node") <(sed 's/^java //' "$tmp/java" | sort) \
  | join - <(sed 's/^java+probe //' "$tmp/probe" | sort) \
  | awk '{ printf "%-22s %14s %14s %14s %10.2f %8.2f %12.3f %8.3f\n", $1, $2, $5, $8, $5 / $2, $7 / $4, $8 / $5, $10 / $7 }'
