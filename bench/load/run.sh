#!/usr/bin/env bash
# End-to-end SIPp load test of the B2BUA: trunk INVITEs -> node(s) -> registered extensions on one SIPp UAS.
#
#   bench/load/run.sh [--mode embedded|cluster] [--rate R] [--duration T] [--extensions N] [options]
#
# Starts everything on free 127.0.0.1 ports (redis-server and 3 nodes in cluster mode, one node embedded),
# registers extensions 1001..100N of the demo tenant with their contact on one SIPp UAS (180 + 200 at once,
# then it waits for ACK and BYE), places R calls/s for T seconds from a SIPp trunk UAC to those numbers
# round-robin (INVITE -> 180 -> 200 -> ACK -> hold -> BYE), and prints one table: calls attempted / succeeded /
# failed, p50/p99 of INVITE->180 and INVITE->200 (SIPp response-time timers, one sample per call) and the
# achieved call rate. Exit status: 0 when every call succeeded, 1 when any failed, 2 on a usage error,
# 3 when the set-up (build, start, registration) failed. Every process it started is stopped on exit.
# --target route-point: the calls go to route point 5000 of a generated tenant (routing-tenant.sh) whose strategy
# queues them by skill; --agents agents are registered on the one SIPp UAS, logged in through REST and made Ready;
# INVITE->180 is then the time until the AGENT's phone rings (the route point's own 180 comes first).
# Figures and how to read them: docs/performance.md, "Calls end to end (SIPp load)" and "Route point (SIPp load)".
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
scenarios="$here/scenarios"
dll="$root/src/Silo/bin/Release/net10.0/Voice.Silo.dll"

mode=embedded
rate=300
duration=20
extensions=10
target=extensions
agents=200
hold_ms=500
warmup=20
warmup_rate=""
nodes=3
entry=all
build=auto
keep=0
trace_messages=()

usage() {
  cat <<EOF
Usage: bench/load/run.sh [options]
  --mode embedded|cluster  one in-memory node, or redis-server + --nodes nodes (default embedded)
  --rate R                 new calls per second, whole number (default 300)
  --duration T             seconds of call injection (default 20); R*T calls are placed
  --extensions N           called numbers 1001..100N, 1 <= N <= 10 (default 10)
  --target extensions|route-point
                           call extensions directly, or route point 5000 queueing to --agents agents (default extensions)
  --agents N               route-point target: agents (and extensions 2001..2000+N) to register and make Ready (default 200)
  --hold MS                time between ACK and BYE (default 500)
  --warmup S               seconds of calls before the measured run, not counted (default 20): JIT tiering
                           and first activations would otherwise land in the measured calls
  --warmup-rate W          calls/s during the warm-up (default min(R, 100))
  --nodes K                cluster mode: number of nodes, 2..9 (default 3)
  --entry all|first        cluster mode: trunk INVITEs spread over all nodes (one UAC per node, R/K each)
                           or all sent to the first node (default all)
  --no-build               use the existing Release build as it is
  --keep                   keep the work directory (logs, SIPp traces) even when every call succeeded
  --trace-messages         SIPp UAC(s) and UAS log every message (-trace_msg; costs SIPp CPU), implies --keep
  --help                   this text
EOF
}

fail_usage() { echo "run.sh: $1" >&2; usage >&2; exit 2; }
need_value() { [ $# -ge 2 ] || fail_usage "$1 needs a value"; }
is_whole() { [[ "$1" =~ ^[0-9]+$ ]]; }

while [ $# -gt 0 ]; do
  case "$1" in
    --mode) need_value "$@"; mode=$2; shift 2 ;;
    --rate) need_value "$@"; rate=$2; shift 2 ;;
    --duration) need_value "$@"; duration=$2; shift 2 ;;
    --extensions) need_value "$@"; extensions=$2; shift 2 ;;
    --hold) need_value "$@"; hold_ms=$2; shift 2 ;;
    --target) need_value "$@"; target=$2; shift 2 ;;
    --agents) need_value "$@"; agents=$2; shift 2 ;;
    --warmup) need_value "$@"; warmup=$2; shift 2 ;;
    --warmup-rate) need_value "$@"; warmup_rate=$2; shift 2 ;;
    --nodes) need_value "$@"; nodes=$2; shift 2 ;;
    --entry) need_value "$@"; entry=$2; shift 2 ;;
    --no-build) build=never; shift ;;
    --keep) keep=1; shift ;;
    --trace-messages) trace_messages=(-trace_msg); keep=1; shift ;;
    --help|-h) usage; exit 0 ;;
    *) fail_usage "unknown option '$1'" ;;
  esac
