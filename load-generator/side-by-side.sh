#!/usr/bin/env bash
# Issue 12's table in one run: Causette (running, started with the peerbench README's benchmark settings), then the
# peers (Prosody, InspIRCd, ngIRCd, started by peerbench once Causette is stopped), same tool and settings for all.
#
# usage: CAUSETTE_HOME=... CAUSETTE_GATEWAY_PORT=... load-generator/side-by-side.sh OUT.jsonl [--causette-only]
# Rows: idle (20 x 25 at 5 msg/s, twice), burst (1 room x 10 members, 100 msg/s for 2 s, twice), the 20 x 25 and
# 2 x 250 saturation searches (p99 <= 100 ms, loss <= 0.1 %). Prints peerbench's report at the end.
set -euo pipefail
out=${1:?output JSONL file}
root="$(cd "$(dirname "$0")/.." && pwd)"
bench="$root/../shared/bench/peerbench"
[[ -d $bench ]] || { echo "no peerbench at $bench" >&2; exit 2; }
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
home=${CAUSETTE_HOME:?CAUSETTE_HOME of the running platform}
port=${CAUSETTE_GATEWAY_PORT:-8080}
step="--step --repeats 1 --duration 5 --warmup 1 --refine 1 --p99-limit-ms 100 --loss-limit-pct 0.1 --json-out $out"
causette() { python3 "$bench/peerbench.py" --target causette --port "$port" --causette-home "$home" "$@"; }

cd "$bench"
causette --rooms 20 --users-per-room 25 --rate 10 --duration 40                        # warm-up, not recorded
causette --rooms 20 --users-per-room 25 --rate 5 --duration 20 --repeats 2 --label causette-idle --json-out "$out"
causette --rooms 1 --users-per-room 10 --rate 100 --duration 2 --repeats 2 --label causette-burst --json-out "$out"
causette --rooms 20 --users-per-room 25 --rate-start 16 --rate-max 2048 $step
causette --rooms 2 --users-per-room 250 --rate-start 8 --rate-max 1024 $step --warmup 5
if [[ ${2:-} != --causette-only ]]; then
    (cd "$root" && ./causette stop)
    python3 peerbench.py --target prosody --rooms 20 --users-per-room 25 --rate-start 64 --rate-max 8192 $step
    python3 peerbench.py --target prosody --rooms 2 --users-per-room 250 --rate-start 8 --rate-max 1024 $step
    for t in inspircd ngircd; do
        python3 peerbench.py --target $t --rooms 20 --users-per-room 25 --rate-start 1000 --rate-max 64000 $step
        python3 peerbench.py --target $t --rooms 2 --users-per-room 250 --rate-start 100 --rate-max 12800 $step
    done
fi
python3 report.py "$out"
