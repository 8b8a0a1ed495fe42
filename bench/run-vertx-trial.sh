#!/usr/bin/env bash
# Field trial (issue 2): runs asynclint on the Vert.x sources trees the way a new user would,
# without and with --classpath, in text and JSON, and keeps every output under
# bench/work/trial/ for reading (results are written up by hand in bench/results/vertx-trial.md).
#
#   bench/work/trial/<tree>-<nocp|cp>.txt|.json|.err   report, JSON report, stderr (+ exit code)
#
# Usage: bench/run-vertx-trial.sh     env: ASYNCLINT_JAR (default: the repo's ./asynclint launcher,
#                                          i.e. cli/target/asynclint.jar), TREES
# Fails (exit 1) when a run exits 2/3, or reports an internal error / a rule crash.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
work="$here/work"
TREES="${TREES:-vertx-core vertx-web}"
out="$work/trial"
mkdir -p "$out"
[ -f "$work/classpath.txt" ] || "$here/fetch-vertx-sources.sh"
cp_line="$(cat "$work/classpath.txt")"
if [ -n "${ASYNCLINT_JAR:-}" ]; then
  lint=(java ${ASYNCLINT_JAVA_OPTS:-} -jar "$ASYNCLINT_JAR")
else
  lint=("$repo/asynclint")
fi

status=0
cd "$repo"
for t in $TREES; do
  dir="bench/work/$t-src"
  for mode in nocp cp; do
    extra=()
    [ "$mode" = cp ] && extra=(--classpath "$cp_line")
    for fmt in text json; do
      ext=$fmt; [ "$fmt" = text ] && ext=txt
      rc=0
      "${lint[@]}" check "${extra[@]}" --format "$fmt" "$dir" >"$out/$t-$mode.$ext" 2>"$out/$t-$mode.$fmt.err" || rc=$?
      echo "exit $rc" >>"$out/$t-$mode.$fmt.err"
      echo "trial: $t $mode $fmt: exit $rc" >&2
      if [ "$rc" -gt 1 ]; then status=1; fi
    done
    if grep -qiE 'internal error|rule-crash|rule crash|Exception' "$out/$t-$mode.txt" "$out/$t-$mode.text.err"; then
      echo "trial: $t $mode: internal errors, see $out/$t-$mode.txt" >&2
      status=1
    fi
    # One line per finding: rule, location, message up to the chain.
    python3 - "$out/$t-$mode.json" <<'EOF' >"$out/$t-$mode.summary"
import json, sys
d = json.load(open(sys.argv[1]))
for f in d["findings"]:
    l = f["location"]
    print(f'{f["ruleId"]}\t{l["path"]}:{l["startLine"]}:{l["startColumn"]}\t{f["message"].split(": it ")[0]}')
for g in d.get("diagnostics", []):
    print("DIAGNOSTIC\t" + json.dumps(g))
s = d["summary"]
print(f'# {s["findings"]} findings, {s["filesAnalyzed"]} files, resolution {s.get("resolutionRate")}')
EOF
    cat "$out/$t-$mode.summary" >&2
  done
done
exit $status
