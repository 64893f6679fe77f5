#!/usr/bin/env bash
# CPU spent per message by each process of a running platform, in the steady state of a peerbench run.
#
# Runs ../shared/bench/peerbench against the platform of CAUSETTE_HOME (pids from './causette status'), waits until
# every user is connected and joined plus a few seconds, then samples utime+stime of the six processes over the
# sending window only (logins and logouts excluded) and prints CPU % and milliseconds of CPU per message sent.
#
# usage: CAUSETTE_HOME=... CAUSETTE_GATEWAY_PORT=... load-generator/cpu-per-message.sh RATE DURATION [ROOMS USERS]
set -euo pipefail
rate=${1:?rate (msg/s)}
duration=${2:?duration (s), at least 10}
rooms=${3:-20}
users=${4:-25}
root="$(cd "$(dirname "$0")/.." && pwd)"
bench="$root/../shared/bench/peerbench"
[[ -d $bench ]] || { echo "no peerbench at $bench" >&2; exit 2; }
ticks=$(getconf CLK_TCK)

declare -A pid
while read -r component p _; do
    [[ $p =~ ^[0-9]+$ ]] && pid[$component]=$p
done < <("$root/causette" status | tail -n +2)

cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }

log=$(mktemp)
python3 -u "$bench/peerbench.py" --target causette --port "${CAUSETTE_GATEWAY_PORT:-8080}" \
    --causette-home "${CAUSETTE_HOME:-$root/.causette}" --rooms "$rooms" --users-per-room "$users" \
    --rate "$rate" --duration "$duration" --warmup 3 >"$log" 2>&1 &
runner=$!
until grep -q "connected+joined" "$log"; do
    kill -0 "$runner" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.5
done
sleep 4   # the warm-up second of peerbench, and the joins' presence events
declare -A before
for c in "${!pid[@]}"; do before[$c]=$(cpu "${pid[$c]}"); done
start=$(date +%s.%N)
sleep $((duration - 2))
end=$(date +%s.%N)
printf '%-20s %8s %12s\n' component "cpu %" "cpu ms/msg"
for c in "${!pid[@]}"; do
    used=$(( $(cpu "${pid[$c]}") - before[$c] ))
    awk -v c="$c" -v u="$used" -v t="$ticks" -v s="$start" -v e="$end" -v r="$rate" \
        'BEGIN { w = e - s; printf "%-20s %8.1f %12.2f\n", c, 100 * u / t / w, 1000 * u / t / (w * r) }'
done
wait "$runner" || true
tail -n 1 "$log"
rm -f "$log"
