//===- Generators.cpp - The generator type --------------------------------===//
//
// A generator is a suspended frame: its registers live in the object while
// it is not running and on the register stack while it is
// (VM::resumeGenerator). Iterating one runs its code up to the next Yield.
//
//===----------------------------------------------------------------------===//

#include "VM.h"
#include <cstdio>

using namespace pyr;

static const CodeObject &codeOf(const GeneratorObject *G) {
  return *static_cast<const FunctionObject *>(G->Fn.O)->LC->Code;
}

static void reprGenerator(Value V, std::string &Out) {
  auto *G = static_cast<GeneratorObject *>(V.O);
  char Buf[32];
  snprintf(Buf, sizeof(Buf), "%p", static_cast<void *>(G));
  Out += "<generator object ";
  Out += codeOf(G).qualName();
  Out += " at ";
  Out += Buf;
  Out += '>';
}

static void traceGenerator(Object *O, VM &M) {
  auto *G = static_cast<GeneratorObject *>(O);
  M.markValue(G->Fn);
  // While it runs, its registers are on the stack, which is a root; the
  // copies here are stale but still valid values.
  for (uint32_t I = 0, N = codeOf(G).NumRegs; I < N; ++I)
    M.markValue(G->Regs[I]);
}

static size_t sizeGenerator(const Object *O) {
  auto *G = static_cast<const GeneratorObject *>(O);
  uint32_t N = codeOf(G).NumRegs;
  return sizeof(GeneratorObject) + (N ? N - 1 : 0) * sizeof(Value);
}

static bool iterGenerator(VM &, Value V, Value &It) {
  It = V;
  return true;
}

static int nextGenerator(VM &M, Object *O, Value &Item) {
  return M.resumeGenerator(static_cast<GeneratorObject *>(O), Item);
}

const TypeObject pyr::types::Generator{
    "generator",  nullptr,       reprGenerator, nullptr, traceGenerator,
    nullptr,      sizeGenerator, nullptr,       0,       iterGenerator,
    nextGenerator};
