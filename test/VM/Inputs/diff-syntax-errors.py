#!/usr/bin/python3
"""Compile-time errors of pyr-run against CPython 3.11's SyntaxErrors.

Usage: diff-syntax-errors.py CASES PYR-RUN

CASES holds one program per line (blank lines and lines starting with '#'
skipped; "| " continues the program of the line before). Each must fail
to compile under /usr/bin/python3; pyr-run must report the same message
at the same line and column (CPython's caret) and exit with status 1.
Prints a summary and each differing case; exits 1 if any differ."""
import re
import subprocess
import sys

from casefile import case_files, read_cases


def main():
    cases = read_cases(sys.argv[1])
    differ = 0
    for src, path in case_files(cases):
        py = subprocess.run(["/usr/bin/python3", path], capture_output=True,
                            text=True)
        lines = py.stderr.rstrip("\n").split("\n")
        want = None
        if py.returncode == 1 and lines[-1].startswith("SyntaxError: "):
            line = re.search(r"line (\d+)", lines[0]).group(1)
            source, caret = lines[1], lines[2]
            text = src.split("\n")[int(line) - 1]
            col = (caret.index("^") - (len(source) - len(source.lstrip())) +
                   len(text) - len(text.lstrip()) + 1)
            want = "%s:%d: error: %s" % (line, col,
                                         lines[-1][len("SyntaxError: "):])
        pyr = subprocess.run([sys.argv[2], path], capture_output=True,
                             text=True)
        m = re.match(r".*?:(\d+:\d+: error: .*)", pyr.stderr.split("\n")[0])
        got = m.group(1) if m and pyr.returncode == 1 else (
            pyr.returncode, pyr.stderr.split("\n")[0])
        if got != want:
            differ += 1
            print("DIFF", src)
            print("  pyr:   ", got)
            print("  python:", want)
    print("%d cases, %d differ" % (len(cases), differ))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
