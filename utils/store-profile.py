#!/usr/bin/env python3
"""Count the instructions, loads and stores of one pyr::execute() run.

On the machines pyr is measured on, short runs such as `2 + 3` are bound by
stores rather than by instructions: the store queue commits about one store
per cycle (two when consecutive stores fall in one 64-byte line), while the
core executes four to six instructions per cycle. See docs/cold-start.md.
This tool makes that count repeatable: it traces build/utils/
store-trace-driver under valgrind's lackey tool, cuts the trace at the
driver's marker calls, and reports one run (by default the 30th of 40, when
every cache and buffer is warm):

    utils/store-profile.py --build-dir build [--source '2 + 3'] [--list]

--list prints every store of the run with its instruction and function
(and source line, when the build has debug information).
Standard library only; needs valgrind, nm, objdump and addr2line.
"""
import argparse
import bisect
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile


def symbols(binary):
    out = subprocess.run(["nm", "-C", "--defined-only", "-n", binary],
                         capture_output=True, text=True, check=True).stdout
    syms = []
    for line in out.splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3 and parts[1] in "tTwW":
            syms.append((int(parts[0], 16), parts[2]))
    return syms


def mnemonics(binary):
    out = subprocess.run(["objdump", "-d", "--no-show-raw-insn", binary],
                         capture_output=True, text=True, check=True).stdout
    table = {}
    for line in out.splitlines():
        m = re.match(r"\s+([0-9a-f]+):\t(\S+)\s*(.*)$", line)
        if m:
            table[int(m.group(1), 16)] = (m.group(2), m.group(3))
    return table


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build-dir", default="build")
    ap.add_argument("--source", default="2 + 3")
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--run", type=int, default=30,
                    help="which run to report (0-based)")
    ap.add_argument("--list", action="store_true",
                    help="list every store of the run")
    args = ap.parse_args()
    if not 0 <= args.run < args.runs:
        sys.exit("store-profile: --run must be below --runs")
    for tool in ("valgrind", "nm", "objdump", "addr2line"):
        if not shutil.which(tool):
            sys.exit("store-profile: %s is not installed" % tool)
    driver = os.path.join(args.build_dir, "utils", "store-trace-driver")
    if not os.path.exists(driver):
        sys.exit("store-profile: %s not found (ninja -C %s store-trace-driver)"
                 % (driver, args.build_dir))

    # A source that fails fails fast, without valgrind.
    proc = subprocess.run([driver, args.source, "1"], capture_output=True,
                          text=True)
    if proc.returncode != 0:
        sys.exit("store-profile: the driver failed:\n" + proc.stderr)

    syms = symbols(driver)
    marker = [a for a, n in syms if n == "pyr_trace_marker"]
    if not marker:
        sys.exit("store-profile: no pyr_trace_marker in %s" % driver)
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, "lackey.txt")
        proc = subprocess.run(
            ["valgrind", "--tool=lackey", "--trace-mem=yes",
             "--log-file=" + log, driver, args.source, str(args.runs)],
            capture_output=True, text=True)
        if proc.returncode != 0:
            sys.exit("store-profile: the driver failed:\n" + proc.stderr)
        lines = open(log).read().splitlines()

    # The driver is linked without PIE, so traced addresses are nm's.
    mark = "I  %08x," % marker[0]
    starts = [i for i, l in enumerate(lines) if l.startswith(mark)]
    if len(starts) != args.runs + 1:
        sys.exit("store-profile: found %d markers, expected %d"
                 % (len(starts), args.runs + 1))
    run = lines[starts[args.run]:starts[args.run + 1]]

    addrs = [a for a, _ in syms]

    def function(addr):
        i = bisect.bisect_right(addrs, addr) - 1
        return syms[i][1] if i >= 0 else "?"

    insns = mnemonics(driver)
    n_insn = n_load = 0
    stores = []  # (address, size, instruction address)
    per_fn = collections.Counter()
    pc = 0
    for line in run:
        if line.startswith("I "):
            pc = int(line[3:].split(",")[0], 16)
            n_insn += 1
            per_fn[function(pc)] += 1
            continue
        kind = line[1:2]
        if kind in ("L", "M"):
            n_load += 1
        if kind in ("S", "M"):
            addr, size = line[3:].split(",")
            stores.append((int(addr, 16), int(size), pc))

    # The first store of a run is the return address of its call into
    # pyr::execute: the stack lies below it, and the driver's frame (which
    # holds the returned string) just above.
    stack_top = stores[0][0] + 4096 if stores else 0

    def where(addr):
        return "stack" if stack_top - (1 << 20) < addr <= stack_top else "heap"

    kinds = collections.Counter()
    st_fn = collections.Counter()
    cyc_fn = collections.Counter()
    for addr, _, pc in stores:
        m = insns.get(pc, ("?", ""))[0]
        kinds[m if m in ("push", "call") else where(addr)] += 1
    # Commit model: two stores in a cycle when the second one falls in the
    # same 64-byte line as the first, else one.
    cycles = 0
    i = 0
    while i < len(stores):
        a, s, pc = stores[i]
        cycles += 1
        cyc_fn[function(pc)] += 1
        st_fn[function(pc)] += 1
        if i + 1 < len(stores):
            b, t, pc2 = stores[i + 1]
            if a // 64 == b // 64 == (b + t - 1) // 64:
                st_fn[function(pc2)] += 1
                i += 2
                continue
        i += 1

    print("run %d of %d of pyr::execute(%r) (store-trace-driver, valgrind lackey)"
          % (args.run, args.runs, args.source))
    print("instructions %d  loads %d  stores %d  (push %d, call %d, "
          "other stack %d, heap %d)"
          % (n_insn, n_load, len(stores), kinds["push"], kinds["call"],
             kinds["stack"], kinds["heap"]))
    print("store-commit model: %d cycles (two stores per cycle when "
          "consecutive stores share a 64-byte line, else one)" % cycles)
    print("%7s %7s %7s  %s" % ("stores", "cycles", "instrs", "function"))
    for fn, n in st_fn.most_common():
        print("%7d %7d %7d  %s" % (n, cyc_fn[fn], per_fn[fn], fn[:90]))
    if args.list:
        pcs = sorted({pc for _, _, pc in stores})
        out = subprocess.run(["addr2line", "-C", "-f", "-e", driver]
                             + ["%x" % pc for pc in pcs],
                             capture_output=True, text=True).stdout.splitlines()
        src = {pc: os.path.basename(out[2 * k + 1]) for k, pc in enumerate(pcs)
               if 2 * k + 1 < len(out)}
        print()
        for addr, size, pc in stores:
            m, ops = insns.get(pc, ("?", ""))
            print("%-5s %2d  %-7s %-36s %-40s %s"
                  % (where(addr), size, m, ops[:36], function(pc)[:40],
                     src.get(pc, "")))


if __name__ == "__main__":
    main()
