#!/usr/bin/env bash
# Profiles one asynclint run with JFR (execution samples every 10 ms, the `profile` settings)
# and prints where the CPU goes: top self frames, top inclusive frames of asynclint /
# JavaParser / symbol-solver code, and a split by phase (parse, symbol solver, summarising,
# project phase, GC/JIT threads are not sampled by jdk.ExecutionSample).
#
# Usage: bench/profile-java.sh TREE [nocp|cp] [extra check args...]
#   e.g. bench/profile-java.sh vertx-core nocp
# Output: bench/work/prof-<tree>-<mode>.jfr and .txt (the report, also printed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$here/work"
tree="${1:?tree, e.g. vertx-core}"
mode="${2:-nocp}"
shift 2 || shift $#
jar="${ASYNCLINT_JAR:-$work/bench-asynclint.jar}"
[ -f "$jar" ] || jar="$(dirname "$here")/cli/target/asynclint.jar"
rec="$work/prof-$tree-$mode.jfr"
report="$work/prof-$tree-$mode.txt"
extra=()
[ "$mode" = cp ] && extra=(--classpath "$(cat "$work/classpath.txt")")
rm -f "$rec"
java -XX:StartFlightRecording=filename="$rec",settings=profile,dumponexit=true \
  -jar "$jar" check -q --format json -o /dev/null "${extra[@]}" "$@" "$work/$tree-src" 2>/dev/null || true
jfr print --json --events jdk.ExecutionSample "$rec" >"$work/prof-$tree-$mode.json"
python3 - "$work/prof-$tree-$mode.json" <<'EOF' | tee "$report"
import collections, json, sys
events = json.load(open(sys.argv[1]))["recording"]["events"]
def name(f):
    m = f["method"]
    return m["type"]["name"] + "." + m["name"]
stacks = []
for e in events:
    st = e["values"]["stackTrace"]
    if st and st.get("frames"):
        stacks.append([name(f) for f in st["frames"]])  # top of stack first
n = len(stacks)
print(f"{n} execution samples (~{n * 10 / 1000:.1f} s of sampled CPU at 10 ms; JFR samples at most a few threads per tick)")
def pct(c): return f"{100.0 * c / n:5.1f}%"

def phase(st):
    s = " ".join(st)
    if "symbolsolver" in s or "SolverTier" in s:
        if "JarTypeSolver" in s or "javassist" in s: return "symbol solver: jar (javassist) lookups"
        if "JavaParserTypeSolver" in s: return "symbol solver: source-tree lookups (re-parsing tree files)"
        if "ReflectionTypeSolver" in s or "ReflectionClassAdapter" in s: return "symbol solver: JDK reflection"
        return "symbol solver: other"
    if "dev.asynclint.core.java.FileSummarizer" in s: return "summarising (FileSummarizer, no solver)"
    if "com.github.javaparser.JavaParser.parse" in s or "GeneratedJavaParser" in s: return "parsing (JavaParser)"
    if "dev.asynclint.core.java.JavaSuppressions" in s: return "suppression comments"
    if "ProjectLinker" in s or "LoopContext" in s or "BlockingPaths" in s or "dev.asynclint.rules" in s: return "project phase + rules"
    if "dev.asynclint" in s: return "other asynclint"
    return "other (JVM startup, class loading, JIT-less frames)"

print("\n## by phase (a sample counts for the innermost matching phase)")
for k, c in collections.Counter(phase(st) for st in stacks).most_common():
    print(f"{pct(c)}  {c:6d}  {k}")

print("\n## top 25 self frames")
for k, c in collections.Counter(st[0] for st in stacks).most_common(25):
    print(f"{pct(c)}  {c:6d}  {k}")

print("\n## top 30 inclusive frames (asynclint, JavaParser, symbol solver, javassist)")
inc = collections.Counter()
for st in stacks:
    for f in set(st):
        if f.startswith(("dev.asynclint", "com.github.javaparser", "javassist")):
            inc[f] += 1
for k, c in inc.most_common(30):
    print(f"{pct(c)}  {c:6d}  {k}")

print("\n## asynclint entry into the solver (innermost asynclint frame of solver samples)")
entry = collections.Counter()
for st in stacks:
    if any("symbolsolver" in f for f in st):
        for f in st:
            if f.startswith("dev.asynclint"):
                entry[f] += 1
                break
for k, c in entry.most_common(15):
    print(f"{pct(c)}  {c:6d}  {k}")
EOF
