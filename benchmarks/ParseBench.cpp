//===- ParseBench.cpp - Parser benchmarks ---------------------------------===//
//
// The parser consumes a pre-made token array, so these measure parsing
// only: tokens are produced once outside the timed loop.
//
//===----------------------------------------------------------------------===//

#include "BenchUtil.h"
#include "pyr/Lex/Lexer.h"
#include "pyr/Parse/Parser.h"
#include <benchmark/benchmark.h>

using namespace pyr;

static void runParser(benchmark::State &State, const std::string &Src) {
  TokenBuffer Toks;
  if (llvm::Error E = lex(Src, Toks)) {
    State.SkipWithError(llvm::toString(std::move(E)).c_str());
    return;
  }
  ASTContext Ctx;
  for (auto _ : State) {
    Ctx.reset();
    auto M = parseTokens(Src, Toks, Ctx);
    if (!M) {
      State.SkipWithError(llvm::toString(M.takeError()).c_str());
      break;
    }
    benchmark::DoNotOptimize(*M);
  }
  State.SetBytesProcessed(int64_t(State.iterations()) * int64_t(Src.size()));
}

static void parser_simple(benchmark::State &State) {
  runParser(State, bench::simpleSource());
}
BENCHMARK(parser_simple);

static void parser_large(benchmark::State &State) {
  runParser(State, bench::largeProgram());
}
BENCHMARK(parser_large)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
