#!/usr/bin/env bash
# Profiles one asynclint run with JFR (execution samples every 10 ms, the `profile` settings)
# and prints where the CPU goes: a split by phase (from the outermost asynclint frame of each
# sample), the asynclint call sites that enter the symbol solver, top self frames, JIT compile
# time (CITime) and GC pauses (neither shows in execution samples).
#
# Usage: bench/profile-java.sh TREE [nocp|cp] [extra check args...]
#   e.g. bench/profile-java.sh vertx-core nocp      REUSE=1 re-reads the last recording
# Output: bench/work/prof-<tree>-<mode>.{jfr,json,txt,gc.log,vm.txt}; the report is printed.
# Note `jfr print` cuts stacks to 5 frames unless --stack-depth is given, and JFR records 64
# frames unless stackdepth is raised: both are raised here, JavaParser recursion is deep.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$here/work"
tree="${1:?tree, e.g. vertx-core}"
mode="${2:-nocp}"
shift 2 || shift $#
jar="${ASYNCLINT_JAR:-$work/bench-asynclint.jar}"
[ -f "$jar" ] || jar="$(dirname "$here")/cli/target/asynclint.jar"
p="$work/prof-$tree-$mode"
extra=()
[ "$mode" = cp ] && extra=(--classpath "$(cat "$work/classpath.txt")")
if [ "${REUSE:-0}" = 1 ] && [ -f "$p.jfr" ]; then
  echo "profile: re-using $p.jfr" >&2
else
  rm -f "$p.jfr"
  /usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB peak RSS" -o "$p.time" \
    java -XX:FlightRecorderOptions:stackdepth=2048 \
    -XX:StartFlightRecording=filename="$p.jfr",settings=profile,dumponexit=true \
    -XX:+UnlockDiagnosticVMOptions -XX:+CITime -Xlog:gc:file="$p.gc.log" \
    -jar "$jar" check -q --format json -o /dev/null "${extra[@]}" "$@" "$work/$tree-src" \
    >"$p.vm.txt" 2>&1 || true
fi
jfr print --json --stack-depth 4096 --events jdk.ExecutionSample "$p.jfr" >"$p.json"
{
  echo "# profile: asynclint check $mode on $tree"
  echo "process: $(cat "$p.time" 2>/dev/null)"
  echo "JIT (CITime, compiler-thread time, not in the samples): $(grep -E 'C[12] Compile Time|Total compilation time' "$p.vm.txt" | tr -s ' ' | paste -sd';' -)"
  echo "GC: $(grep -c 'Pause' "$p.gc.log") pauses, $(awk '/Pause/ { sub("ms", "", $NF); t += $NF } END { printf "%.0f ms", t }' "$p.gc.log") total pause time"
  python3 - "$p.json" <<'EOF'
import collections, json, sys
events = json.load(open(sys.argv[1]))["recording"]["events"]
def name(f):
    m = f["method"]
    return (m["type"]["name"] + "." + m["name"]).replace("/", ".")
stacks = [[name(f) for f in e["values"]["stackTrace"]["frames"]]  # innermost first
          for e in events if e["values"]["stackTrace"] and e["values"]["stackTrace"].get("frames")]
n = len(stacks)
print(f"{n} execution samples (JFR samples a few Java threads every 10 ms; shares are what matters)")
def pct(c): return f"{100.0 * c / n:5.1f}%"

def phase(st):
    s = " ".join(st)
    if "JavaFrontEnd$JavaWorker.analyze" in s:
        if "FileSummarizer" in s:
            if "JavaParserTypeSolver" in s and "JavaParser.parse" in s:
                return "summarise: symbol solver parsing other files of the tree (JavaParserTypeSolver)"
            if "JarTypeSolver" in s or "javassist" in s:
                return "summarise: symbol solver, jar lookups (JarTypeSolver/javassist)"
            if "symbolsolver" in s or "SolverTier" in s:
                return "summarise: symbol solver, other (contexts, JDK reflection, type inference)"
            if ".printer." in s:
                return "summarise: pretty-printing AST nodes (Node.toString)"
            return "summarise: FileSummarizer itself (walks, syntactic types)"
        if "JavaSuppressions" in s:
            return "suppression comments (JavaSuppressions)"
        if "JavaParser.parse" in s:
            return "parse (JavaParser.parse: tokens, AST, validators, comment attribution)"
        return "analyze: other"
    if "JavaWorker.<init>" in s:
        return "worker setup (type solvers, jar indexes)"
    if any(k in s for k in ("ProjectLinker", "LoopContext", "dev.asynclint.rules", "BlockingPaths")):
        return "project phase + rules (link, loop context, rules)"
    if "dev.asynclint" in s:
        return "other asynclint (CLI, discovery, reporting)"
    return "no asynclint frame (JVM startup, class loading)"

print("\n## CPU samples by phase")
for k, c in collections.Counter(phase(st) for st in stacks).most_common():
    print(f"{pct(c)} {c:6d}  {k}")

print("\n## asynclint frames that enter the symbol solver (innermost asynclint frame, solver samples)")
entry = collections.Counter()
for st in stacks:
    if any("symbolsolver" in f for f in st):
        for f in st:
            if f.startswith("dev.asynclint") and "$$Lambda" not in f:
                entry[f] += 1
                break
for k, c in entry.most_common(12):
    print(f"{pct(c)} {c:6d}  {k}")

print("\n## solver operations (outermost symbol-solver / JavaParserFacade frame)")
op = collections.Counter()
for st in stacks:
    solver = [f for f in st if "symbolsolver" in f or "resolution." in f]
    if solver:
        op[solver[-1]] += 1
for k, c in op.most_common(12):
    print(f"{pct(c)} {c:6d}  {k}")

print("\n## top 20 self frames")
for k, c in collections.Counter(st[0] for st in stacks).most_common(20):
    print(f"{pct(c)} {c:6d}  {k}")

print("\n## top 20 asynclint methods (inclusive)")
inc = collections.Counter()
for st in stacks:
    for f in set(st):
        if f.startswith("dev.asynclint") and "$$Lambda" not in f:
            inc[f] += 1
for k, c in inc.most_common(20):
    print(f"{pct(c)} {c:6d}  {k}")
EOF
} | tee "$p.txt"
