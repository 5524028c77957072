#!/usr/bin/env bash
# The job on a real Flink session cluster on this machine: a JobManager and two TaskManagers (one slot each), three
# separate JVMs talking over loopback, as on machines of their own.
#
#   bash src/bench/flink-cluster.sh [INPUT [JOB OPTION ...]]   default input: input (the seeds)
#       builds the bundled jar, runs the job on the DirectRunner, on Flink's embedded mini-cluster and on the cluster
#       (--flinkMaster=localhost:<REST port> --filesToStage=<bundled jar> --parallelism=2), prints each run's seconds,
#       checks that both Flink runs wrote the DirectRunner's bytes (every output file but run.json), stops the cluster
#       (also when a step fails) and exits 0 only when every byte is the same. JOB OPTIONS go to all three runs,
#       e.g. --config=corpus/config. Relative paths are from the project folder.
#   bash src/bench/flink-cluster.sh start DIR   start a cluster whose config, logs and pids live in DIR (the test's
#       way in); prints its REST port, also written to DIR/rest-port. Needs target/classpath.txt (mvn compile).
#   bash src/bench/flink-cluster.sh stop DIR    stop it.
#
# The cluster's classpath is Flink's (and the job's libraries) from target/classpath.txt without Beam's jars: the job's
# code and Beam reach the TaskManagers only in the jar the client stages, as on a cluster of one's own.
set -euo pipefail
cd "$(dirname "$0")/../.."

# A port nothing listens on now (bash's /dev/tcp, so that no other tool is needed).
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
}

# The body of GET http://localhost:PORT/PATH, empty when nothing answers.
rest_get() {
  timeout 5 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0" && printf "GET %s HTTP/1.0\r\n\r\n" "$1" >&3 && cat <&3' \
    "$1" "$2" 2>/dev/null || true
}

# The JVM options (line 1) and the dynamic properties (line 2) Flink's own start scripts derive from the config.
resource_params() {
  java -cp "$2" org.apache.flink.runtime.util.bash.BashJavaUtils "$1" --configDir "$3" 2>/dev/null \
    | sed -n 's/^BASH_JAVA_UTILS_EXEC_RESULT://p'
}

# start DIR CLASS PARAMS NAME: one Flink JVM in the background, its log DIR/NAME.log and pid DIR/NAME.pid.
start_jvm() {
  local dir=$1 class=$2 params=$3 name=$4 jvm dynamic
  jvm=$(sed -n 1p <<< "$params")
  dynamic=$(sed -n 2p <<< "$params")
  # shellcheck disable=SC2086  # both are lists of options, split on purpose
  java $jvm -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS \
    -cp "$(cat "$dir/classpath")" "$class" --configDir "$dir" $dynamic > "$dir/$name.log" 2>&1 &
  echo $! > "$dir/$name.pid"
}

start_cluster() {
  local dir=$1 rest_port rpc_port
  [ -f target/classpath.txt ] || { echo "target/classpath.txt is missing: run mvn -q -B compile first" >&2; exit 1; }
  mkdir -p "$dir/tmp"
  tr ':' '\n' < target/classpath.txt | grep -v '/org/apache/beam/' | paste -sd: > "$dir/classpath"
  rest_port=$(free_port)
  rpc_port=$(free_port)
  while [ "$rpc_port" = "$rest_port" ]; do rpc_port=$(free_port); done
  cat > "$dir/config.yaml" <<EOF
jobmanager.rpc.address: localhost
jobmanager.bind-host: localhost
jobmanager.rpc.port: $rpc_port
rest.address: localhost
rest.bind-address: localhost
rest.port: $rest_port
taskmanager.host: localhost
taskmanager.bind-host: localhost
taskmanager.numberOfTaskSlots: 1
jobmanager.memory.process.size: 1g
taskmanager.memory.process.size: 1536m
# The job's groupings shuffle into 256 buckets: Flink's default 64 MB of network buffers is too few for them.
taskmanager.memory.network.min: 256m
taskmanager.memory.network.max: 256m
taskmanager.memory.managed.fraction: 0.2
# The job sets its own parallelism; Flink's adaptive batch scheduler would lower it by data volume (see README).
jobmanager.scheduler: default
io.tmp.dirs: $dir/tmp
EOF
  start_jvm "$dir" org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint \
    "$(resource_params GET_JM_RESOURCE_PARAMS "$(cat "$dir/classpath")" "$dir")" jobmanager
  local tm_params
  tm_params=$(resource_params GET_TM_RESOURCE_PARAMS "$(cat "$dir/classpath")" "$dir")
  for n in 1 2; do start_jvm "$dir" org.apache.flink.runtime.taskexecutor.TaskManagerRunner "$tm_params" taskmanager$n; done
  for _ in $(seq 120); do
    if rest_get "$rest_port" /overview | grep -q '"taskmanagers":2,'; then
      echo "$rest_port" > "$dir/rest-port"
      echo "$rest_port"
      return
    fi
    for name in jobmanager taskmanager1 taskmanager2; do
      kill -0 "$(cat "$dir/$name.pid")" 2>/dev/null || {
        echo "the $name stopped while the cluster started: see $dir/$name.log" >&2; stop_cluster "$dir"; exit 1; }
    done
    sleep 1
  done
  echo "no two TaskManagers at localhost:$rest_port after 120 s: see the logs in $dir" >&2
  stop_cluster "$dir"
  exit 1
}

