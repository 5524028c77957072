#!/usr/bin/env bash
# The plain-Java floor of this checkout against the floor of an earlier commit, in one run (the machine is shared:
# only ratios measured side by side mean something), on the real Reuters corpus and on a generated corpus.
#
#   bash src/bench/compare-floor.sh [REV] [ARTICLES]     default REV a900106 (before issue 9), ARTICLES 100000
#
# Builds REV's bundled jar in a git worktree under target/bench/before-REV, then runs each floor
# (crosscheck.corpus.PlainRun) alternately: twice on ../shared/corpora/reuters21578, once on the generated corpus
# (seed 42, with its generated config), printing seconds and peak RSS, and the verdict score on the generated one.
set -euo pipefail
cd "$(dirname "$0")/../.."
rev=${1:-a900106}
n=${2:-100000}
work=${BENCH_DIR:-target/bench}
heap=${HEAP:-3g}
mkdir -p "$work"

mvn -q -B -DskipTests package
now=$(ls target/crosscheck-*-bundled.jar)
before="$work/before-$rev"
if [ ! -d "$before" ]; then
  git worktree add -q --detach "$before" "$rev"
fi
(cd "$before" && mvn -q -B -DskipTests package)
old=$(ls "$before"/target/crosscheck-*-bundled.jar)

corpus="$work/corpus-$n"
if [ ! -f "$corpus/truth.csv" ]; then
  java -cp "$now" crosscheck.corpus.CorpusGenerator --articles="$n" --seed=42 --out="$corpus" 2>/dev/null
fi

run() { # label jar input output [config]
  local label=$1 jar=$2 input=$3 out=$4 config=${5:-}
  rm -rf "$out"
  /usr/bin/time -f "$label %e s, peak RSS %M KB" java -Xmx"$heap" -cp "$jar" crosscheck.corpus.PlainRun \
    --input="$input" --output="$out" ${config:+--config="$config"} 2>&1 | grep "^$label"
}
for i in 1 2; do
  run "reuters $rev" "$old" ../shared/corpora/reuters21578 "$work/floor-reuters-before"
  run "reuters now" "$now" ../shared/corpora/reuters21578 "$work/floor-reuters-now"
done
run "generated-$n $rev" "$old" "$corpus/input" "$work/floor-generated-before" "$corpus/config"
run "generated-$n now" "$now" "$corpus/input" "$work/floor-generated-now" "$corpus/config"
for side in before now; do
  echo "generated-$n $side: $(java -cp "$now" crosscheck.corpus.TruthChecker \
    --conflicts="$work/floor-generated-$side/conflicts.csv" --truth="$corpus/truth.csv")"
done
echo "reuters claims: $rev $(wc -l < "$work/floor-reuters-before/claims.jsonl"), now $(wc -l < "$work/floor-reuters-now/claims.jsonl")"