done

case "$mode" in embedded|cluster) ;; *) fail_usage "--mode must be embedded or cluster" ;; esac
case "$entry" in all|first) ;; *) fail_usage "--entry must be all or first" ;; esac
case "$target" in extensions|route-point) ;; *) fail_usage "--target must be extensions or route-point" ;; esac
is_whole "$agents" && [ "$agents" -ge 1 ] && [ "$agents" -le 999 ] || fail_usage "--agents must be 1..999"
is_whole "$rate" && [ "$rate" -ge 1 ] || fail_usage "--rate must be a whole number >= 1"
is_whole "$duration" && [ "$duration" -ge 1 ] || fail_usage "--duration must be a whole number of seconds >= 1"
is_whole "$extensions" && [ "$extensions" -ge 1 ] && [ "$extensions" -le 10 ] \
  || fail_usage "--extensions must be 1..10 (the demo tenant has 1001..1010)"
is_whole "$hold_ms" || fail_usage "--hold must be a whole number of milliseconds"
is_whole "$warmup" || fail_usage "--warmup must be a whole number of seconds"
[ -n "$warmup_rate" ] || warmup_rate=$((rate < 100 ? rate : 100))
is_whole "$warmup_rate" && [ "$warmup_rate" -ge 1 ] || fail_usage "--warmup-rate must be a whole number >= 1"
is_whole "$nodes" && [ "$nodes" -ge 2 ] && [ "$nodes" -le 9 ] || fail_usage "--nodes must be 2..9"
[ "$mode" = cluster ] || nodes=1

for tool in sipp curl ss sort awk dotnet; do
  command -v "$tool" >/dev/null 2>&1 || { echo "run.sh: '$tool' is not installed" >&2; exit 3; }
done
if [ "$mode" = cluster ]; then
  command -v redis-server >/dev/null 2>&1 || { echo "run.sh: 'redis-server' is not installed" >&2; exit 3; }
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/voice-load.XXXXXX")
node_pids=()
helper_pids=()
uac_pids=()
redis_pid=""
status=3

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# Stops what this script started, by process id (SIGTERM first: a node drains), one group after the other (cleanup).
# Each group gets a bounded wait, then SIGKILL.
stop_pids() {
  local grace=$1; shift
  local pid
  [ $# -gt 0 ] || return 0
  for pid in "$@"; do kill -TERM "$pid" 2>/dev/null || true; done
  local deadline=$((SECONDS + grace))
  for pid in "$@"; do
    while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}

cleanup() {
  trap - EXIT INT TERM
  set +e
  # UACs first (an interrupted run leaves them placing calls), then nodes and the UAS, Redis last: draining
  # nodes still write to it.
  stop_pids 5 ${uac_pids[@]+"${uac_pids[@]}"}
  stop_pids 20 ${node_pids[@]+"${node_pids[@]}"} ${helper_pids[@]+"${helper_pids[@]}"}
  [ -z "$redis_pid" ] || stop_pids 5 "$redis_pid"
  if [ "$status" -eq 0 ] && [ "$keep" -eq 0 ]; then
    rm -rf "$work"
  else
    echo "logs and SIPp traces: $work"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'status=130; exit 130' INT
trap 'status=143; exit 143' TERM

setup_failed() { echo "run.sh: $*" >&2; status=3; exit 3; }

# A port free for both TCP and UDP on 127.0.0.1 (the node listens on both for SIP), never handed out twice.
taken_ports=" "
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    case "$taken_ports" in *" $port "*) continue ;; esac
    if [ -z "$(ss -Htuan "sport = :$port" 2>/dev/null)" ]; then
      taken_ports+="$port "
      printf -v "$1" '%s' "$port"
      return
    fi
  done
}

# ---- build ---------------------------------------------------------------------------------------------------
if [ "$build" = auto ]; then
  if [ ! -f "$dll" ] || [ -n "$(find "$root/src" \( -name '*.cs' -o -name '*.csproj' \) -newer "$dll" -print -quit)" ]
  then
    log "building src/Silo (Release)"
    dotnet build "$root/src/Silo" -c Release -nologo -v q -clp:ErrorsOnly >"$work/build.log" 2>&1 \
      || { cat "$work/build.log" >&2; setup_failed "build failed"; }
  fi
