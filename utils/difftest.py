#!/usr/bin/env python3
"""Run every .py file under a folder through pyr-run and CPython 3.11.

Each file (found recursively, in sorted order) is run by pyr-run and by
the reference CPython, each under a timeout, and classified:

  pass         stdout and exit status agree; when both fail, the last line
               of stderr (the exception line) agrees too
  unsupported  pyr refused the program at compile time
               ("FILE:LINE:COL: error: ... is not supported yet"), or
               stopped with "NotImplementedError: ... is not supported
               yet" when it met something unsupported while running
  crash        pyr-run died of a signal, or printed an internal error or a
               sanitizer report
  timeout      pyr-run ran longer than --timeout seconds
  fail         anything else: the outputs differ

Prints the counts and the files that failed, crashed or timed out (every
file with -v). Exit status: 0 when nothing failed, crashed or timed out,
1 otherwise, 2 on a usage error.

Usage: difftest.py [--pyr-run PATH] [--python PATH] [--timeout SECONDS]
                   [-j N] [-v] DIR

Standard library only.
"""
import argparse
import concurrent.futures
import os
import re
import signal
import subprocess
import sys

CATEGORIES = ("pass", "fail", "unsupported", "crash", "timeout")
BAD = ("fail", "crash", "timeout")

UNSUPPORTED_RE = re.compile(
    rb"^.*:\d+:\d+: error: .* (is|are) not supported yet$", re.MULTILINE)
# A refusal at run time, for what only shows when the program runs (a
# builtin's keyword argument, a complex result).
RUNTIME_UNSUPPORTED_RE = re.compile(
    r"^NotImplementedError: .* (is|are) not supported yet")
# What pyr, LLVM and the sanitizers print when something inside breaks.
INTERNAL_MARKERS = (
    b"internal error",
    b"LLVM ERROR",
    b"UNREACHABLE executed",
    b"Assertion `",
    b"PLEASE submit a bug report",
    b"Stack dump:",
    b"ERROR: AddressSanitizer",
    b"ERROR: LeakSanitizer",
    b"runtime error:",
)


def default_pyr_run():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return os.path.join(root, "build", "bin", "pyr-run")


def run(cmd, timeout):
    try:
        proc = subprocess.run(cmd, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return proc.returncode, proc.stdout, proc.stderr


def last_line(data):
    lines = data.decode("utf-8", "replace").rstrip("\n").splitlines()
    return lines[-1] if lines else ""


def signal_name(num):
    try:
        return signal.Signals(num).name
    except ValueError:
        return "signal %d" % num


def classify(path, args):
    """Returns (category, reason)."""
    pyr = run([args.pyr_run, path], args.timeout)
    if pyr is None:
        return "timeout", "pyr-run ran longer than %gs" % args.timeout
    prc, pout, perr = pyr
    if prc < 0:
        return "crash", "pyr-run died of %s" % signal_name(-prc)
    if prc >= 128:
        return "crash", "pyr-run exit status %d" % prc
    for marker in INTERNAL_MARKERS:
        if marker in perr:
            return "crash", "pyr-run printed %r" % marker.decode()
    refusal = UNSUPPORTED_RE.search(perr) if prc != 0 else None
    if refusal:
        return "unsupported", refusal.group(0).decode("utf-8", "replace")
    if prc != 0 and RUNTIME_UNSUPPORTED_RE.match(last_line(perr)):
        return "unsupported", last_line(perr)
    cpy = run([args.python, "-S", "-E", path], args.timeout)
    if cpy is None:
        return "fail", "python ran longer than %gs" % args.timeout
    crc, cout, cerr = cpy
    if pout != cout:
        return "fail", "stdout differs"
    if prc != crc:
        return "fail", "exit status differs: pyr %d, python %d" % (prc, crc)
    if prc != 0 and last_line(perr) != last_line(cerr):
        return "fail", "exception differs: pyr %r, python %r" % (
            last_line(perr), last_line(cerr))
    return "pass", ""


def find_files(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".py"):
                found.append(os.path.join(dirpath, name))
    return found


def main():
    ap = argparse.ArgumentParser(
        description="Compare pyr-run with CPython on every .py in a folder.")
    ap.add_argument("dir")
    ap.add_argument("--pyr-run", default=default_pyr_run())
    ap.add_argument("--python", default="/usr/bin/python3")
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("-j", "--jobs", type=int, default=1)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    if not os.path.isdir(args.dir):
        sys.stderr.write("difftest.py: %s is not a directory\n" % args.dir)
        return 2
    for tool in (args.pyr_run, args.python):
        if not os.access(tool, os.X_OK):
            sys.stderr.write("difftest.py: cannot run %s\n" % tool)
            return 2

    files = find_files(args.dir)
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        results = list(pool.map(lambda f: classify(f, args), files))

    counts = dict.fromkeys(CATEGORIES, 0)
    for path, (category, reason) in zip(files, results):
        counts[category] += 1
        if args.verbose or category in BAD:
            rel = os.path.relpath(path, args.dir)
            print("%s: %s%s" % (category, rel,
                                " (%s)" % reason if reason else ""))
    print("%d files: %s" % (len(files), ", ".join(
        "%d %s" % (counts[c], c) for c in CATEGORIES)))
    return 1 if any(counts[c] for c in BAD) else 0


if __name__ == "__main__":
    sys.exit(main())
