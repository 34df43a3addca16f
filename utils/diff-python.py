#!/usr/bin/env python3
"""Differential test driver: run one program under pyr-run and CPython.

Compares stdout byte for byte and the exit status. When both fail, the
last line of stderr (the exception line) must match too. On success it
prints pyr's stdout so that a FileCheck can check it as well: if the
reference interpreter is missing the FileCheck still sees pyr's output.

Usage: diff-python.py --pyr PYR_RUN --python PYTHON [--pyr-arg=ARG...] FILE
Exit status: 0 on agreement, 1 on any difference.
"""
import argparse
import os
import subprocess
import sys


def run(cmd, path):
    proc = subprocess.run(cmd + [path], stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=120)
    return proc.returncode, proc.stdout, proc.stderr


def last_line(data):
    lines = data.decode("utf-8", "replace").rstrip("\n").splitlines()
    return lines[-1] if lines else ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyr", required=True)
    ap.add_argument("--python", required=True)
    ap.add_argument("--pyr-arg", action="append", default=[],
                    help="an option for pyr-run (e.g. --gc-stress)")
    ap.add_argument("file")
    args = ap.parse_args()

    prc, pout, perr = run([args.pyr] + args.pyr_arg, args.file)
    if prc < 0:
        sys.stderr.write("pyr-run died with signal %d\n" % -prc)
        sys.stderr.buffer.write(perr)
        return 1
    sys.stdout.buffer.write(pout)
    if prc != 0:
        sys.stdout.write("[exit %d] %s\n" % (prc, last_line(perr)))
    if not os.path.exists(args.python):
        sys.stderr.write("warning: %s not found; compared nothing\n" % args.python)
        return 0
    crc, cout, cerr = run([args.python, "-S", "-E"], args.file)
    ok = True
    if pout != cout:
        sys.stderr.write("stdout differs\n--- pyr\n%s\n--- python\n%s\n" % (
            pout.decode("utf-8", "replace"), cout.decode("utf-8", "replace")))
        ok = False
    if prc != crc:
        sys.stderr.write("exit status differs: pyr %d, python %d\n" % (prc, crc))
        ok = False
    elif prc != 0 and last_line(perr) != last_line(cerr):
        sys.stderr.write("exception differs:\n  pyr:    %s\n  python: %s\n" % (
            last_line(perr), last_line(cerr)))
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
