#!/usr/bin/python3
"""Usage: max-rss.py MB CMD... -- run CMD (stdout discarded) and fail if it
exits non-zero or its peak resident set exceeds MB megabytes."""
import resource
import subprocess
import sys

limit = int(sys.argv[1])
p = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
if p.returncode != 0 or peak > limit:
    sys.exit("exit status %d, peak RSS %d MB (limit %d MB)" %
             (p.returncode, peak, limit))
