# Sourced by run.sh and separate.sh (after "set -euo pipefail" and "here=..."): builds the module
# and the benchmark, and sets root, cp (the benchmark's classpath) and tmp (removed on exit).
root="$(cd "$here/../.." && pwd)"
cd "$root"
mvn -B -q -o -pl runtime-probe compile 2>/dev/null || mvn -B -q -pl runtime-probe compile
out="$root/runtime-probe/target/bench-classes"
mkdir -p "$out"
javac -d "$out" -cp runtime-probe/target/classes --release 17 "$here/java/RuntimeBench.java"
cp="$out:$root/runtime-probe/target/classes"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
