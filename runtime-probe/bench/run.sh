#!/usr/bin/env bash
# Runtime benchmark, on demand (not part of the build): the same workloads on Node and on the
# Java reference runtime, with and without the probe; prints each result and the ratios Java/Node
# (target >= 1) and probe/no-probe (target >= 0.95, i.e. <= 5% overhead).
#   runtime-probe/bench/run.sh [ROUNDS] [FORKS]
# ROUNDS: measured rounds per benchmark (default 15), after >= 10 rounds and 3 s of warm-up.
# FORKS: JVMs to run the Java side in (default 3): the JIT compiles the loop differently from one
# JVM to the next (a run moves by up to 10%), so one JVM is one sample; the table shows the median
# over forks of each number, and one line per fork gives its probe/plain ratios.
# A round repeats the workload until its runs add up to >= 200 ms (one run of 1M callbacks or 1 GiB
# takes only milliseconds). Columns: the best round of each, ratios of the best rounds and, in
# brackets, of the median rounds; probe/java is judged by the median single run of each mode (a GC
# pause moves a whole round by 10-15% but only makes a few runs outliers), best rounds bracketed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rounds="${1:-15}"
# shellcheck source=build-java.sh
. "$here/build-java.sh"
echo "node $(node -v), $(java -version 2>&1 | head -1), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
node "$here/node/bench.js" "$rounds" | tee "$tmp/node"
forks="${2:-3}"
: > "$tmp/jvm"
for f in $(seq 1 "$forks"); do
  java -Xms1g -Xmx1g -cp "$cp" RuntimeBench "$rounds" | sed "s/^/$f /" | tee -a "$tmp/jvm"
done
# Per benchmark, the median over forks of each number: "name best unit median runMedian".
median_over_forks() {
  awk -v mode="$1" '$2 == mode {
      k = $3; n[k]++; unit[k] = $5
      for (c = 4; c <= 7; c++) v[k, c, n[k]] = $c
    }
    function med(k, c,   i, j, t, a) {
      for (i = 1; i <= n[k]; i++) a[i] = v[k, c, i]
      for (i = 1; i <= n[k]; i++) for (j = i + 1; j <= n[k]; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return a[int((n[k] + 1) / 2)]
    }
    END { for (k in n) printf "%s %s %s %s %s\n", k, med(k, 4), unit[k], med(k, 6), med(k, 7) }' "$tmp/jvm" | sort
}
median_over_forks java > "$tmp/java"
median_over_forks java+probe > "$tmp/probe"
echo
printf '%-22s %14s %14s %14s %10s %8s %12s %8s\n' benchmark node java java+probe java/node '(med)' probe/java '(best)'
join <(sort "$tmp/node") "$tmp/java" | join - "$tmp/probe" \
  | awk '{ printf "%-22s %14s %14s %14s %10.2f %8.2f %12.3f %8.3f\n", $1, $2, $5, $9, $5 / $2, $7 / $4, $12 / $8, $9 / $5 }'
echo
echo "probe/java (run medians) per fork:"
awk '$2 == "java" { p[$1, $3] = $7 } $2 == "java+probe" { q[$1, $3] = $7; names[$3] = 1; forks[$1] = 1 }
  END { for (f in forks) { line = "fork " f ":"; for (k in names) line = line sprintf(" %s %.3f", k, q[f, k] / p[f, k]); print line } }' "$tmp/jvm" | sort
