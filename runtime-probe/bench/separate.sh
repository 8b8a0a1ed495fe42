#!/usr/bin/env bash
# The probe's cost in JVMs that run one mode only, as a program with the probe off or on does
# (run.sh alternates both modes in one JVM, where the JIT compiles one loop for both):
#   runtime-probe/bench/separate.sh [PAIRS] [NAME] [ROUNDS]
# PAIRS (default 3) pairs of JVMs, plain then probed, each running the benchmarks whose names
# contain NAME (default setImmediate-breadth) for ROUNDS measured rounds (default 15). Prints each
# pair's run medians and probe/plain, then the median of the ratios per benchmark. Java only, no
# Node; machine noise hits a pair's two JVMs at different times, so use enough pairs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
pairs="${1:-3}"
name="${2:-setImmediate-breadth}"
rounds="${3:-15}"
# shellcheck source=build-java.sh
. "$here/build-java.sh"
echo "$(java -version 2>&1 | head -1), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for p in $(seq 1 "$pairs"); do
  for mode in plain probe; do
    java -Xms1g -Xmx1g -cp "$cp" RuntimeBench "$rounds" "$name" "$mode" | sed "s/^/$p /" >> "$tmp/runs"
  done
done
# Lines: "PAIR java|java+probe NAME best UNIT median runMedian".
awk '$2 == "java" { plain[$1, $3] = $7 } $2 == "java+probe" { probed[$1, $3] = $7; names[$3] = 1; n[$3]++ }
  END {
    for (k in names) {
      m = 0
      for (p = 1; p <= n[k]; p++) {
        r = probed[p, k] / plain[p, k]
        printf "pair %d %-30s plain %12.0f probe %12.0f probe/plain %.3f\n", p, k, plain[p, k], probed[p, k], r
        ratio[++m] = r
      }
      for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (ratio[j] < ratio[i]) { t = ratio[i]; ratio[i] = ratio[j]; ratio[j] = t }
      printf "median %-30s probe/plain %.3f over %d pairs\n", k, ratio[int((m + 1) / 2)], m
    }
  }' "$tmp/runs"
