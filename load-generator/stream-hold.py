#!/usr/bin/env python3
"""Hold many idle streams open on one gateway and measure its live heap (issue 12).

Opens --sessions sessions (each from its own X-Forwarded-For address in 198.19.0.0/16, RFC 2544 benchmarking
range, header value only: every connection goes to 127.0.0.1), then --streams-per-session WebSocket streams per
session (the public API allows 5), keeps them alive with {"type":"ping"}, checks that the gateway still answers
(/health/ready on its management port, one message posted over REST and received on a stream) and, with
--gateway-pid, runs `jcmd <pid> GC.run` + `GC.heap_info` before the first stream and with all of them open.
Ends every session at the end. Loopback only; bounded in count and time.

The gateway needs, by env: CAUSETTE_GATEWAY_TRUST_FORWARDED_FOR=true, a high
CAUSETTE_GATEWAY_RATE_SESSIONS_PER_ADDRESS_PER_MINUTE, CAUSETTE_GATEWAY_STREAM_MAX_STREAMS above the total.

  python3 load-generator/stream-hold.py --port 8080 --management-port 8089 --gateway-pid <pid> \
      --sessions 2000 --streams-per-session 5
"""
import argparse
import asyncio
import base64
import ipaddress
import json
import os
import random
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

EVEN, ODD = "bdfgjl", "cmqrvw"   # consonants only: digits read as phone numbers, base 26 spells words
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def letters(n, width=5):
    out = []
    while n:
        n, r = divmod(n, 6)
        out.append(r)
    out.extend([0] * (width - len(out)))
    out.reverse()
    return "".join((ODD if i & 1 else EVEN)[d] for i, d in enumerate(out))


