#!/bin/sh
# Stands in for pyr-run in difftest.test: a file marked "FAKE: wrong-output"
# prints the wrong thing, "FAKE: crash" dies of SIGSEGV, "FAKE:
# internal-error" prints an LLVM fatal error, "FAKE: hang" sleeps; any
# other file goes to the real pyr-run (found on PATH).
if grep -q 'FAKE: wrong-output' "$1"; then
  echo wrong
  exit 0
fi
if grep -q 'FAKE: crash' "$1"; then
  kill -SEGV $$
fi
if grep -q 'FAKE: internal-error' "$1"; then
  echo 'LLVM ERROR: something inside broke' >&2
  exit 1
fi
if grep -q 'FAKE: hang' "$1"; then
  exec sleep 30
fi
exec pyr-run "$@"
