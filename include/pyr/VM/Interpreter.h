//===- Interpreter.h - Running pyr programs ---------------------*- C++ -*-===//
//
// The public face of pyr: run a compiled Program, or take Python source all
// the way to its output with pyr::execute. An Interpreter keeps its token,
// syntax-tree, bytecode and register buffers between runs, so executing
// many small programs on one object allocates (almost) nothing.
//
//===----------------------------------------------------------------------===//

#ifndef PYR_VM_INTERPRETER_H
#define PYR_VM_INTERPRETER_H

#include "pyr/Compile/Bytecode.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>

namespace llvm {
class raw_ostream;
}

namespace pyr {

class VM;

/// A Python exception that ended a run. message() is the last traceback
/// line, e.g. "ZeroDivisionError: division by zero".
class RuntimeError : public llvm::ErrorInfo<RuntimeError> {
public:
  static char ID;
  RuntimeError(std::string Type, std::string Msg, std::string Traceback)
      : Type(std::move(Type)), Msg(std::move(Msg)),
        Traceback(std::move(Traceback)) {}
  /// "Type: Msg", the exception as str() would show it.
  void log(llvm::raw_ostream &OS) const override;
  /// The whole report CPython prints for an uncaught exception: the
  /// traceback, the exception, and a "Did you mean" suggestion if any.
  void display(llvm::raw_ostream &OS) const;
  std::error_code convertToErrorCode() const override;

  std::string Type, Msg;
  /// "Traceback (most recent call last):" and its frame lines, without the
  /// final exception line.
  std::string Traceback;
  /// For a NameError, the bound name CPython would suggest instead, if any.
  std::string Suggestion;
};

/// One-shot execution through a per-thread reusable Interpreter.
/// (Declared before Interpreter, which befriends it.)
llvm::Expected<std::string> execute(llvm::StringRef Source);

class Interpreter {
public:
  Interpreter();
  ~Interpreter();
  Interpreter(const Interpreter &) = delete;
  Interpreter &operator=(const Interpreter &) = delete;

  /// Name and text of the source a program was compiled from, used to show
  /// source lines in tracebacks. Both must outlive the runs.
  void setSource(llvm::StringRef FileName, llvm::StringRef Source);

  /// Collect garbage at every point where the VM may (for testing that
  /// every value in use is reachable by the collector); very slow.
  void setGCStress(bool On);

  /// Run \p P, writing what it prints to \p Out. If \p ResultRepr is given
  /// it receives repr() of the module's return value unless that is None.
  llvm::Error run(const Program &P, llvm::raw_ostream &Out,
                  std::string *ResultRepr = nullptr);

  /// Lex, parse, compile and run \p Source. Returns what it printed followed
  /// by repr() of a trailing expression statement's value (if not None).
  llvm::Expected<std::string> execute(llvm::StringRef Source);

private:
  struct Pipeline;
  std::unique_ptr<VM> Impl;
  std::unique_ptr<Pipeline> Pipe;

  /// execute(), inlined into it and into pyr::execute: a call between the
  /// two costs a return address, a saved register and a frame.
  llvm::Expected<std::string> executeInline(llvm::StringRef Source);
  friend llvm::Expected<std::string> pyr::execute(llvm::StringRef Source);
};

/// How CPython names a script run from \p Path in tracebacks: its absolute
/// path, the current directory joined to Path as given (not normalised).
std::string scriptTracebackName(llvm::StringRef Path);

} // namespace pyr

#endif
