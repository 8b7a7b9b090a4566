#!/usr/bin/env bash
# Every field of every article one build of the extractor makes of the dev, stress, unseen stress, the four blind sets' and the seed pages
# (ExtractedArticles.java): compare two builds' files with cmp to check that a change keeps the output. Do not read the
# blind pages' articles in it: they are checks, never tuned on.
# Usage: stages/extract/bench/articles.sh EXTRACT_JAR OUT_FILE
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
parent=$(tr ':' '\n' < "$root/cli/target/classpath.txt" | grep -v 'stages/extract/target/extract' | paste -sd:)
stress=$root/stages/extract/src/test/resources/stress
unseen=$root/stages/extract/src/test/resources/unseen
blind=$root/stages/extract/src/test/resources/blind
blind2=$root/stages/extract/src/test/resources/blind2
blind3=$root/stages/extract/src/test/resources/blind3
blind4=$root/stages/extract/src/test/resources/blind4
exec "${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" -cp "$parent" "$root/stages/extract/bench/ExtractedArticles.java" \
  "$1" "$2" "$root/../shared/datasets/readability-pages" "$stress/tune" "$stress/check" \
  "$unseen/tune" "$unseen/check" "$blind" "$blind2" "$blind3" "$blind4" "$root/../shared/seeds"
