"""Reads the case files of diff-cases.py and diff-syntax-errors.py: one
program per line, blank lines and lines starting with '#' skipped, and a
line starting with "| " continuing the program of the line before."""


def read_cases(path):
    cases = []
    for l in open(path, encoding="utf-8").read().splitlines():
        if not l.strip() or l.startswith("#"):
            continue
        if l.startswith("| ") and cases:
            cases[-1] += "\n" + l[2:]
        else:
            cases.append(l)
    return cases
