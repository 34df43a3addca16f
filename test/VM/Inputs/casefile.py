"""Reads the case files of diff-cases.py and diff-syntax-errors.py: one
program per line, blank lines and lines starting with '#' skipped, and a
line starting with "| " continuing the program of the line before."""
import os
import tempfile


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


def case_files(cases):
    """Yields each case with the path of a file holding it (one file,
    rewritten for each case)."""
    path = os.path.join(tempfile.mkdtemp(), "case.py")
    for src in cases:
        with open(path, "w", encoding="utf-8") as f:
            f.write(src + "\n")
        yield src, path
