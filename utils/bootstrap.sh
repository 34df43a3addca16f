#!/usr/bin/env bash
# Set up pyr on a fresh Debian 12 machine: install the Debian packages it
# needs (only those missing), configure and build into build/, then run an
# example program. Usage: utils/bootstrap.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build}

PACKAGES=(
  cmake ninja-build g++ python3          # build tools; python3 runs lit
  llvm-14-dev llvm-14-tools              # LLVM Support/ADT, lit, FileCheck
  zlib1g-dev libncurses-dev              # static deps of libLLVMSupport.a
  libgtest-dev libbenchmark-dev          # unit tests and benchmarks
  libgmp-dev                             # big integers
  libpython3.11-dev                      # the embedded CPython baseline
  hyperfine                              # process start-up timing
  valgrind                               # utils/store-profile.py and its test
)
missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -G Ninja -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release
ninja -C "$BUILD_DIR"

echo "bootstrap: running examples/fib.py"
"$BUILD_DIR"/bin/pyr-run examples/fib.py
