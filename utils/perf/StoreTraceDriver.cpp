//===- StoreTraceDriver.cpp - Repeated pyr::execute for tracing -----------===//
//
// Runs pyr::execute(SOURCE) RUNS times (default "2 + 3", 40 times), and
// calls pyr_trace_marker(I) before run I and pyr_trace_marker(RUNS) after
// the last, so that utils/store-profile.py can find where each run starts
// in an instruction trace. Not a benchmark: it measures nothing itself.
//
//===----------------------------------------------------------------------===//

#include "pyr/VM/Interpreter.h"
#include "llvm/Support/Error.h"
#include <cstdio>
#include <cstdlib>

extern "C" __attribute__((noinline)) void pyr_trace_marker(int I) {
  // Keeps the call and its argument: the marker is found by its address.
  asm volatile("" ::"r"(I) : "memory");
}

int main(int argc, char **argv) {
  const char *Source = argc > 1 ? argv[1] : "2 + 3";
  int Runs = argc > 2 ? std::atoi(argv[2]) : 40;
  size_t Bytes = 0;
  for (int I = 0; I < Runs; ++I) {
    pyr_trace_marker(I);
    auto R = pyr::execute(Source);
    if (!R) {
      std::fprintf(stderr, "store-trace-driver: %s\n",
                   llvm::toString(R.takeError()).c_str());
      return 1;
    }
    Bytes += R->size();
  }
  pyr_trace_marker(Runs);
  std::printf("%d runs, %zu result bytes\n", Runs, Bytes);
  return 0;
}
