//===- VMBench.cpp - Execution-only benchmarks ----------------------------===//
//
// Programs are compiled once outside the timed loop; each iteration runs
// the compiled Program on a reused Interpreter.
//
//===----------------------------------------------------------------------===//

#include "BenchUtil.h"
#include "pyr/Compile/Compiler.h"
#include "pyr/Parse/Parser.h"
#include "pyr/VM/Interpreter.h"
#include "llvm/Support/raw_ostream.h"
#include <benchmark/benchmark.h>

using namespace pyr;

static void runVM(benchmark::State &State, const char *Src,
                  const char *Expected) {
  ASTContext Ctx;
  TokenBuffer Toks;
  auto M = parseModule(Src, Ctx, Toks);
  Program P;
  CompileOptions Opts;
  Opts.ReturnTrailingExpr = true;
  if (!M || compileModule(*M, P, Opts)) {
    State.SkipWithError("cannot compile the benchmark program");
    return;
  }
  Interpreter Interp;
  std::string Out, Result;
  llvm::raw_string_ostream OS(Out);
  for (auto _ : State) {
    Result.clear();
    if (llvm::Error E = Interp.run(P, OS, &Result)) {
      State.SkipWithError(llvm::toString(std::move(E)).c_str());
      break;
    }
    benchmark::DoNotOptimize(Result.data());
  }
  if (Result != Expected)
    State.SkipWithError(("wrong result: " + Result).c_str());
}

static void vm_simple(benchmark::State &State) {
  runVM(State, bench::simpleSource(), "5");
}
BENCHMARK(vm_simple);

static void vm_fib(benchmark::State &State) {
  runVM(State,
        "def fib(n):\n"
        "    if n < 2:\n"
        "        return n\n"
        "    return fib(n - 1) + fib(n - 2)\n"
        "fib(20)\n",
        "6765");
}
BENCHMARK(vm_fib)->Unit(benchmark::kMicrosecond);

static void vm_loop(benchmark::State &State) {
  runVM(State,
        "i = 0\n"
        "total = 0\n"
        "while i < 1000000:\n"
        "    total = total + i * 2 - 1\n"
        "    i = i + 1\n"
        "total\n",
        "999998000000");
}
BENCHMARK(vm_loop)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
