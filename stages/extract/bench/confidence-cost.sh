#!/usr/bin/env bash
# CPU per page of the extraction confidence alone (ExtractionConfidence.of) in two builds, in one JVM (ConfidenceCost.java).
# Usage: stages/extract/bench/confidence-cost.sh BEFORE_EXTRACT_JAR AFTER_EXTRACT_JAR PREDICTIONS_JSON [rounds=40]
# (PREDICTIONS_JSON: `./newsflow eval extract` output over the dev pages). Needs a build (./mvnw -DskipTests install).
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
parent=$(tr ':' '\n' < "$root/cli/target/classpath.txt" | grep -v 'stages/extract/target/extract' | paste -sd:)
exec "${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" -cp "$parent" "$root/stages/extract/bench/ConfidenceCost.java" \
  "$1" "$2" "$3" "${4:-40}"
