#!/usr/bin/env python3
"""Sends N hostile requests to a gateway (made-up methods, broken escapes, deep JSON, big headers, broken chunked
bodies), one connection each, and prints how many answers fell in each status class. Used to measure the
gateway's heap after many hostile requests (docs/security.md, "Hostile requests and memory").

usage: hostile_requests.py [--port 8080] [--requests 100000] [--threads 8]
"""
import argparse
import collections
import random
import socket
import threading


def requests(rnd, port):
    host = f"Host: 127.0.0.1:{port}\r\nConnection: close\r\n"
    method = "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(rnd.randint(1, 12)))
    depth = rnd.randint(33, 20000)
    kind = rnd.randrange(7)
    if kind == 0:
        return f"{'M' + method} /health/ready HTTP/1.1\r\n{host}\r\n".encode()
    if kind == 1:
        return f"GET /api/v1/rooms/{rnd.choice(['a%2Fb', '%2e%2e', '%zz', 'a%00b', 'x;y'])} HTTP/1.1\r\n{host}\r\n".encode()
    if kind == 2:
        return f"GET /api/v1/stream?%zz={rnd.random()} HTTP/1.1\r\n{host}\r\n".encode()
    if kind == 3:
        body = ("[" * depth).encode()
        return (f"POST /api/v1/sessions HTTP/1.1\r\n{host}Content-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    if kind == 4:
        return f"GET /api/v1/rooms HTTP/1.1\r\n{host}X-Filler: {'b' * rnd.randint(1000, 16000)}\r\n\r\n".encode()
    if kind == 5:
        return (f"POST /api/v1/sessions HTTP/1.1\r\n{host}Content-Type: application/json\r\n"
                f"Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n").encode()
    return f"{method} /api/v1/{method.lower()}?{method}=%{method[:2]} HTTP/1.1\r\n{host}\r\n".encode()


def worker(port, count, seed, statuses, lock):
    rnd = random.Random(seed)
    for _ in range(count):
        status = "error"
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
                s.sendall(requests(rnd, port))
                reply = b""
                while len(reply) < 12:
                    chunk = s.recv(4096)
                    if not chunk:
                        break
                    reply += chunk
                status = reply[9:10].decode() + "xx" if reply.startswith(b"HTTP/1.1 ") else "no answer"
        except OSError:
            status = "connection error"
        with lock:
            statuses[status] += 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--requests", type=int, default=100000)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    statuses, lock = collections.Counter(), threading.Lock()
    threads = [threading.Thread(target=worker, args=(args.port, args.requests // args.threads, i, statuses, lock))
               for i in range(args.threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(dict(statuses))


if __name__ == "__main__":
    main()
