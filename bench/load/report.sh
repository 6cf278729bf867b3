#!/usr/bin/env bash
# Summarises one run of bench/load/run.sh from the SIPp traces in its work directory and prints the result table.
#   report.sh WORK MODE NODES ENTRY RATE DURATION CALLED HOLD_MS   (CALLED: what was dialled, for the header)
# Exit status 1 when any call failed or no call was placed, else 0.
#
# Sources (per UAC directory WORK/uac-K):
#   *_.csv            -trace_stat; its last row holds the cumulative (C) counters: calls created, successful, failed
#                     and the failure causes
#   *_logs.log        -trace_logs: one line per answered call, "s;us;s;us;s;us" = gettimeofday when the INVITE left,
#                     when the 180 and when the 200 arrived. SIPp's own response-time timers (rtd, -trace_rtt) tick
#                     with the kernel's coarse clock, 4 ms here, and put most calls at 0 ms; these stamps are in us.
#   *_counts.csv      -trace_counts: per scenario step, messages, retransmissions, timeouts and unexpected messages
#   *_error_codes.csv -trace_error_codes: status codes of the unexpected responses that failed a call
set -euo pipefail
export CORES=$(nproc)

work=$1 mode=$2 nodes=$3 entry=$4 rate=$5 duration=$6 called=$7 hold_ms=$8

# Value of column NAME in the last row of a SIPp ';' CSV with a header line.
last_value() {
  awk -F';' -v name="$2" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == name) col = i; next }
    { last = $0 } END { if (!col) { print 0; exit } split(last, f, ";"); print f[col] + 0 }' "$1"
}

# Nearest-rank percentile P (0-100) of the numbers on standard input, already sorted ascending.
percentile() {
  awk -v p="$1" 'NF { v[++n] = $1 } END { if (n == 0) { print "-"; exit }
    r = int((p / 100) * n); if (r < (p / 100) * n) r++; if (r < 1) r = 1; printf "%.1f\n", v[r] }'
}

attempted=0 succeeded=0 failed=0
declare -A causes=()
cause_columns=(FailedTimeoutOnRecv FailedUnexpectedMessage FailedMaxUDPRetrans FailedCallRejected
  FailedCannotSendMessage FailedOutboundCongestion FailedTimeoutOnSend FailedRegexpDoesntMatch)
for dir in "$work"/uac-*; do
  stat_file=$(ls "$dir"/*_.csv 2>/dev/null | head -1 || true)
  [ -n "$stat_file" ] || continue
  attempted=$((attempted + $(last_value "$stat_file" "TotalCallCreated")))
  succeeded=$((succeeded + $(last_value "$stat_file" "SuccessfulCall(C)")))
  failed=$((failed + $(last_value "$stat_file" "FailedCall(C)")))
  for cause in "${cause_columns[@]}"; do
    causes[$cause]=$((${causes[$cause]:-0} + $(last_value "$stat_file" "$cause(C)")))
  done
done

# One line per answered call, all UACs: INVITE->180 ms, INVITE->200 ms, wall-clock time of the 200 (s).
timings=$(cat "$work"/uac-*/*_logs.log 2>/dev/null | awk -F';' 'NF == 6 {
  printf "%.3f %.3f %.6f\n", ($3 - $1) * 1000 + ($4 - $2) / 1000, ($5 - $1) * 1000 + ($6 - $2) / 1000, $5 + $6 / 1e6 }')
