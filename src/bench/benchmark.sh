#!/usr/bin/env bash
# Throughput, peak memory and verdict quality of crosscheck on generated corpora.
#
#   bash src/bench/benchmark.sh [SIZE ...]        default sizes: 1000 10000 100000 skew reuters
#   ENGINES="floor flink" bash src/bench/benchmark.sh 100000
#   SKEW=20000 bash src/bench/benchmark.sh skew
#
# For each size it generates a corpus (deterministic, seed 42; kept in target/bench for the next run); "skew" is
# ${SKEW:-50000} small articles that all give the same company's revenue growth rate for 2020 (one subject with that many
# claims, from that many articles, values 30% to 39%: one CONFLICT group), read with the built-in config; "reuters" is
# the real Reuters-21578 corpus in ../shared/corpora (19,043 stories, read with the built-in config, no planted
# truth: only the engines' bytes against the floor's are checked). It runs
#   floor   a plain single-threaded Java loop over the same reading, extraction and judging code (no Beam)
#   direct  the job on Beam's DirectRunner (its immutability and encodability checks off, as in every run of the job)
#   flink   the job on the FlinkRunner, an embedded local mini-cluster
# and prints seconds and their ratio to the floor's in the same run ("x floor"), articles per second, MB of text per
# second, peak resident memory, bytes written per byte of input read (the files below), the verdict precision and
# recall against the corpus's planted truth, and whether the engine wrote the same bytes as the floor (conflicts.csv,
# groups.jsonl, claims.jsonl, claimreview.jsonl, attribution.csv, report.html).
# Every run, the floor's too, gets -Xmx${HEAP:-3g} and the JVM flags README gives for large runs,
# -XX:+UseParallelGC -XX:-TieredCompilation, unless JAVA_OPTS is set (JAVA_OPTS= for the JVM's defaults); the first
# line printed says which. "cpu s" is user + system CPU seconds: on a shared machine, where wall time varies with
# the load, it says what the run itself cost.
set -euo pipefail
cd "$(dirname "$0")/../.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000 skew reuters)
engines=${ENGINES:-floor direct flink}
heap=${HEAP:-3g}
read -r -a jvm <<< "${JAVA_OPTS--XX:+UseParallelGC -XX:-TieredCompilation}"
work=${BENCH_DIR:-target/bench}
files=(conflicts.csv groups.jsonl claims.jsonl claimreview.jsonl attribution.csv report.html)
mkdir -p "$work"

mvn -q -B -DskipTests package
jar=$(ls target/crosscheck-*-bundled.jar)

echo "every run: java -Xmx$heap ${jvm[*]}"
printf '%9s %-7s %9s %8s %7s %12s %9s %12s %7s  %s\n' articles engine seconds "x floor" "cpu s" articles/s MB/s \
  "peak RSS" out/in \
  "verdicts vs planted truth"
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  articles=$n
  input="$corpus/input"
  config=(--config="$corpus/config")
  if [ "$n" = reuters ]; then
    input=../shared/corpora/reuters21578
    config=()
    articles=$(awk -F, 'NR > 1' "$input/topics.csv" | wc -l)
  elif [ "$n" = skew ]; then
    articles=${SKEW:-50000}
    corpus="$work/corpus-skew-${SKEW:-50000}"
    input="$corpus/input"
    config=()
    if [ ! -f "$corpus/truth.csv" ]; then
      mkdir -p "$corpus/input" "$corpus/config"
      # 1,000 articles a feed; each text differs (a desk name spelt from its number) so that none is a duplicate
      awk -v n="${SKEW:-50000}" -v dir="$corpus/input" 'BEGIN {
        for (i = 0; i < n; i++) {
          desk = ""; for (j = i; j > 0 || desk == ""; j = int(j / 26)) desk = desk sprintf("%c", 97 + j % 26)
          feed = sprintf("%s/feed-%03d.jsonl", dir, int(i / 1000))
          printf "{\"id\":\"s%06d\",\"source\":\"Wire %s\",\"date\":\"2021-0%d-1%d\",\"title\":\"Cloud results\"," \
            "\"text\":\"Alibaba Cloud revenue grew %d%% in 2020, according to IDC. Filed by the %s desk.\"}\n",
            i, desk, 1 + i % 9, i % 10, 30 + i % 10, desk > feed
          if (i % 1000 == 999) close(feed)
        } }'
      printf 'entity,metric,period,verdict,articles\nAlibaba Cloud,growth rate,2020,CONFLICT,%d\n' "${SKEW:-50000}" \
        > "$corpus/truth.csv"
    fi
  elif [ ! -f "$corpus/truth.csv" ]; then
    java -cp "$jar" crosscheck.corpus.CorpusGenerator --articles="$n" --seed=42 --out="$corpus" 2>/dev/null
  fi
  bytes=$(du -sb "$input" | cut -f1)
  floor_seconds=""
  for engine in $engines; do
    out="$work/out-$n-$engine"
    rm -rf "$out"
    case $engine in
      floor)  cmd=(java -Xmx"$heap" "${jvm[@]}" -cp "$jar" crosscheck.corpus.PlainRun --input="$input" --output="$out"
                   "${config[@]}") ;;
      direct) cmd=(java -Xmx"$heap" "${jvm[@]}" -jar "$jar" --input="$input" --output="$out" "${config[@]}") ;;
      flink)  cmd=(java -Xmx"$heap" "${jvm[@]}" -jar "$jar" --input="$input" --output="$out" "${config[@]}"
                   --runner=FlinkRunner --flinkMaster='[local]' --parallelism="$(nproc)") ;;
      *) echo "unknown engine $engine" >&2; exit 64 ;;
    esac
    /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" "${cmd[@]}" > "$work/run-$n-$engine.log" 2>&1 || {
      echo "$engine on $n articles failed: see $work/run-$n-$engine.log" >&2; continue; }
    read -r seconds rss_kb user sys < "$work/time.txt"
    [ "$engine" = floor ] && floor_seconds=$seconds
    written=$(cd "$out" && cat "${files[@]}" | wc -c)
    score="no planted truth"
    if [ -f "$corpus/truth.csv" ]; then
      score=$(java -cp "$jar" crosscheck.corpus.TruthChecker --conflicts="$out/conflicts.csv" --truth="$corpus/truth.csv")
    fi
    floor="$work/out-$n-floor"
    if [ "$engine" != floor ] && [ -d "$floor" ]; then
      differing=""
      for f in "${files[@]}"; do
        cmp -s "$out/$f" "$floor/$f" || differing="$differing $f"
      done
      score="$score; ${differing:+DIFFERENT FROM THE FLOOR:}${differing:-same bytes as the floor}"
    fi
    awk -v label="$n" -v n="$articles" -v e="$engine" -v s="$seconds" -v c="$user" -v y="$sys" -v b="$bytes" \
      -v r="$rss_kb" -v w="$written" -v sc="$score" -v f="$floor_seconds" 'BEGIN {
      if (label == "skew") label = "skew " n
      ratio = f == "" ? "-" : sprintf("%.2f", s / f)
      printf "%9s %-7s %9.1f %8s %7.1f %12.0f %9.2f %9.0f MB %7.2f  %s\n", label, e, s, ratio, c + y, n / s,
        b / 1e6 / s, r / 1024, w / b, sc }'
  done
done
