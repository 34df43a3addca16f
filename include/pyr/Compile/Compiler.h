//===- Compiler.h - Syntax tree to register bytecode ------------*- C++ -*-===//
//
// Lowers a parsed module to a Program. Scoping follows CPython: names
// assigned in a function are its locals (one register each) unless declared
// global; everything else resolves to module globals, then builtins.
// Valid Python that pyr cannot run yet is refused with a SyntaxError-class
// diagnostic "... is not supported yet", never compiled to something wrong.
//
//===----------------------------------------------------------------------===//

#ifndef PYR_COMPILE_COMPILER_H
#define PYR_COMPILE_COMPILER_H

#include "pyr/Compile/Bytecode.h"
#include "pyr/Parse/AST.h"
#include "llvm/Support/Error.h"
#include <memory>

namespace pyr {

struct CompileOptions {
  /// Make the module return the value of a trailing expression statement
  /// (used by pyr::execute to report "2 + 3" as "5"); otherwise the module
  /// returns None.
  bool ReturnTrailingExpr = false;
};

/// Compile \p M into \p Out (cleared first; its buffers are reused).
llvm::Error compileModule(const ModuleStmt *M, Program &Out,
                          const CompileOptions &Opts = {});

/// A compiler for many modules in turn: it keeps its working tables (name
/// and constant maps, the module scope) between compilations instead of
/// building and freeing them for each, which dominates compiling a small
/// module. Same results as compileModule.
class ModuleCompiler {
public:
  ModuleCompiler();
  ~ModuleCompiler();
  ModuleCompiler(const ModuleCompiler &) = delete;
  ModuleCompiler &operator=(const ModuleCompiler &) = delete;

  llvm::Error compile(const ModuleStmt *M, Program &Out,
                      const CompileOptions &Opts = {});

  struct Tables;

private:
  std::unique_ptr<Tables> T;
};

} // namespace pyr

#endif
