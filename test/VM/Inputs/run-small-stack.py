"""Runs a command with a 1 MiB native stack limit and prints the last line
of its stderr and its exit status: a crash shows as a negative status."""
import resource
import subprocess
import sys

def small_stack():
    resource.setrlimit(resource.RLIMIT_STACK, (1 << 20, 1 << 20))

p = subprocess.run(sys.argv[1:], preexec_fn=small_stack, capture_output=True,
                   text=True, timeout=120)
lines = p.stderr.strip().splitlines()
print(lines[-1] if lines else "")
print("exit:", p.returncode)