ring_times=$(awk 'NF { print $1 }' <<<"$timings" | sort -n)
answer_times=$(awk 'NF { print $2 }' <<<"$timings" | sort -n)
ring_p50=$(percentile 50 <<<"$ring_times")
ring_p99=$(percentile 99 <<<"$ring_times")
answer_p50=$(percentile 50 <<<"$answer_times")
answer_p99=$(percentile 99 <<<"$answer_times")
samples=$(grep -c . <<<"$ring_times" || true)
# Successful calls over the time between the first and the last 200 OK of the run: what the platform delivered,
# which falls below the offered rate when answers lag behind.
achieved=$(awk -v ok="$succeeded" 'NF { if (first == "" || $3 < first) first = $3; if ($3 > last) last = $3 }
  END { span = last - first; printf "%.1f", (span > 0 && ok > 1) ? (ok - 1) / span : 0 }' <<<"$timings")

label=$mode
[ "$mode" = cluster ] && label="cluster ($nodes nodes, entry $entry)"

echo
echo "| mode | rate (calls/s) | duration (s) | attempted | succeeded | failed | INVITE→180 p50 / p99 (ms) | INVITE→200 p50 / p99 (ms) | achieved (calls/s) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
echo "| $label | $rate | $duration | $attempted | $succeeded | $failed | $ring_p50 / $ring_p99 | $answer_p50 / $answer_p99 | $achieved |"
echo
echo "$called, hold $hold_ms ms; latency samples (answered calls): $samples"

# Where calls went wrong and what was retransmitted (a lost or late datagram shows up here first).
for dir in "$work"/uac-*; do
  counts_file=$(ls "$dir"/*_counts.csv 2>/dev/null | head -1 || true)
  [ -n "$counts_file" ] || continue
  awk -F';' -v uac="$(basename "$dir")" 'NR == 1 { for (i = 1; i <= NF; i++) h[i] = $i; next } { last = $0 }
    END { n = split(last, f, ";"); line = ""
      for (i = 3; i <= n; i++) if (h[i] ~ /_(Retrans|Timeout|Unexp)$/ && f[i] + 0 > 0) line = line " " h[i] "=" f[i]
      if (line != "") print uac " steps:" line }' "$counts_file"
done
if [ "$failed" -gt 0 ]; then
  line=""
  for cause in "${cause_columns[@]}"; do
    [ "${causes[$cause]}" -eq 0 ] || line+=" $cause=${causes[$cause]}"
  done
  echo "failed calls by cause:$line"
  codes=$(cat "$work"/uac-*/*_error_codes.csv 2>/dev/null | awk -F';' 'FNR > 1 || !/CurrentTime/ { print $NF }' \
    | tr ',' '\n' | sed '/^$/d' | sort | uniq -c | awk '{ printf " %s x%s", $2, $1 }')
  [ -z "$codes" ] || echo "unexpected response codes:$codes"
fi
if [ -f "$work/cpu.txt" ]; then
  read -r nodes_after nodes_before redis_after redis_before <"$work/cpu.txt"
  awk -v na="$nodes_after" -v nb="$nodes_before" -v ra="$redis_after" -v rb="$redis_before" -v calls="$attempted" \
    -v mode="$mode" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
      line = sprintf("CPU during the measured calls: node(s) %.1f s", na - nb)
      if (calls > 0) line = line sprintf(" = %.2f ms per call", (na - nb) * 1000 / calls)
      if (mode == "cluster") line = line sprintf(", redis-server %.1f s", ra - rb)
      print line "; load average " load " (" ENVIRON["CORES"] " cores)" }'
fi
if [ -s "$work/redis-commands-after.txt" ] && [ "$attempted" -gt 0 ]; then
  # INFO commandstats lines: cmdstat_NAME:calls=N,usec=N,...; both snapshots, so the difference is the measured calls'.
  awk -F'[:,=]' -v calls="$attempted" 'FNR == NR { if ($1 ~ /^cmdstat_/) before[$1] = $3; next }
    $1 ~ /^cmdstat_/ { d = $3 - before[$1]; if (d > 0) printf "%s %.1f\n", substr($1, 9), d / calls }' \
    "$work/redis-commands-before.txt" "$work/redis-commands-after.txt" | sort -k2 -rn | head -8 \
    | awk '{ line = line sprintf(" %s %s,", $1, $2) } END { sub(/,$/, "", line); print "Redis commands per call:" line }'
fi
if [ -f "$work/machine.txt" ]; then
  read -r busy_before total_before busy_after total_after uas_before uas_after <"$work/machine.txt"
  awk -v b=$((busy_after - busy_before)) -v t=$((total_after - total_before)) -v u="$uas_after" -v ub="$uas_before" \
    'BEGIN { printf "machine CPU busy during the measured calls: %.0f %% of all cores (every process); SIPp UAS %.1f s\n",
      (t > 0 ? 100 * b / t : 0), u - ub }'
fi
if [ -f "$work/udp-drops.txt" ]; then
  read -r drops_before drops_after <"$work/udp-drops.txt"
  per_socket=""
  if [ -f "$work/udp-ports.txt" ] && [ -f "$work/udp-sockets.txt" ]; then
    # /proc/net/udp: local_address is HEXIP:HEXPORT, the last column counts the datagrams dropped on that socket.
    per_socket=$(while read -r port role; do
      awk -v p="$(printf '%04X' "$port")" -v role="$role" 'NR > 1 { split($2, a, ":"); if (a[2] == p) { print role "=" $NF; exit } }' \
        "$work/udp-sockets.txt"
    done <"$work/udp-ports.txt" | paste -sd' ' -)
  fi
  echo "UDP datagrams dropped, receive buffer full: $((drops_after - drops_before)) on the machine during the measured calls;" \
    "per socket since it opened: ${per_socket:-n/a}"
fi
uas_stat=$(ls "$work"/uas/*_.csv 2>/dev/null | head -1 || true)
if [ -n "$uas_stat" ]; then
  echo "UAS (callee side): $(last_value "$uas_stat" "SuccessfulCall(C)") calls completed," \
    "$(last_value "$uas_stat" "FailedCall(C)") failed, $(last_value "$uas_stat" "CurrentCall") still open at its last report"
fi

[ "$attempted" -gt 0 ] && [ "$failed" -eq 0 ] && [ "$succeeded" -eq "$attempted" ]
