#!/usr/bin/env bash
# The worst case of one subject: N claims on one subject in one article ("Alibaba Cloud revenue grew 37% in 2020,
# according to IDC." N times in one paragraph: one group of N claims, one source cited N times), run by the floor and
# by the job on the DirectRunner, each with a small heap.
#
#   bash src/bench/one-subject.sh [CLAIMS ...]        default: 2000 20000
#   ENGINES=floor HEAP=256m bash src/bench/one-subject.sh 20000
#
# Prints, for each engine and N: seconds, peak RSS, bytes read, bytes written (conflicts.csv, groups.jsonl,
# claims.jsonl, claimreview.jsonl, attribution.csv), bytes written per byte read and per claim, and whether the job
# wrote the floor's bytes. Fails (exit 1) when a run fails in -Xmx${HEAP:-512m}, or when the bytes per claim at a
# larger N exceed those at the first N by more than 10%: a claim's line must not grow with its group, nor a source's
# row with the times an article cites it.
set -euo pipefail
cd "$(dirname "$0")/../.."

counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(2000 20000)
engines=${ENGINES:-floor direct}
heap=${HEAP:-512m}
work=${BENCH_DIR:-target/bench}/one-subject
files=(conflicts.csv groups.jsonl claims.jsonl claimreview.jsonl attribution.csv)
mkdir -p "$work"

mvn -q -B -DskipTests package
jar=$(ls target/crosscheck-*-bundled.jar)

status=0
printf '%7s %-7s %8s %10s %10s %12s %9s %10s  %s\n' claims engine seconds "peak RSS" read written \
  "out/in" "per claim" "check"
for engine in $engines; do
  first_per_claim=""
  for n in "${counts[@]}"; do
    input="$work/input-$n"
    if [ ! -f "$input/one.txt" ]; then
      mkdir -p "$input"
      { printf 'date: 2021-05-17\n\n'
        for ((i = 0; i < n; i++)); do printf 'Alibaba Cloud revenue grew 37%% in 2020, according to IDC. '; done
        printf '\n'; } > "$input/one.txt"
    fi
    out="$work/out-$n-$engine"
    rm -rf "$out"
    case $engine in
      floor)  cmd=(java -Xmx"$heap" -cp "$jar" crosscheck.corpus.PlainRun --input="$input" --output="$out") ;;
      direct) cmd=(java -Xmx"$heap" -jar "$jar" --input="$input" --output="$out") ;;
      *) echo "unknown engine $engine" >&2; exit 64 ;;
    esac
    if ! /usr/bin/time -f '%e %M' -o "$work/time.txt" "${cmd[@]}" > "$work/run-$n-$engine.log" 2>&1; then
      echo "$engine on $n claims FAILED in -Xmx$heap: see $work/run-$n-$engine.log" >&2
      status=1
      continue
    fi
    read -r seconds rss_kb < "$work/time.txt"
    read_bytes=$(stat -c %s "$input/one.txt")
    written=$(cd "$out" && cat "${files[@]}" | wc -c)
    per_claim=$((written / n))
    first_per_claim=${first_per_claim:-$per_claim}
    check="linear"
    if [ $((per_claim * 10)) -gt $((first_per_claim * 11)) ]; then
      check="NOT LINEAR: $per_claim bytes a claim against $first_per_claim at ${counts[0]} claims"
      status=1
    fi
    floor="$work/out-$n-floor"
    if [ "$engine" != floor ] && [ -d "$floor" ]; then
      for f in "${files[@]}"; do
        cmp -s "$out/$f" "$floor/$f" || { check="$check; $f DIFFERENT FROM THE FLOOR"; status=1; }
      done
      [[ $check == *DIFFERENT* ]] || check="$check; same bytes as the floor"
    fi
    awk -v n="$n" -v e="$engine" -v s="$seconds" -v r="$rss_kb" -v i="$read_bytes" -v w="$written" -v c="$check" \
      'BEGIN { printf "%7d %-7s %8.1f %7.0f MB %10d %12d %9.1f %10d  %s\n", n, e, s, r / 1024, i, w, w / i, w / n, c }'
  done
done
exit $status
