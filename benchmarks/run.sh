#!/usr/bin/env bash
# Runs the cloud-sdk benchmark against the local cloud (scripts/local-cloud.sh start --only
# identity,object-store: Keystone and Swift alone, so that no other service takes CPU).
#
#   benchmarks/run.sh                      the full run (about 10-15 minutes on a quiet machine)
#   benchmarks/run.sh --scale 0.05         a smoke run on small data sets
#   benchmarks/run.sh --only list,load     some tasks only; --repeat n for medians of n runs
#   benchmarks/run.sh compute [options]    compute's hot paths in one JVM against a WireMock Nova
#                                          (no local cloud needed; see docs/performance.md)
#
# Builds cloud-sdk-core and this module first when a source is newer than the last build, then
# runs org.cloudsdk.benchmarks.BenchmarkRunner with the module's runtime classpath (this
# worktree's cloud-sdk-core jar, never a snapshot another checkout installed into ~/.m2).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
classpath_file="benchmarks/target/classpath.txt"
stamp="benchmarks/target/.built"   # the classpath file keeps its date when its content is unchanged

needs_build() {
    [[ ! -f "$classpath_file" || ! -f "$stamp" || ! -d benchmarks/target/classes ]] && return 0
    [[ -n "$(find pom.xml benchmarks/pom.xml cloud-sdk-core/pom.xml benchmarks/src/main cloud-sdk-core/src/main \
        -newer "$stamp" -type f -print -quit)" ]]
}

if needs_build; then
    echo "building cloud-sdk-core and benchmarks..." >&2
    build=(-q -pl benchmarks -am -DskipTests package dependency:build-classpath
        "-Dmdep.outputFile=target/classpath.txt" -Dmdep.includeScope=runtime)
    ./mvnw -o "${build[@]}" || ./mvnw "${build[@]}"
    touch "$stamp"
fi

main=org.cloudsdk.benchmarks.BenchmarkRunner
if [[ "${1:-}" == "compute" ]]; then
    main=org.cloudsdk.benchmarks.compute.ComputeBenchmark
    shift
fi

# the module's jar, not target/classes: class-data sharing archives only classes from jars.
# JAVA_HOME picks the JDK of the runner and of the Java contenders (JDK 25: --jvm cli uses the AOT cache)
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$(ls benchmarks/target/benchmarks-*.jar | head -1):$(cat "$classpath_file")" \
    "$main" "$@"
