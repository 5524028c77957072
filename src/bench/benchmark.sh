#!/usr/bin/env bash
# Throughput, peak memory and verdict quality of crosscheck on generated corpora.
#
#   bash src/bench/benchmark.sh [SIZE ...]        default sizes: 1000 10000 100000
#   ENGINES="floor flink" bash src/bench/benchmark.sh 100000
#
# For each size it generates a corpus (deterministic, seed 42; kept in target/bench for the next run), then runs
#   floor   a plain single-threaded Java loop over the same reading, extraction and judging code (no Beam)
#   direct  the job on Beam's DirectRunner (immutability and encodability checks off, as for large runs)
#   flink   the job on the FlinkRunner, an embedded local mini-cluster
# and prints articles per second, MB of text per second, peak resident memory, bytes written per byte of input read
# (the files below), the verdict precision and recall against the corpus's planted truth, and whether the engine
# wrote the same bytes as the floor (conflicts.csv, groups.jsonl, claims.jsonl, claimreview.jsonl, attribution.csv, report.html).
# Every run gets -Xmx${HEAP:-3g}.
set -euo pipefail
cd "$(dirname "$0")/../.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
engines=${ENGINES:-floor direct flink}
heap=${HEAP:-3g}
work=${BENCH_DIR:-target/bench}
files=(conflicts.csv groups.jsonl claims.jsonl claimreview.jsonl attribution.csv report.html)
mkdir -p "$work"

mvn -q -B -DskipTests package
jar=$(ls target/crosscheck-*-bundled.jar)

printf '%9s %-7s %9s %12s %9s %12s %7s  %s\n' articles engine seconds articles/s MB/s "peak RSS" out/in \
  "verdicts vs planted truth"
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  if [ ! -f "$corpus/truth.csv" ]; then
    java -cp "$jar" crosscheck.corpus.CorpusGenerator --articles="$n" --seed=42 --out="$corpus" 2>/dev/null
  fi
  bytes=$(du -sb "$corpus/input" | cut -f1)
  for engine in $engines; do
    out="$work/out-$n-$engine"
    rm -rf "$out"
    case $engine in
      floor)  cmd=(java -Xmx"$heap" -cp "$jar" crosscheck.corpus.PlainRun --input="$corpus/input" --output="$out"
                   --config="$corpus/config") ;;
      direct) cmd=(java -Xmx"$heap" -jar "$jar" --input="$corpus/input" --output="$out" --config="$corpus/config"
                   --enforceImmutability=false --enforceEncodability=false) ;;
      flink)  cmd=(java -Xmx"$heap" -jar "$jar" --input="$corpus/input" --output="$out" --config="$corpus/config"
                   --runner=FlinkRunner --flinkMaster='[local]' --parallelism="$(nproc)" --objectReuse=true) ;;
      *) echo "unknown engine $engine" >&2; exit 64 ;;
    esac
    /usr/bin/time -f '%e %M' -o "$work/time.txt" "${cmd[@]}" > "$work/run-$n-$engine.log" 2>&1 || {
      echo "$engine on $n articles failed: see $work/run-$n-$engine.log" >&2; continue; }
    read -r seconds rss_kb < "$work/time.txt"
    written=$(cd "$out" && cat "${files[@]}" | wc -c)
    score=$(java -cp "$jar" crosscheck.corpus.TruthChecker --conflicts="$out/conflicts.csv" --truth="$corpus/truth.csv")
    floor="$work/out-$n-floor"
    if [ "$engine" != floor ] && [ -d "$floor" ]; then
      differing=""
      for f in "${files[@]}"; do
        cmp -s "$out/$f" "$floor/$f" || differing="$differing $f"
      done
      score="$score; ${differing:+DIFFERENT FROM THE FLOOR:}${differing:-same bytes as the floor}"
    fi
    awk -v n="$n" -v e="$engine" -v s="$seconds" -v b="$bytes" -v r="$rss_kb" -v w="$written" -v sc="$score" 'BEGIN {
      printf "%9d %-7s %9.1f %12.0f %9.2f %9.0f MB %7.2f  %s\n", n, e, s, n / s, b / 1e6 / s, r / 1024, w / b, sc }'
  done
done
