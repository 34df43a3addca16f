#!/usr/bin/env python3
"""Checks docs/bytecode.md's field-by-field table against a bytecode file:
every row's offset must hold the bytes its first `..` group shows.

Usage: check-doc-table.py DOC FILE"""
import re
import sys


def main():
    doc = open(sys.argv[1], encoding="utf-8").read()
    data = open(sys.argv[2], "rb").read()
    start = doc.index("| offset | bytes | field |")
    end = doc.index("\n\n", start)
    rows = bad = 0
    for m in re.finditer(r"^\| (\d+) \| `([0-9a-f ]+)`", doc[start:end], re.M):
        rows += 1
        off, want = int(m.group(1)), bytes.fromhex(m.group(2).replace(" ", ""))
        got = data[off:off + len(want)]
        if got != want:
            bad += 1
            print("offset %d: document shows %s, file has %s"
                  % (off, want.hex(" "), got.hex(" ")))
    print("%d rows, %d wrong" % (rows, bad))
    return 1 if bad or not rows else 0


if __name__ == "__main__":
    sys.exit(main())