def http(a, method, path, body=None, token=None, xff=None):
    req = urllib.request.Request(f"http://127.0.0.1:{a.port}{path}", method=method,
                                 data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    if xff:
        req.add_header("X-Forwarded-For", xff)
    try:
        with OPENER.open(req, timeout=30) as r:
            raw = r.read()
            return r.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


def open_session(a, tag, i):
    xff = str(ipaddress.IPv4Address("198.19.0.1") + i)
    for attempt in range(6):
        nick = f"sh{tag}{letters(i)}" + (letters(attempt, 1) if attempt else "")
        st, body = http(a, "POST", "/api/v1/sessions", {"nickname": nick, "age": 30}, xff=xff)
        if st == 201 or st == 200:
            return {"token": body["token"], "xff": xff}
        if st == 429:
            time.sleep(1 + attempt)
        elif st not in (409, 422):
            raise RuntimeError(f"session {i}: HTTP {st} {str(body)[:200]}")
    raise RuntimeError(f"session {i}: no nickname accepted")


def frame(text):
    data, key = text.encode(), os.urandom(4)
    masked = bytes(b ^ key[k % 4] for k, b in enumerate(data))
    return bytes([0x81, 0x80 | len(data)]) + key + masked       # short text frames only (< 126 bytes)


class Stream:
    def __init__(self):
        self.reader = self.writer = None
        self.buf = b""

    async def open(self, a, sess):
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", a.port)
        key = base64.b64encode(os.urandom(16)).decode()
        self.writer.write((f"GET /api/v1/stream?access_token={sess['token']} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           f"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                           f"Sec-WebSocket-Version: 13\r\nX-Forwarded-For: {sess['xff']}\r\n\r\n").encode())
        head = await asyncio.wait_for(self.reader.readuntil(b"\r\n\r\n"), 30)
        if not head.startswith(b"HTTP/1.1 101"):
            self.writer.close()
            raise RuntimeError(head.split(b"\r\n", 1)[0].decode())

    async def pump(self, stop):
        """Read and keep what arrives (only the checker's stream looks at it); ping every 45 s."""
        last = time.monotonic()
        while not stop.is_set():
            try:
                data = await asyncio.wait_for(self.reader.read(65536), 5)
                if not data:
                    return
                self.buf = (self.buf + data)[-65536:]
            except asyncio.TimeoutError:
                pass
            if time.monotonic() - last > 45:
                last = time.monotonic()
                self.writer.write(frame('{"type":"ping"}'))


def heap(a, when):
    if not a.gateway_pid:
        return
    subprocess.run(["jcmd", str(a.gateway_pid), "GC.run"], capture_output=True, timeout=120)
    out = subprocess.run(["jcmd", str(a.gateway_pid), "GC.heap_info"], capture_output=True, text=True,
                         timeout=60).stdout
    used = sum(int(k) for k in re.findall(r"generation\s+total \d+K, used (\d+)K", out))   # Java heap only
    print(f"# heap {when}: after GC.run, {used // 1024} MB used\n{out.strip()}", flush=True)
    return used or None


def ready(a):
    try:
        with OPENER.open(f"http://127.0.0.1:{a.management_port}/health/ready", timeout=30) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code
    except OSError as e:
        return str(e)


async def main(a):
    tag = "".join(random.choice(EVEN if k % 2 == 0 else ODD) for k in range(3))
    loop = asyncio.get_running_loop()
    pool = ThreadPoolExecutor(a.concurrency)
    print(f"# {time.strftime('%H:%M:%S')} load: {os.getloadavg()}; ready: {ready(a)}", flush=True)
    before = heap(a, "before")
    t0 = time.monotonic()
    sessions = await asyncio.gather(*[loop.run_in_executor(pool, open_session, a, tag, i)
                                      for i in range(a.sessions)], return_exceptions=True)
    errors = [s for s in sessions if isinstance(s, Exception)]
    sessions = [s for s in sessions if not isinstance(s, Exception)]
    print(f"# {len(sessions)} sessions in {time.monotonic() - t0:.0f} s, {len(errors)} refused "
          f"{[str(e)[:120] for e in errors[:3]]}", flush=True)
    stop, streams, failed = asyncio.Event(), [], []
    sem = asyncio.Semaphore(a.concurrency)

    async def one(sess):
        async with sem:
            s = Stream()
            try:
                await s.open(a, sess)
                streams.append(s)
            except Exception as e:   # noqa: BLE001 - count and show any refusal
                failed.append(str(e)[:120])
    t0 = time.monotonic()
    await asyncio.gather(*[one(s) for s in sessions for _ in range(a.streams_per_session)])
    pumps = [loop.create_task(s.pump(stop)) for s in streams]
    print(f"# {len(streams)} streams open in {time.monotonic() - t0:.0f} s, {len(failed)} refused "
          f"{sorted(set(failed))[:3]}", flush=True)
    await asyncio.sleep(a.settle)
    alive = sum(1 for p in pumps if not p.done())
    print(f"# {time.strftime('%H:%M:%S')} load: {os.getloadavg()}; streams alive: {alive}; "
          f"ready: {await loop.run_in_executor(pool, ready, a)}", flush=True)
    with_streams = await loop.run_in_executor(pool, heap, a, f"with {alive} streams")
    if before and with_streams and alive:
        print(f"# live heap per stream: {(with_streams - before) / alive:.1f} KB", flush=True)
    # one message still delivered: the first two sessions join a room, the first posts, the second's stream gets it
    if len(sessions) >= 2 and streams:
        st, rooms = await loop.run_in_executor(pool, http, a, "GET", "/api/v1/rooms", None, sessions[0]["token"],
                                               sessions[0]["xff"])
        room = next(r["id"] for r in rooms if r.get("kind", "public") == "public")
        for s in sessions[:2]:
            await loop.run_in_executor(pool, http, a, "PUT", f"/api/v1/rooms/{room}/members/me", None, s["token"],
                                       s["xff"])
        probe = Stream()
        await probe.open(a, sessions[1])
        ptask = loop.create_task(probe.pump(stop))
        text = "le jardin est calme ce matin"
        t1 = time.monotonic()
        st, body = await loop.run_in_executor(pool, http, a, "POST", f"/api/v1/rooms/{room}/messages",
                                              {"clientMessageId": "hold-probe-1", "text": text},
                                              sessions[0]["token"], sessions[0]["xff"])
        while text.encode() not in probe.buf and time.monotonic() - t1 < 30:
            await asyncio.sleep(0.05)
        got = text.encode() in probe.buf
        print(f"# message posted: HTTP {st}; delivered on a stream: {got} "
              f"({time.monotonic() - t1:.2f} s)", flush=True)
        ptask.cancel()
    await asyncio.sleep(a.hold)
    stop.set()
    for s in streams:
        s.writer.close()
    for p in pumps:
        p.cancel()
    t0 = time.monotonic()
    await asyncio.gather(*[loop.run_in_executor(pool, http, a, "DELETE", "/api/v1/sessions/me", None, s["token"],
                                                s["xff"]) for s in sessions])
    print(f"# {len(sessions)} sessions ended in {time.monotonic() - t0:.0f} s", flush=True)


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--management-port", type=int)
    p.add_argument("--gateway-pid", type=int)
    p.add_argument("--sessions", type=int, default=2000)
    p.add_argument("--streams-per-session", type=int, default=5)
    p.add_argument("--concurrency", type=int, default=32)
    p.add_argument("--settle", type=float, default=10, help="seconds between the last stream and the checks")
    p.add_argument("--hold", type=float, default=5, help="seconds to hold after the checks")
    args = p.parse_args()
    if args.sessions > 20000 or args.streams_per_session > 5:
        sys.exit("at most 20,000 sessions and 5 streams per session")
    args.management_port = args.management_port or args.port + 9
    asyncio.run(main(args))
