#!/usr/bin/env python3
"""Per-hop latency of the message pipeline from a gateway's messages.log.

The gateway writes one 'pipeline message <id>: <hop> <ms> ms, ..., total <ms> ms' line per released message when
causette.gateway.stream.trace-log is true (CAUSETTE_GATEWAY_STREAM_TRACE_LOG=true). Each figure is the time since the
previous hop. Usage: pipeline-hops.py <messages.log> [first line to read]
"""
import re
import sys

HOP = re.compile(r'(\S+) ([\d.]+) ms')


def quantile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main():
    path = sys.argv[1]
    first = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    hops = {}
    with open(path, errors='replace') as log:
        for number, line in enumerate(log):
            if number < first or 'pipeline message' not in line:
                continue
            body = line[line.index('pipeline message'):].split(': ', 1)[1]
            for part in body.strip().split(', '):
                match = HOP.fullmatch(part)
                if match:
                    hops.setdefault(match.group(1), []).append(float(match.group(2)))
    print(f"{'hop (time since the previous one)':34} {'n':>5} {'p50':>7} {'p90':>7} {'p99':>7}")
    for name, values in hops.items():
        print(f"{name:34} {len(values):5d} {quantile(values, .5):7.1f} {quantile(values, .9):7.1f} "
              f"{quantile(values, .99):7.1f}")


if __name__ == '__main__':
    main()
