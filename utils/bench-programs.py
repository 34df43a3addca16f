#!/usr/bin/env python3
"""Whole-program and process-start figures (reported, not gated).

Times every program in benchmarks/programs/ (except hello.py) under pyr-run
and under /usr/bin/python3 (CPython 3.11), plus any newer CPython found
under $(pyenv root)/versions/3.12* and 3.13*; checks that all outputs are
identical; reports the per-program ratio python_time / pyr_time and the
geometric mean. Then times process start-up for hello.py against
`/usr/bin/python3 -S -E hello.py` and /bin/true, with hyperfine when it is
installed. Writes BUILD/bench/programs.json for check-bench --update-doc.

Standard library only.
"""
import argparse
import glob
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def time_run(cmd, runs):
    times, out = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - t0)
        if p.returncode != 0:
            raise RuntimeError("%s failed: %s" % (" ".join(cmd), p.stderr.decode()[-500:]))
        out = p.stdout
    return statistics.median(times) * 1e9, out


def newer_pythons():
    root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    found = {}
    for minor in ("3.12", "3.13"):
        cands = sorted(glob.glob(os.path.join(root, "versions", minor + "*", "bin", "python" + minor)))
        if cands:
            found["CPython " + minor] = cands[-1]
    return found


def process_start(pyr, hello):
    cmds = {"/bin/true": ["/bin/true"],
            "pyr-run hello.py": [pyr, hello],
            "python3 -S -E hello.py": ["/usr/bin/python3", "-S", "-E", hello]}
    hf = shutil.which("hyperfine")
    means = {}
    if hf:
        out = os.path.join(os.path.dirname(pyr), "..", "bench", "hyperfine.json")
        args = [hf, "-N", "--warmup", "20", "--runs", "300", "--export-json", out]
        for c in cmds.values():
            args.append(" ".join(c))
        subprocess.run(args, stdout=subprocess.DEVNULL, check=True)
        with open(out) as f:
            res = json.load(f)["results"]
        for name, r in zip(cmds, res):
            means[name] = r["mean"] * 1e9
        return {"tool": "hyperfine (300 runs, 20 warm-up)", "means": means}
    for name, c in cmds.items():
        ts = []
        for _ in range(300):
            t0 = time.perf_counter()
            subprocess.run(c, stdout=subprocess.DEVNULL)
            ts.append(time.perf_counter() - t0)
        means[name] = statistics.mean(ts) * 1e9
    return {"tool": "a Python subprocess loop (300 runs; hyperfine not installed)", "means": means}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build-dir", default=os.path.join(ROOT, "build"))
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    build = os.path.abspath(args.build_dir)
    pyr = os.path.join(build, "bin", "pyr-run")
    progs_dir = os.path.join(ROOT, "benchmarks", "programs")
    others = newer_pythons()
    rows = []
    ok = True
    for path in sorted(glob.glob(os.path.join(progs_dir, "*.py"))):
        name = os.path.basename(path)
        if name == "hello.py":
            continue
        pyr_ns, pyr_out = time_run([pyr, path], args.runs)
        py_ns, py_out = time_run(["/usr/bin/python3", "-S", "-E", path], args.runs)
        row = {"name": name, "pyr_ns": pyr_ns, "python_ns": py_ns,
               "ratio": py_ns / pyr_ns, "others": {}}
        if pyr_out != py_out:
            print("bench-programs: OUTPUT MISMATCH for %s" % name)
            ok = False
        for label, exe in others.items():
            ns, out = time_run([exe, "-S", "-E", path], args.runs)
            if out != pyr_out:
                print("bench-programs: OUTPUT MISMATCH for %s under %s" % (name, label))
                ok = False
            row["others"][label] = {"ns": ns, "ratio": ns / pyr_ns}
        rows.append(row)
        extra = "".join("  %s %.2fx" % (l, v["ratio"]) for l, v in row["others"].items())
        print("%-18s pyr %8.1f ms  python3.11 %8.1f ms  ratio %5.2fx%s" % (
            name, pyr_ns / 1e6, py_ns / 1e6, row["ratio"], extra))
    geo = math.exp(sum(math.log(r["ratio"]) for r in rows) / len(rows))
    other_geo = {l: math.exp(sum(math.log(r["others"][l]["ratio"]) for r in rows) / len(rows))
                 for l in others}
    print("geometric mean ratio vs CPython 3.11: %.2fx" % geo)
    proc = process_start(pyr, os.path.join(progs_dir, "hello.py"))
    for name, ns in proc["means"].items():
        print("process start %-24s %8.2f ms  (%.2fx /bin/true)" % (
            name, ns / 1e6, ns / proc["means"]["/bin/true"]))
    os.makedirs(os.path.join(build, "bench"), exist_ok=True)
    with open(os.path.join(build, "bench", "programs.json"), "w") as f:
        json.dump({"runs": args.runs, "programs": rows, "geomean": geo,
                   "other_pythons": list(others), "other_geomeans": other_geo,
                   "process": proc, "outputs_identical": ok}, f, indent=1)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
