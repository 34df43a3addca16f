#!/usr/bin/env python3
"""Runs a command and checks its peak resident set size.

Usage: peak-rss.py MAX_MIB COMMAND [ARG...]

Prints the command's stdout, then "peak RSS within MAX_MIB MiB" or "peak
RSS N MiB exceeds MAX_MIB MiB"; exits with the command's status, or 1 if
the bound was exceeded or could not be read.

The peak is the kernel's VmHWM of the running command, read from
/proc/PID/status every few milliseconds. (getrusage of a child is no good
here: a child forked from this Python process starts out with Python's
memory counted in its peak.) Standard library only, Linux only."""
import subprocess
import sys
import time


def hwm_kib(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def main():
    limit = int(sys.argv[1])
    proc = subprocess.Popen(sys.argv[2:], stdout=subprocess.PIPE)
    peak = None
    # Until the command exits; its output is small, so the pipe does not
    # fill up.
    while proc.poll() is None:
        kib = hwm_kib(proc.pid)
        if kib is not None:
            peak = max(peak or 0, kib)
        time.sleep(0.005)
    sys.stdout.buffer.write(proc.stdout.read())
    if peak is None:
        print("peak RSS could not be read")
        return 1
    if peak / 1024 > limit:
        print("peak RSS %.1f MiB exceeds %d MiB" % (peak / 1024, limit))
        return 1
    print("peak RSS within %d MiB" % limit)
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
