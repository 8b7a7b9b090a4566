#!/usr/bin/env bash
# The enricher service's CPU per record without Kafka (RecordCpu.java: decode, enrich, encode of bench-pipeline
# articles), with the JVM options the local stack gives the services (serial GC, C1 only: PipelineStack#jvmArgs).
# Usage: services/enricher/bench/record-cpu.sh [records per round=600] [enrich jar, to measure another build]
#        [shared-model jar of that build: EntityId is there]
# Needs a build (./mvnw -DskipTests install); JAVA_HOME as for ./newsflow.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
enrich_jar=${2:-$root/stages/enrich/target/enrich-0.1.0-SNAPSHOT.jar}
model_jar=${3:-$root/shared-model/target/shared-model-0.1.0-SNAPSHOT.jar}
# the CLI's class path (it holds GeneratedNewsPages and the parser) with the chosen enrich and shared-model jars
others=$(tr ':' '\n' < "$root/cli/target/classpath.txt" \
  | grep -v -e 'stages/enrich/target/enrich' -e 'shared-model/target/shared-model' | paste -sd:)
cp="$root/cli/target/classes:$enrich_jar:$model_jar:$others"
# RECORD_CPU_JAVA_OPTS: more JVM options, e.g. -XX:TieredStopAtLevel=4 to compare with C2
# shellcheck disable=SC2086
exec "${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" -Xmx1g -Xms64m -XX:+UseSerialGC \
  -XX:TieredStopAtLevel=1 ${RECORD_CPU_JAVA_OPTS:-} -cp "$cp" "$root/services/enricher/bench/RecordCpu.java" \
  "${1:-600}" 2> >(grep -v SLF4J >&2)
