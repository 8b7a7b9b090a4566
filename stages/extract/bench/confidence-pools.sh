#!/usr/bin/env bash
# The extraction confidence's flag figures (eval score-extract's "confidence" lines) on pools with more bad extractions
# than the dev pages hold: the dev pages plus the stress pages' tune half extracted with the precision rules off
# (junk-laden bodies) and on, and, kept apart, the check half likewise (judge on it, never tune on it).
# Usage: stages/extract/bench/confidence-pools.sh [work dir=/tmp/confidence-pools]. Needs python3 to merge the files.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
work=${1:-/tmp/confidence-pools}
dev=$root/../shared/datasets/readability-pages
stress=$root/stages/extract/src/test/resources/stress
mkdir -p "$work"
extract() { # id-prefix input precision
  "$root/newsflow" eval extract --input "$2" --precision "$3" --output "$work/$1.json" 2>/dev/null | sed "s/^/  $1: /"
}
extract dev "$dev" defaults
for half in tune check; do
  extract "$half-off" "$stress/$half" off
  extract "$half-defaults" "$stress/$half" defaults
done
# one predictions and one ground-truth file per pool, each page's id prefixed by the run it comes from
merge() { # pool name, then run:ground-truth pairs
  local pool=$1; shift
  python3 - "$work" "$pool" "$@" <<'PY'
import json, sys
work, pool, runs = sys.argv[1], sys.argv[2], sys.argv[3:]
preds, truth = {}, {}
for run in runs:
    name, gt = run.split(':', 1)
    for k, v in json.load(open(f'{work}/{name}.json')).items():
        preds[f'{name}/{k}'] = v
    for k, v in json.load(open(gt)).items():
        truth[f'{name}/{k}'] = v
json.dump(preds, open(f'{work}/{pool}-predictions.json', 'w'))
json.dump(truth, open(f'{work}/{pool}-ground-truth.json', 'w'))
PY
  echo "== $pool"
  "$root/newsflow" eval score-extract --predictions "$work/$pool-predictions.json" \
    --ground-truth "$work/$pool-ground-truth.json" | grep -E '^(body      F1|confidence)'
}
merge dev dev:"$dev/ground-truth.json"
merge dev+tune dev:"$dev/ground-truth.json" tune-off:"$stress/tune/ground-truth.json" tune-defaults:"$stress/tune/ground-truth.json"
merge check check-off:"$stress/check/ground-truth.json" check-defaults:"$stress/check/ground-truth.json"
