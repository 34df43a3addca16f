#!/usr/bin/python3
"""Usage: max-rss.py MB CMD... -- run CMD (stdout discarded) and fail if it
exits non-zero or its peak resident set exceeds MB megabytes. In sanitizer
builds AddressSanitizer's quarantine of freed memory is kept small, so that
what is measured is what the program keeps."""
import os
import resource
import subprocess
import sys

limit = int(sys.argv[1])
env = dict(os.environ)
env["ASAN_OPTIONS"] = ":".join(
    filter(None, [env.get("ASAN_OPTIONS", ""), "quarantine_size_mb=16"]))
p = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, env=env)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
if p.returncode != 0 or peak > limit:
    sys.exit("exit status %d, peak RSS %d MB (limit %d MB)" %
             (p.returncode, peak, limit))
