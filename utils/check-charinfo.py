#!/usr/bin/python3
"""Checks lib/Lex/CharInfo.cpp's identifier tables against the running
CPython's str.isidentifier() (run it with /usr/bin/python3, CPython 3.11).

Exit status 0 when XIDStart and XIDContinueOnly match code point for code
point; 1 and the first differences otherwise."""
import os
import re
import sys

SRC = os.path.join(os.path.dirname(__file__), "..", "lib", "Lex", "CharInfo.cpp")


def table(src, name):
    body = src.split(name + "[] = {")[1].split("};")[0]
    return [(int(a, 16), int(b, 16))
            for a, b in re.findall(r"\{0x([0-9A-F]+), 0x([0-9A-F]+)\}", body)]


def ranges(pred):
    out, start = [], None
    for c in range(0x80, 0x110000):
        if pred(c):
            if start is None:
                start = c
        elif start is not None:
            out.append((start, c - 1))
            start = None
    if start is not None:
        out.append((start, 0x10FFFF))
    return out


def main():
    src = open(SRC, encoding="utf-8").read()
    want = {
        "XIDStart": ranges(lambda c: chr(c).isidentifier()),
        "XIDContinueOnly": ranges(lambda c: ("a" + chr(c)).isidentifier()
                                  and not chr(c).isidentifier()),
    }
    ok = True
    for name, expected in want.items():
        got = table(src, name)
        if got != expected:
            ok = False
            diff = sorted(set(got) ^ set(expected))[:5]
            print(f"{name}: differs from CPython {sys.version.split()[0]}: {diff}")
        else:
            print(f"{name}: {len(got)} ranges match")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
