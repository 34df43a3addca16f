"""Makes a pyr tool crash on purpose (SIGABRT while it waits for input) and
prints what it wrote to stderr, so that the crash report can be checked."""
import signal
import subprocess
import sys
import time

proc = subprocess.Popen(sys.argv[1:], stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
# Wait until it sleeps in the read, with its signal handlers installed.
deadline = time.time() + 30
while time.time() < deadline:
    time.sleep(0.05)
    with open("/proc/%d/stat" % proc.pid) as f:
        if f.read().rsplit(")", 1)[1].split()[0] == "S":
            break
proc.send_signal(signal.SIGABRT)
_, err = proc.communicate(timeout=60)
sys.stdout.write(err.decode("utf-8", "replace"))
