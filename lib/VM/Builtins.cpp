//===- Builtins.cpp - Built-in functions ----------------------------------===//

#include "VM.h"
#include "llvm/Support/raw_ostream.h"

using namespace pyr;

/// print(*args): str() of each argument, separated by spaces, then newline.
bool pyr::builtin_print(VM &M, Value *Args, unsigned N, Value &Result) {
  std::string &Buf = M.Scratch;
  Buf.clear();
  for (unsigned I = 0; I < N; ++I) {
    if (I)
      Buf += ' ';
    appendStr(Args[I], Buf);
  }
  Buf += '\n';
  *M.Out << Buf;
  Result = Value::none();
  return true;
}
