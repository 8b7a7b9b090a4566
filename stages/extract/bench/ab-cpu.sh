#!/usr/bin/env bash
# CPU per page of two builds of the extractor in one JVM, alternating passes over the dev pages (ExtractAB.java).
# Usage: stages/extract/bench/ab-cpu.sh BEFORE_EXTRACT_JAR AFTER_EXTRACT_JAR [rounds=40] [pages=../shared/datasets/readability-pages]
# (copy stages/extract/target/extract-0.1.0-SNAPSHOT.jar aside before building the other version). Prints each build's
# median ms CPU per page and the after/before ratio per round. Needs a build (./mvnw -DskipTests install).
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
# the CLI's class path without the extract jar: jsoup, OpenNLP and shared-model are shared by both builds
parent=$(tr ':' '\n' < "$root/cli/target/classpath.txt" | grep -v 'stages/extract/target/extract' | paste -sd:)
exec "${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" -cp "$parent" "$root/stages/extract/bench/ExtractAB.java" \
  "$1" "$2" "${4:-$root/../shared/datasets/readability-pages}" "${3:-40}"
