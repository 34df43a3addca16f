//===- Bytecode.h - Register bytecode and code objects ----------*- C++ -*-===//
//
// What the compiler produces and the interpreter runs: a Program is the
// module's code object (functions nest inside it as child code objects)
// plus the module-wide table of global names that LoadGlobal/StoreGlobal
// index. Everything here is plain data, independent of the VM's values.
//
//===----------------------------------------------------------------------===//

#ifndef PYR_COMPILE_BYTECODE_H
#define PYR_COMPILE_BYTECODE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/SwapByteOrder.h"
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace llvm {
class raw_ostream;
}

namespace pyr {

enum class Opcode : uint8_t {
#define OPCODE(Name, A, B, C) Name,
#include "pyr/Compile/Opcodes.def"
  NumOpcodes
};

enum class OperandKind : uint8_t { N, R, L, Cnt, K, G, F, J, I, S, T, X };

const char *getOpcodeName(Opcode Op);
/// Operand kinds of A, B and C for \p Op.
void getOperandKinds(Opcode Op, OperandKind Kinds[3]);

/// The in-place form of a binary opcode (Add -> IAdd, AddI -> IAddI), for
/// augmented assignment; \p Op itself if it has none.
inline Opcode getInPlaceOpcode(Opcode Op) {
  switch (Op) {
#define INPLACE_OPCODE(Plain, A, B, C)                                         \
  case Opcode::Plain:                                                          \
    return Opcode::I##Plain;
#include "pyr/Compile/Opcodes.def"
  default:
    return Op;
  }
}

/// The plain opcode an in-place one computes (IAdd -> Add); \p Op itself
/// if it is not in-place.
inline Opcode getPlainOpcode(Opcode Op) {
  switch (Op) {
#define INPLACE_OPCODE(Plain, A, B, C)                                         \
  case Opcode::I##Plain:                                                       \
    return Opcode::Plain;
#include "pyr/Compile/Opcodes.def"
  default:
    return Op;
  }
}

/// The compare-and-branch opcodes (Test*): the ones whose C operand is a
/// branch sense. Each must be followed by the Jump it takes or skips.
inline bool isCompareAndBranch(Opcode Op) {
  switch (Op) {
#define OPCODE(Name, A, B, C)                                                  \
  case Opcode::Name:                                                           \
    return OperandKind::C == OperandKind::T;
#include "pyr/Compile/Opcodes.def"
  default:
    return false;
  }
}

/// One 64-bit instruction.
struct Instr {
  Opcode Op;
  uint8_t Reserved = 0;
  uint16_t A = 0, B = 0, C = 0;

  uint32_t bx() const { return uint32_t(B) | (uint32_t(C) << 16); }
  int32_t sbx() const { return static_cast<int32_t>(bx()); }
  static Instr makeABC(Opcode Op, unsigned A, unsigned B = 0, unsigned C = 0) {
    return Instr{Op, 0, uint16_t(A), uint16_t(B), uint16_t(C)};
  }
  static Instr makeABx(Opcode Op, unsigned A, uint32_t Bx) {
    // On a little-endian host B and C are Bx's two halves as they lie in
    // memory: one 64-bit word, where the compiler split Bx and rejoined it.
    if constexpr (!llvm::sys::IsBigEndianHost) {
      uint64_t W =
          uint64_t(Op) | uint64_t(uint16_t(A)) << 16 | uint64_t(Bx) << 32;
      Instr I;
      std::memcpy(static_cast<void *>(&I), &W, sizeof(I));
      return I;
    }
    return Instr{Op, 0, uint16_t(A), uint16_t(Bx & 0xFFFF), uint16_t(Bx >> 16)};
  }
};
static_assert(sizeof(Instr) == 8, "instructions are 64 bits");

/// Hard limits of the encoding.
constexpr unsigned MaxRegisters = 65535;
constexpr unsigned MaxCodeDepth = 200;

/// A compile-time constant. A BigInt is an int literal beyond int64, held
/// in S as its value in lowercase hex: an optional '-', then digits without
/// leading zeros.
struct Constant {
  enum Kind : uint8_t { None, True, False, Int, Float, Str, BigInt, Bytes };
  Kind K = None;
  int64_t I = 0;
  double F = 0;
  std::string S;
};

struct CodeObject {
  std::string Name; ///< "<module>" or the function's name.
  /// The dotted path CPython calls __qualname__ ("outer.<locals>.inner"),
  /// shown by repr() and argument errors. Empty means the same as Name.
  std::string QualName;
  uint32_t FirstLine = 1;
  /// Positional parameters occupy registers [0, NumParams); the first
  /// NumPosOnly of them cannot be passed by keyword.
  uint32_t NumParams = 0;
  uint32_t NumPosOnly = 0;
  /// Keyword-only parameters follow, in [NumParams, NumParams + NumKwOnly).
  uint32_t NumKwOnly = 0;
  /// A *args parameter takes the next register (a tuple of the extra
  /// positional arguments), then a **kwargs parameter the one after (a
  /// dict of the extra keyword arguments).
  bool HasVarArgs = false;
  bool HasVarKw = false;
  /// The last NumDefaults positional parameters have default values, which
  /// the function object holds, followed by a default for each keyword-only
  /// parameter (unbound when it has none).
  uint32_t NumDefaults = 0;
  /// A generator function's code: calling it makes a generator that runs
  /// this code as it is iterated (a generator expression's is one).
  bool IsGenerator = false;
  uint32_t NumLocals = 0; ///< Local variables occupy [0, NumLocals).
  uint32_t NumRegs = 0;   ///< Frame size, locals plus temporaries.
  std::vector<std::string> LocalNames; ///< NumLocals entries.
  /// Variables of enclosing functions this code reads or writes through
  /// closure cells. CopyFree puts the cells in registers
  /// [NumLocals, NumLocals + FreeNames.size()).
  std::vector<std::string> FreeNames;
  std::vector<Constant> Consts;
  std::vector<Instr> Code;
  std::vector<uint32_t> Lines; ///< Source line of each instruction.
  std::vector<std::unique_ptr<CodeObject>> Children;