stop_cluster() {
  local dir=$1 pids=()
  rm -rf "$dir/tmp"  # the jars the cluster received; the logs stay
  for pidfile in "$dir"/*.pid; do
    [ -f "$pidfile" ] && pids+=("$(cat "$pidfile")") && rm "$pidfile"
  done
  [ ${#pids[@]} -gt 0 ] || return 0
  kill "${pids[@]}" 2>/dev/null || true
  for _ in $(seq 20); do
    kill -0 "${pids[@]}" 2>/dev/null || return 0
    sleep 0.5
  done
  kill -9 "${pids[@]}" 2>/dev/null || true
}

case ${1:-} in
  start) start_cluster "${2:?start DIR}"; exit ;;
  stop) stop_cluster "${2:?stop DIR}"; exit ;;
esac

input=${1:-input}
shift $(( $# > 0 ? 1 : 0 ))
mvn -q -B -DskipTests package
jar=$(ls target/crosscheck-*-bundled.jar)
work=$(mktemp -d)
trap 'stop_cluster "$work/session"' EXIT
trap 'exit 130' INT TERM  # so that the EXIT trap stops the cluster

# run NAME OPTION...: the job with the input and the job options, its output in $work/NAME, its seconds printed.
run() {
  local name=$1 began
  shift
  began=$(date +%s%N)
  java -jar "$jar" --input="$input" --output="$work/$name" "$@" "${job_options[@]}" > "$work/$name.log" 2>&1 || {
    echo "the run on $name failed: see $work/$name.log" >&2; exit 1; }
  awk -v name="$name" -v ns=$(( $(date +%s%N) - began )) 'BEGIN { printf "%-13s %6.1f s\n", name, ns / 1e9 }'
}

job_options=("$@")
echo "input: $input; outputs and logs in $work (removed when every byte is the same)"
run direct
run mini-cluster --runner=FlinkRunner --flinkMaster='[local]' --parallelism=2
began=$(date +%s%N)
port=$(start_cluster "$work/session")
awk -v ns=$(( $(date +%s%N) - began )) -v port="$port" 'BEGIN {
  printf "cluster start %6.1f s  (a JobManager at localhost:%d, two TaskManagers with one slot each)\n", ns / 1e9, port }'
run cluster --runner=FlinkRunner --flinkMaster="localhost:$port" --filesToStage="$jar" --parallelism=2 --useDataStreamForBatch=true
rest_get "$port" /overview | grep -q '"jobs-finished":1,' || {
  echo "the cluster did not report the job finished: see $work/session" >&2; exit 1; }

status=0
for file in $(cd "$work/direct" && ls); do
  [ "$file" = run.json ] && continue
  for flink in mini-cluster cluster; do
    cmp -s "$work/direct/$file" "$work/$flink/$file" || { echo "$file differs between direct and $flink" >&2; status=1; }
  done
done
[ $status = 0 ] && echo "same bytes: the mini-cluster and the cluster wrote the DirectRunner's $(cd "$work/direct" && ls \
  | grep -vc '^run.json$') files"
stop_cluster "$work/session"
[ $status = 0 ] && rm -rf "$work"
exit $status
