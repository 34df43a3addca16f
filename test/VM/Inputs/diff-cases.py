#!/usr/bin/python3
"""Run one-line programs through pyr-run and /usr/bin/python3 and compare.

Usage: diff-cases.py CASES PYR-RUN [PYR-RUN-OPTION...]

CASES holds one program per line (blank lines and lines starting with '#'
are skipped); a line starting with "| " continues the program of the line
before it, for programs that need several lines. Each is written to its
own file and run by both; stdout, exit status and the last line of stderr
must agree. Prints a summary and each differing case; exits 1 if any
differ."""
import subprocess
import sys

from casefile import case_files, read_cases


def run(cmd, path):
    p = subprocess.run(cmd + [path], capture_output=True, text=True,
                       timeout=60)
    lines = p.stderr.strip().splitlines()
    return p.stdout, p.returncode, lines[-1] if lines else ""


def main():
    cases = read_cases(sys.argv[1])
    differ = 0
    for src, path in case_files(cases):
        a = run(sys.argv[2:], path)
        b = run(["/usr/bin/python3"], path)
        if a != b:
            differ += 1
            print("DIFF %s\n  pyr:    %r\n  python: %r" % (src, a, b))
    print("%d cases, %d differ" % (len(cases), differ))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