fi
[ -f "$dll" ] || setup_failed "$dll not found (build src/Silo in Release, or drop --no-build)"

# ---- redis + nodes -------------------------------------------------------------------------------------------
redis_args=()
if [ "$mode" = cluster ]; then
  free_port redis_port
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no >"$work/redis.log" 2>&1 &
  redis_pid=$!
  redis_args=(--redis "127.0.0.1:$redis_port")
  log "redis-server on 127.0.0.1:$redis_port"
fi

# The tenant: the demo one, or for a route point the generated one with --agents agents.
tenant_file="$root/deploy/demo-tenant.yaml"
domain=demo.local
if [ "$target" = route-point ]; then
  tenant_file="$work/tenant.yaml"
  domain=load.local
  bash "$here/routing-tenant.sh" "$agents" >"$tenant_file"
fi

sip_ports=()
http_ports=()
for ((i = 1; i <= nodes; i++)); do
  free_port sip_port
  free_port http_port
  free_port internal_port
  sip_ports+=("$sip_port")
  http_ports+=("$http_port")
  dotnet "$dll" ${redis_args[@]+"${redis_args[@]}"} --node-id "load-n$i" --listen-address 127.0.0.1 \
    --sip-port "$sip_port" --http-port "$http_port" --internal-port "$internal_port" \
    --digest-algorithms MD5 --tenant-file "$tenant_file" >"$work/node-n$i.log" 2>&1 &
  node_pids+=($!)
  echo "$sip_port load-n$i" >>"$work/udp-ports.txt"
  log "node load-n$i: SIP 127.0.0.1:$sip_port, HTTP $http_port, internal $internal_port"
done

# Every agent's password is hashed (PBKDF2) while the tenant file loads: a big generated tenant takes a while.
ready_limit=120
[ "$target" = route-point ] && ready_limit=300
ready_deadline=$((SECONDS + ready_limit))
for ((i = 0; i < nodes; i++)); do
  until curl -fsS -o /dev/null "http://127.0.0.1:${http_ports[$i]}/readyz" 2>/dev/null; do
    kill -0 "${node_pids[$i]}" 2>/dev/null \
      || { tail -20 "$work/node-n$((i + 1)).log" >&2; setup_failed "node load-n$((i + 1)) exited during start-up"; }
    [ "$SECONDS" -lt "$ready_deadline" ] || setup_failed "node load-n$((i + 1)) not ready after $ready_limit s"
    sleep 0.5
  done
done
log "all $nodes node(s) ready"

if [ "$mode" = cluster ]; then
  # /readyz only says this node owns its share and no slot is without owner *now*; while the later nodes join,
  # slots move and each move leaves a slot briefly without holder (requests for its grains fail). Wait until every
  # node sees all members, no unowned slot, and the same slot counts one second apart.
  previous=""
  settle_deadline=$((SECONDS + 90))
  while :; do
    layout=""
    for ((i = 0; i < nodes; i++)); do
      view=$(curl -fsS "http://127.0.0.1:${http_ports[$i]}/cluster" 2>/dev/null || true)
      layout+="$(grep -o '"slots":[0-9]*' <<<"$view" | tr -d '\n')/$(grep -o '"unownedSlots":[0-9]*' <<<"$view") "
    done
    members_ok=1
    for ((i = 0; i < nodes; i++)); do
      view_i=$(cut -d' ' -f$((i + 1)) <<<"$layout")
      [ "$(grep -o '"slots":[1-9][0-9]*' <<<"$view_i" | wc -l)" -eq "$nodes" ] && [[ "$view_i" == *'"unownedSlots":0' ]] \
        || members_ok=0
    done
    [ "$members_ok" -eq 1 ] && [ "$layout" = "$previous" ] && break
    [ "$SECONDS" -lt "$settle_deadline" ] || setup_failed "the cluster did not settle within 90 s (last view: $layout)"
    previous=$layout
    sleep 1
  done
  log "cluster settled: every node sees $nodes members owning all 1024 slots"
fi

# ---- UAS + registrations --------------------------------------------------------------------------------------
free_port uas_port
mkdir -p "$work/uas"
(cd "$work/uas" && exec sipp "127.0.0.1:${sip_ports[0]}" -sf "$scenarios/extension_uas.xml" -i 127.0.0.1 \
  -p "$uas_port" -nostdin -buff_size 4194304 -trace_err -trace_stat -fd 1 \
  ${trace_messages[@]+"${trace_messages[@]}"} >/dev/null 2>&1) &