  llvm::StringRef qualName() const {
    return QualName.empty() ? Name : QualName;
  }
  uint32_t numFree() const { return static_cast<uint32_t>(FreeNames.size()); }
  /// The registers a call binds: parameters, then *args and **kwargs.
  uint32_t numArgRegs() const {
    return NumParams + NumKwOnly + HasVarArgs + HasVarKw;
  }
  /// Values a function of this code holds: defaults, keyword-only
  /// defaults, then cells.
  uint32_t numFunctionExtras() const {
    return NumDefaults + NumKwOnly + numFree();
  }

  /// Empty it for reuse, keeping the buffers. Name is left for the
  /// compiler to overwrite: most programs are compiled into a reused
  /// Program whose module is always "<module>". Inline: clearing the
  /// usually empty tables costs less than the call.
  void clear() {
    FirstLine = 1;
    NumParams = NumPosOnly = NumKwOnly = NumDefaults = NumLocals = NumRegs = 0;
    IsGenerator = false;
    HasVarArgs = HasVarKw = false;
    QualName.clear();
    LocalNames.clear();
    FreeNames.clear();
    Consts.clear();
    Code.clear();
    Lines.clear();
    Children.clear();
  }
};

struct Program {
  std::vector<std::string> GlobalNames;
  CodeObject Module;
  /// Set by the compiler when the module it compiled holds nothing but
  /// Module.Code, Module.Lines and Module.NumRegs, everything else being as
  /// clear() leaves it and Module.Name "<module>" (an expression like
  /// "2 + 3"): compiling into it again then clears only those, not every
  /// table. Whoever changes anything else in a compiled Program must reset
  /// it (readBytecode does).
  bool CodeOnly = false;

  /// Empties every part; leaves CodeOnly (a CodeOnly program stays one).
  void clear() {
    GlobalNames.clear();
    Module.clear();
  }
};

/// \p Digits (a non-negative number in base \p From, 2 to 36, without
/// sign, prefix or '_') written in base \p To, lowercase, without leading
/// zeros.
std::string convertDigits(llvm::StringRef Digits, unsigned From, unsigned To);

/// Whether \p S is a BigInt constant's text: an optional '-', then
/// lowercase hex digits without leading zeros, of a value beyond int64.
bool isValidBigIntConstant(llvm::StringRef S);

/// Print a readable listing of every code object (see docs/pyr-compile.md).
void disassemble(const Program &P, llvm::raw_ostream &OS);

/// Check every invariant the interpreter relies on: operand ranges, jump
/// targets, constant kinds, table sizes, and that control cannot run off the
/// end of a code object.
llvm::Error verifyProgram(const Program &P);

/// Bytecode files: magic "PYRC", a format version, then the program.
constexpr char BytecodeMagic[4] = {'P', 'Y', 'R', 'C'};
constexpr uint16_t BytecodeVersion = 6;
/// Bits of a code object's flags byte.
constexpr uint8_t CodeFlagGenerator = 1;
constexpr uint8_t CodeFlagVarArgs = 2;
constexpr uint8_t CodeFlagVarKw = 4;

bool isBytecodeFile(llvm::StringRef Data);
void writeBytecode(const Program &P, llvm::raw_ostream &OS);
/// Parse and verify a bytecode file. Never trusts a count or index.
llvm::Error readBytecode(llvm::StringRef Data, Program &Out);

} // namespace pyr

#endif
