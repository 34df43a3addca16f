//===- CPythonBench.cpp - The CPython 3.11 baseline -----------------------===//
//
// CPython embedded through libpython3.11: the interpreter is initialised
// once; each iteration compiles "2 + 3" in eval mode and evaluates it, the
// same work cold_start_simple does in pyr.
//
//===----------------------------------------------------------------------===//

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "BenchUtil.h"
#include <benchmark/benchmark.h>

static void cpython_pure_simple(benchmark::State &State) {
  PyObject *Globals = PyDict_New();
  PyDict_SetItemString(Globals, "__builtins__", PyEval_GetBuiltins());
  for (auto _ : State) {
    PyObject *Code =
        Py_CompileString(pyr::bench::simpleSource(), "<string>", Py_eval_input);
    PyObject *Result = Code ? PyEval_EvalCode(Code, Globals, Globals) : nullptr;
    if (!Result || PyLong_AsLong(Result) != 5) {
      State.SkipWithError("CPython failed to evaluate 2 + 3");
      break;
    }
    benchmark::DoNotOptimize(Result);
    Py_DECREF(Result);
    Py_DECREF(Code);
  }
  Py_DECREF(Globals);
}
BENCHMARK(cpython_pure_simple);

int main(int argc, char **argv) {
  Py_InitializeEx(0);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv))
    return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  Py_FinalizeEx();
  return 0;
}