helper_pids+=($!)
echo "$uas_port UAS" >>"$work/udp-ports.txt"
sleep 0.5
kill -0 "${helper_pids[0]}" 2>/dev/null || setup_failed "the SIPp UAS did not start (port $uas_port)"
log "SIPp UAS (all extensions' contact) on 127.0.0.1:$uas_port"

mkdir -p "$work/register"
if [ "$target" = route-point ]; then
  first_dn=2001 count=$agents password_prefix=pw-
else
  first_dn=1001 count=$extensions password_prefix=demo-
fi
for ((i = 1; i <= count; i++)); do
  dn=$((first_dn - 1 + i))
  node=$(((i - 1) % nodes))
  free_port register_port
  # A phone retries a failed REGISTER; so does the set-up (a slot may still be moving in a fresh cluster).
  for attempt in 1 2 3; do
    if (cd "$work/register" && timeout 30 sipp "127.0.0.1:${sip_ports[$node]}" -sf "$scenarios/register_extension.xml" \
        -i 127.0.0.1 -p "$register_port" -m 1 -s "$dn" -key domain "$domain" -key contact_port "$uas_port" \
        -au "$dn" -ap "$password_prefix$dn" -auth_uri "$domain" -nostdin -trace_err >"$work/register/$dn-$attempt.log" 2>&1); then
      break
    fi
    [ "$attempt" -lt 3 ] || setup_failed "REGISTER of $dn through node load-n$((node + 1)) failed 3 times (see $work/register)"
    log "REGISTER of $dn through node load-n$((node + 1)) failed (attempt $attempt), retrying"
    sleep 2
  done
done
log "registered $first_dn..$((first_dn - 1 + count)) (round-robin over $nodes node(s))"

if [ "$target" = route-point ]; then
  # Every agent logs in on its extension and goes Ready (the admin acts for them: one token, no agent passwords).
  api="http://127.0.0.1:${http_ports[0]}/api/v1"
  token=$(curl -fsS "$api/auth/token" -H 'content-type: application/json' \
    -d '{"tenant":"load","username":"admin","password":"load-admin"}' | sed -E 's/.*"access_token":"([^"]+)".*/\1/') \
    || setup_failed "no admin token from $api/auth/token"
  for ((i = 1; i <= agents; i++)); do
    dn=$((2000 + i))
    for step in login ready; do
      body='{}'
      [ "$step" = login ] && body="{\"dn\":\"$dn\",\"queues\":[\"sales\"]}"
      curl -fsS -o /dev/null "$api/tenants/load/agents/a$dn/$step" -H "authorization: Bearer $token" \
        -H 'content-type: application/json' -d "$body" || setup_failed "agent a$dn: $step failed"
    done
  done
  log "agents a2001..a$((2000 + agents)) logged in to queue sales and Ready"
fi

# ---- calls ----------------------------------------------------------------------------------------------------
numbers="$work/numbers.csv"
{
  echo SEQUENTIAL
  if [ "$target" = route-point ]; then
    echo 5000
  else
    for ((i = 1; i <= extensions; i++)); do echo "$((1000 + i))"; done
  fi
} >"$numbers"

uacs=1
uac_scenario=trunk_uac.xml
[ "$target" = route-point ] && uac_scenario=route_uac.xml
[ "$mode" = cluster ] && [ "$entry" = all ] && uacs=$nodes

# Runs the trunk UAC(s) into WORK/PREFIX-K: RATE calls/s for SECONDS seconds in all, split over the UACs (whole
# calls/s each, adding up to RATE; SIPp paces each one on its own). Returns 1 when any UAC reported a failure.
run_uacs() {
  local prefix=$1 total_rate=$2 seconds=$3
  local k uac_rate uac_port pid failed=0
  local pids=()
  uac_pids=()
  for ((k = 0; k < uacs; k++)); do
    uac_rate=$((total_rate / uacs + (k < total_rate % uacs ? 1 : 0)))
    [ "$uac_rate" -gt 0 ] || continue
    free_port uac_port
    mkdir -p "$work/$prefix-$k"
    (cd "$work/$prefix-$k" && exec timeout $((seconds + 150)) sipp "127.0.0.1:${sip_ports[$k]}" \
      -sf "$scenarios/$uac_scenario" -inf "$numbers" -i 127.0.0.1 -p "$uac_port" \
      -r "$uac_rate" -rp 1000 -m $((uac_rate * seconds)) -l $((uac_rate * 60 + 100)) -d "$hold_ms" \
      -recv_timeout 15000 -timeout $((seconds + 120))s -timeout_error -buff_size 4194304 -nostdin \
      -trace_logs -trace_stat -fd 1 -trace_counts -trace_err -trace_error_codes \
      ${trace_messages[@]+"${trace_messages[@]}"} \
      >"$work/$prefix-$k/screen.log" 2>&1) &
    pids+=($!)
    uac_pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
  return "$failed"
}

