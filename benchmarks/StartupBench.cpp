//===- StartupBench.cpp - End-to-end, in-process --------------------------===//

#include "BenchUtil.h"
#include "pyr/VM/Interpreter.h"
#include <benchmark/benchmark.h>

using namespace pyr;

/// The public one-shot API: source string to result string.
static void cold_start_simple(benchmark::State &State) {
  for (auto _ : State) {
    auto R = pyr::execute(bench::simpleSource());
    if (!R) {
      State.SkipWithError(llvm::toString(R.takeError()).c_str());
      break;
    }
    benchmark::DoNotOptimize(R->data());
  }
}
BENCHMARK(cold_start_simple);

/// The same source again and again on one explicitly reused Interpreter.
static void cached_simple(benchmark::State &State) {
  Interpreter Interp;
  for (auto _ : State) {
    auto R = Interp.execute(bench::simpleSource());
    if (!R) {
      State.SkipWithError(llvm::toString(R.takeError()).c_str());
      break;
    }
    benchmark::DoNotOptimize(R->data());
  }
}
BENCHMARK(cached_simple);

BENCHMARK_MAIN();
