//===- CompileBench.cpp - AST to bytecode benchmarks ----------------------===//

#include "BenchUtil.h"
#include "pyr/Compile/Compiler.h"
#include "pyr/Parse/Parser.h"
#include <benchmark/benchmark.h>

using namespace pyr;

static void runCompiler(benchmark::State &State, const std::string &Src,
                        bool Trailing) {
  ASTContext Ctx;
  TokenBuffer Toks;
  auto M = parseModule(Src, Ctx, Toks);
  if (!M) {
    State.SkipWithError(llvm::toString(M.takeError()).c_str());
    return;
  }
  // A reused compiler and program, as the Interpreter compiles.
  ModuleCompiler Compiler;
  Program P;
  CompileOptions Opts;
  Opts.ReturnTrailingExpr = Trailing;
  for (auto _ : State) {
    if (llvm::Error E = Compiler.compile(*M, P, Opts)) {
      State.SkipWithError(llvm::toString(std::move(E)).c_str());
      break;
    }
    benchmark::DoNotOptimize(P.Module.Code.data());
  }
  State.SetBytesProcessed(int64_t(State.iterations()) * int64_t(Src.size()));
}

static void compiler_simple(benchmark::State &State) {
  runCompiler(State, bench::simpleSource(), true);
}
BENCHMARK(compiler_simple);

static void compiler_large(benchmark::State &State) {
  runCompiler(State, bench::largeProgram(), false);
}
BENCHMARK(compiler_large)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