warmup_failed=0
if [ "$warmup" -gt 0 ]; then
  # JIT compilation, first activations and thread-pool growth would otherwise land in the first measured calls.
  log "warm-up: $warmup_rate calls/s for $warmup s (not counted)"
  run_uacs warmup "$warmup_rate" "$warmup" || warmup_failed=1
  [ "$warmup_failed" -eq 0 ] || log "warm-up: some calls FAILED (traces in $work/warmup-*)"
fi

log "placing $((rate * duration)) calls: $rate calls/s for $duration s over $uacs UAC(s), hold $hold_ms ms"
# CPU seconds (user + system) the given processes have used so far.
cpu_seconds() {
  local ticks=0 pid
  for pid in "$@"; do
    ticks=$((ticks + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'
}
# Datagrams the kernel dropped because a socket's receive buffer was full (whole machine): a lost 180 is never
# re-sent, so this is the first thing to look at when calls fail with "200 while expecting 180".
udp_receive_drops() { awk '$1 == "Udp:" && $2 ~ /^[0-9]+$/ { print $6 }' /proc/net/snmp; }
udp_drops_before=$(udp_receive_drops)
# Busy and total jiffies of the whole machine (/proc/stat "cpu" line; idle = idle + iowait): shows when the cores
# themselves ran out, whoever used them.
machine_jiffies() { awk '$1 == "cpu" { t = 0; for (i = 2; i <= NF; i++) t += $i; print t - $5 - $6, t; exit }' /proc/stat; }
machine_before=$(machine_jiffies)
uas_cpu_before=$(cpu_seconds "${helper_pids[0]}")
nodes_cpu_before=$(cpu_seconds "${node_pids[@]}")
# Redis commands per call (cluster mode): which writes, scripts and stream appends a call costs.
redis_commandstats() {
  if [ -n "$redis_pid" ] && command -v redis-cli >/dev/null 2>&1; then
    redis-cli -h 127.0.0.1 -p "$redis_port" INFO commandstats 2>/dev/null | tr -d '\r' >"$1" || true
  fi
}
redis_commandstats "$work/redis-commands-before.txt"
redis_cpu_before=$(cpu_seconds $redis_pid)
uac_failed=0
run_uacs uac "$rate" "$duration" || uac_failed=1
log "UAC(s) finished"
# What the platform spent on the measured calls: a steadier figure than latency on a shared machine.
echo "$(cpu_seconds "${node_pids[@]}") $nodes_cpu_before $(cpu_seconds $redis_pid) $redis_cpu_before" >"$work/cpu.txt"
redis_commandstats "$work/redis-commands-after.txt"
echo "$udp_drops_before $(udp_receive_drops)" >"$work/udp-drops.txt"
echo "$machine_before $(machine_jiffies) $uas_cpu_before $(cpu_seconds "${helper_pids[0]}")" >"$work/machine.txt"
cp /proc/net/udp "$work/udp-sockets.txt" # per-socket drop counters, read by report.sh
sleep 1.2 # the UAS writes its statistics once a second

# ---- report ---------------------------------------------------------------------------------------------------
status=0
if [ "$target" = route-point ]; then
  called="route point 5000 -> queue sales -> $agents agents (INVITE->180 = until the agent's phone rings)"
else
  called="extensions 1001..$((1000 + extensions))"
fi
bash "$here/report.sh" "$work" "$mode" "$nodes" "$entry" "$rate" "$duration" "$called" "$hold_ms" \
  || status=1
[ "$uac_failed" -eq 0 ] || status=1
[ "$warmup_failed" -eq 0 ] || { echo "warm-up calls failed too: see $work/warmup-*"; status=1; }
