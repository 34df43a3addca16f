//===- LexBench.cpp - Tokenizer benchmarks --------------------------------===//

#include "BenchUtil.h"
#include "pyr/Lex/Lexer.h"
#include <benchmark/benchmark.h>

using namespace pyr;

static void lexer_simple(benchmark::State &State) {
  TokenBuffer Toks;
  for (auto _ : State) {
    llvm::Error E = lex(bench::simpleSource(), Toks);
    if (E) {
      State.SkipWithError(llvm::toString(std::move(E)).c_str());
      break;
    }
    benchmark::DoNotOptimize(Toks.data());
  }
}
BENCHMARK(lexer_simple);

static void lexer_large(benchmark::State &State) {
  std::string Src = bench::largeProgram();
  TokenBuffer Toks;
  for (auto _ : State) {
    llvm::Error E = lex(Src, Toks);
    if (E) {
      State.SkipWithError(llvm::toString(std::move(E)).c_str());
      break;
    }
    benchmark::DoNotOptimize(Toks.data());
  }
  State.SetBytesProcessed(int64_t(State.iterations()) * int64_t(Src.size()));
  State.counters["tokens"] = double(Toks.size());
}
BENCHMARK(lexer_large)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
