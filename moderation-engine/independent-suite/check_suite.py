#!/usr/bin/env python3
"""Structural check of fr.tsv (format only; it never runs or consults the moderation engine).

Checks: comment block then the header line, 4 tab-separated columns per case, functionality shaped
group.name, expected in {flag, allow}, context in {adult-room, teen-room} and consistent with the group,
one label per functionality, no empty or duplicate texts, prose.long between 300 and 1,000 characters.
Prints the number of cases per functionality. Exit status 1 on any problem.
"""
import collections
import re
import sys
from pathlib import Path

HEADER = ["functionality", "expected", "context", "text"]
path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("fr.tsv")
problems = []
counts = collections.Counter()
labels = collections.defaultdict(set)
seen = {}
header_seen = False

for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
    if line == "":
        continue
    if not header_seen:
        if line.startswith("#"):
            continue
        if line.split("\t") != HEADER:
            problems.append(f"line {n}: expected header {HEADER}")
        header_seen = True
        continue
    cols = line.split("\t")
    if len(cols) != 4:
        problems.append(f"line {n}: {len(cols)} columns")
        continue
    func, expected, context, text = cols
    if not re.fullmatch(r"[a-z]+\.[a-z-]+", func):
        problems.append(f"line {n}: bad functionality {func!r}")
    if expected not in ("flag", "allow"):
        problems.append(f"line {n}: bad expected {expected!r}")
    want = "teen-room" if func.startswith("teen.") else "adult-room"
    if context != want:
        problems.append(f"line {n}: context {context!r}, expected {want!r} for {func}")
    if not text.strip() or text != text.strip():
        problems.append(f"line {n}: empty text or surrounding spaces")
    key = text.casefold()
    if key in seen:
        problems.append(f"line {n}: duplicate of line {seen[key]}: {text!r}")
    seen.setdefault(key, n)
    if func == "prose.long" and not 300 <= len(text) <= 1000:
        problems.append(f"line {n}: prose of {len(text)} characters")
    counts[func] += 1
    labels[func].add(expected)

for func, lab in labels.items():
    if len(lab) != 1:
        problems.append(f"{func}: mixed labels {sorted(lab)}")
if not header_seen:
    problems.append("no header line")

for func in sorted(counts):
    print(f"{counts[func]:5d}  {'/'.join(sorted(labels[func])):5s}  {func}")
flag = sum(c for f, c in counts.items() if "flag" in labels[f])
print(f"{sum(counts.values()):5d}  total ({flag} flag, {sum(counts.values()) - flag} allow)")
for p in problems:
    print("PROBLEM:", p)
sys.exit(1 if problems else 0)
