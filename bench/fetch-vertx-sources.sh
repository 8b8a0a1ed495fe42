#!/usr/bin/env bash
# Fetches the benchmark / field-trial inputs from Maven Central, with Maven only:
#   bench/work/vertx-core-src/   sources jar of io.vertx:vertx-core:$VERTX_VERSION, unpacked
#   bench/work/vertx-web-src/    sources jar of io.vertx:vertx-web:$VERTX_VERSION, unpacked
#   bench/work/deps/*.jar        vertx-core + vertx-web and their full runtime dependency closure
#   bench/work/classpath.txt     the same jars as one path-separated line (for --classpath)
# Everything lands under bench/work/, which is gitignored; nothing downloaded is committed.
# Idempotent: re-running re-uses the local Maven repository and overwrites bench/work.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$here/work"
VERTX_VERSION="${VERTX_VERSION:-5.0.7}"
MVN="${MVN:-mvn}"
mkdir -p "$work"

# A tiny throw-away pom: its dependencies are the two artifacts, so the dependency plugin
# resolves exactly their closure (compile + runtime scope, no test jars).
cat > "$work/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.asynclint.bench</groupId>
  <artifactId>vertx-trial-inputs</artifactId>
  <version>0</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>io.vertx</groupId><artifactId>vertx-core</artifactId><version>$VERTX_VERSION</version></dependency>
    <dependency><groupId>io.vertx</groupId><artifactId>vertx-web</artifactId><version>$VERTX_VERSION</version></dependency>
  </dependencies>
</project>
EOF

dep=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

for a in vertx-core vertx-web; do
  echo "fetch: io.vertx:$a:$VERTX_VERSION:jar:sources" >&2
  rm -rf "$work/$a-src"
  # dependency:unpack downloads the artifact into ~/.m2 when needed and unpacks it.
  "$MVN" -B -q -f "$work/pom.xml" "$dep:unpack" \
    -Dartifact="io.vertx:$a:$VERTX_VERSION:jar:sources" \
    -DoutputDirectory="$work/$a-src" \
    -Dmdep.overWriteReleases=true
  # The sources jar carries META-INF and some non-Java resources; they are harmless for the
  # analyzer (it discovers *.java) but keep only what a user's source tree would have.
  rm -rf "$work/$a-src/META-INF"
  n=$(find "$work/$a-src" -name '*.java' | wc -l)
  echo "fetch: $a: $n .java files in bench/work/$a-src" >&2
done

echo "fetch: dependency closure -> bench/work/deps" >&2
rm -rf "$work/deps"
"$MVN" -B -q -f "$work/pom.xml" "$dep:copy-dependencies" \
  -DoutputDirectory="$work/deps" -DincludeScope=runtime
# The classpath line names the copies in bench/work/deps (same set and order-free as
# `dependency:build-classpath`, but self-contained under bench/work).
( cd "$work/deps" && ls *.jar | sed "s|^|$work/deps/|" | paste -sd: - ) > "$work/classpath.txt"
echo "fetch: $(ls "$work/deps" | wc -l) jars; classpath in bench/work/classpath.txt" >&2
