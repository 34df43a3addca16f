//===- Bytecode.cpp - Disassembler, verifier and bytecode files -----------===//

#include "pyr/Compile/Bytecode.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <cmath>
#include <cstring>

using namespace pyr;
using llvm::Error;
using llvm::StringRef;

static const char *const OpcodeNames[] = {
#define OPCODE(Name, A, B, C) #Name,
#include "pyr/Compile/Opcodes.def"
};

static const OperandKind OperandTable[][3] = {
#define OPCODE(Name, A, B, C) {OperandKind::A, OperandKind::B, OperandKind::C},
#include "pyr/Compile/Opcodes.def"
};

const char *pyr::getOpcodeName(Opcode Op) {
  return OpcodeNames[static_cast<unsigned>(Op)];
}

void pyr::getOperandKinds(Opcode Op, OperandKind Kinds[3]) {
  for (unsigned I = 0; I < 3; ++I)
    Kinds[I] = OperandTable[static_cast<unsigned>(Op)][I];
}

//===----------------------------------------------------------------------===//
// Disassembler
//===----------------------------------------------------------------------===//

/// A constant as the disassembly shows it. Floats get 17 significant
/// digits, enough to read back the same double (this is not Python's
/// repr, which lives in the VM); strings get C-style escapes.
static void printConstant(const Constant &K, llvm::raw_ostream &OS) {
  switch (K.K) {
  case Constant::None: OS << "None"; return;
  case Constant::True: OS << "True"; return;
  case Constant::False: OS << "False"; return;
  case Constant::Int: OS << "int " << K.I; return;
  case Constant::Float: {
    char Buf[32];
    snprintf(Buf, sizeof(Buf), "%.17g", K.F);
    OS << "float " << Buf;
    return;
  }
  case Constant::Str:
    OS << "str '";
    OS.write_escaped(K.S);
    OS << '\'';
    return;
  case Constant::Bytes:
    OS << "bytes '";
    OS.write_escaped(K.S);
    OS << '\'';
    return;
  case Constant::BigInt: {
    llvm::StringRef Hex = K.S;
    bool Neg = Hex.consume_front("-");
    OS << "int " << (Neg ? "-" : "");
    // Decimal conversion is quadratic: huge values stay in hex.
    if (Hex.size() <= 1024)
      OS << convertDigits(Hex, 16, 10);
    else
      OS << "0x" << Hex;
    return;
  }
  }
}

std::string pyr::convertDigits(llvm::StringRef Digits, unsigned From,
                               unsigned To) {
  auto DigitValue = [](char Ch) -> unsigned {
    return Ch <= '9' ? Ch - '0' : (Ch | 0x20) - 'a' + 10;
  };
  auto Log2 = [](unsigned B) {
    return llvm::isPowerOf2_32(B) ? llvm::Log2_32(B) : 0;
  };
  if (unsigned FromBits = Log2(From), ToBits = Log2(To); FromBits && ToBits) {
    // Between power-of-two bases, regroup the bits in linear time.
    std::string Out;
    uint32_t Acc = 0;
    unsigned AccBits = 0;
    for (size_t I = Digits.size(); I-- > 0;) {
      Acc |= DigitValue(Digits[I]) << AccBits;
      AccBits += FromBits;
      while (AccBits >= ToBits) {
        Out += "0123456789abcdefghijklmnopqrstuv"[Acc & (To - 1)];
        Acc >>= ToBits;
        AccBits -= ToBits;
      }
    }
    if (AccBits)
      Out += "0123456789abcdefghijklmnopqrstuv"[Acc];
    while (Out.size() > 1 && Out.back() == '0')
      Out.pop_back();
    if (Out.empty())
      Out = "0";
    std::reverse(Out.begin(), Out.end());
    return Out;
  }
  // Little-endian base-2^32 limbs, then repeated division by To.
  std::vector<uint32_t> Limbs;
  for (char Ch : Digits) {
    uint64_t Carry = DigitValue(Ch);
    for (uint32_t &L : Limbs) {
      uint64_t V = uint64_t(L) * From + Carry;
      L = static_cast<uint32_t>(V);
      Carry = V >> 32;
    }
    if (Carry)
      Limbs.push_back(static_cast<uint32_t>(Carry));
  }
  std::string Out;
  while (!Limbs.empty()) {
    uint64_t Rem = 0;
    for (size_t I = Limbs.size(); I-- > 0;) {
      uint64_t V = (Rem << 32) | Limbs[I];
      Limbs[I] = static_cast<uint32_t>(V / To);
      Rem = V % To;
    }
    Out += "0123456789abcdefghijklmnopqrstuvwxyz"[Rem];
    while (!Limbs.empty() && Limbs.back() == 0)
      Limbs.pop_back();
  }
  if (Out.empty())
    Out = "0";
  std::reverse(Out.begin(), Out.end());
  return Out;
}

bool pyr::isValidBigIntConstant(llvm::StringRef S) {
  bool Neg = S.consume_front("-");
  if (S.empty() || S.front() == '0' || !llvm::all_of(S, [](char C) {
        return (C >= '0' && C <= '9') || (C >= 'a' && C <= 'f');
      }))
    return false;
  // Values that fit in int64 must be Int constants: one representation.
  if (S.size() != 16)
    return S.size() > 16;
  uint64_t Mag = 0;
  for (char C : S)
    Mag = Mag << 4 | llvm::hexDigitValue(C);
  return Mag > uint64_t(INT64_MAX) + (Neg ? 1 : 0);
}

static void disassembleCode(const Program &P, const CodeObject &C,
                            llvm::raw_ostream &OS) {
  OS << "code " << C.Name << " line=" << C.FirstLine
     << " params=" << C.NumParams;
  if (C.NumPosOnly)
    OS << " posonly=" << C.NumPosOnly;
  if (C.NumKwOnly)
    OS << " kwonly=" << C.NumKwOnly;
  if (C.HasVarArgs)
    OS << " varargs";
  if (C.HasVarKw)
    OS << " varkw";
  if (C.NumDefaults)
    OS << " defaults=" << C.NumDefaults;
  if (C.IsGenerator)
    OS << " generator";
  OS << " locals=" << C.NumLocals << " regs=" << C.NumRegs << '\n';
  if (!C.QualName.empty())
    OS << "  qualname: " << C.QualName << '\n';
  if (!C.LocalNames.empty()) {
    OS << "  locals:";
    for (size_t I = 0; I < C.LocalNames.size(); ++I)
      OS << " r" << I << '=' << C.LocalNames[I];
    OS << '\n';
  }
  if (!C.FreeNames.empty()) {
    OS << "  free:";
    for (size_t I = 0; I < C.FreeNames.size(); ++I)
      OS << " r" << C.NumLocals + I << '=' << C.FreeNames[I];
    OS << '\n';
  }
  for (size_t I = 0; I < C.Consts.size(); ++I) {
    OS << "  k" << I << " = ";
    printConstant(C.Consts[I], OS);
    OS << '\n';
  }
  for (size_t PC = 0; PC < C.Code.size(); ++PC) {
    const Instr &In = C.Code[PC];
    OS << "  " << llvm::format_decimal(PC, 4) << "  "
       << llvm::right_justify(
              ("[" + llvm::Twine(PC < C.Lines.size() ? C.Lines[PC] : 0) + "]")
                  .str(),
              6)
       << "  ";
    OperandKind Kinds[3];
    getOperandKinds(In.Op, Kinds);
    // Pad the name to align operands; an opcode without any (ReturnNone)
    // leaves no trailing blanks.
    bool HasOperands = false;
    for (OperandKind K : Kinds)
      HasOperands |= K != OperandKind::N && K != OperandKind::X;
    if (HasOperands)
      OS << llvm::left_justify(getOpcodeName(In.Op), 13);
    else
      OS << getOpcodeName(In.Op);
    uint16_t Fields[3] = {In.A, In.B, In.C};
    bool First = true;
    std::string Comment;
    auto AddComment = [&Comment](const llvm::Twine &Text) {
      if (!Comment.empty())
        Comment += ", ";
      Comment += Text.str();
    };
    for (unsigned F = 0; F < 3; ++F) {
      OperandKind K = Kinds[F];
      if (K == OperandKind::N || K == OperandKind::X)
        continue;
      OS << (First ? "" : ", ");
      First = false;
      uint32_t V = Fields[F];
      switch (K) {
      case OperandKind::R:
      case OperandKind::L:
        OS << 'r' << V;
        if (V < C.LocalNames.size())
          AddComment("r" + llvm::Twine(V) + "=" + C.LocalNames[V]);
        else if (V - C.NumLocals < C.FreeNames.size())
          AddComment("r" + llvm::Twine(V) + "=" + C.FreeNames[V - C.NumLocals]);
        break;
      case OperandKind::Cnt:
        OS << V;
        break;
      case OperandKind::K:
        OS << 'k' << In.bx();
        if (In.bx() < C.Consts.size()) {
          std::string S;
          llvm::raw_string_ostream SOS(S);
          printConstant(C.Consts[In.bx()], SOS);
          AddComment(SOS.str());
        }
        break;
      case OperandKind::G:
        OS << 'g' << In.bx();
        if (In.bx() < P.GlobalNames.size())
          AddComment(P.GlobalNames[In.bx()]);
        break;
      case OperandKind::F:
        OS << 'f' << In.bx();
        if (In.bx() < C.Children.size())
          AddComment("code " + C.Children[In.bx()]->Name);
        break;
      case OperandKind::J:
        OS << "-> " << static_cast<int64_t>(PC) + 1 + In.sbx();
        break;
      case OperandKind::I:
        OS << In.sbx();
        break;
      case OperandKind::S:
        OS << static_cast<int16_t>(V);
        break;
      case OperandKind::T:
        OS << V;
        break;
      case OperandKind::N:
      case OperandKind::X:
        break;
      }
    }
    if (!Comment.empty())
      OS << "  ; " << Comment;
    OS << '\n';
  }
  for (const auto &Child : C.Children) {
    OS << '\n';
    disassembleCode(P, *Child, OS);
  }
}

void pyr::disassemble(const Program &P, llvm::raw_ostream &OS) {
  if (!P.GlobalNames.empty()) {
    OS << "globals:";
    for (size_t I = 0; I < P.GlobalNames.size(); ++I)
      OS << " g" << I << '=' << P.GlobalNames[I];
    OS << "\n\n";
  }
  disassembleCode(P, P.Module, OS);
}

//===----------------------------------------------------------------------===//
// Verifier
//===----------------------------------------------------------------------===//

static Error verifyError(const CodeObject &C, size_t PC, const llvm::Twine &Msg) {
  return llvm::createStringError(
      llvm::inconvertibleErrorCode(),
      ("invalid bytecode in code '" + C.Name + "' at " + llvm::Twine(PC) +
       ": " + Msg)
          .str());
}

static Error verifyCode(const Program &P, const CodeObject &C, bool IsModule,
                        unsigned Depth) {
  if (Depth > MaxCodeDepth)
    return verifyError(C, 0, "code objects nested too deeply");
  uint64_t FreeEnd = uint64_t(C.NumLocals) + C.FreeNames.size();
  if (C.NumRegs > MaxRegisters || FreeEnd > C.NumRegs ||
      uint64_t(C.numArgRegs()) > C.NumLocals || C.NumDefaults > C.NumParams ||
      C.NumPosOnly > C.NumParams || C.LocalNames.size() != C.NumLocals)
    return verifyError(C, 0, "inconsistent frame layout");
  if (IsModule &&
      (C.numArgRegs() != 0 || !C.FreeNames.empty() || C.IsGenerator))
    return verifyError(C, 0,
                       "module code cannot take parameters or cells, or be "
                       "a generator");
  if (C.Code.empty())
    return verifyError(C, 0, "empty code");
  if (C.Lines.size() != C.Code.size())
    return verifyError(C, 0, "line table size mismatch");
  for (const Constant &K : C.Consts) {
    if (K.K > Constant::Bytes)
      return verifyError(C, 0, "unknown constant kind");
    if (K.K == Constant::BigInt && !isValidBigIntConstant(K.S))
      return verifyError(C, 0, "malformed big int constant");
  }

  for (size_t PC = 0; PC < C.Code.size(); ++PC) {
    const Instr &In = C.Code[PC];
    if (In.Op >= Opcode::NumOpcodes)
      return verifyError(C, PC, "unknown opcode " + llvm::Twine(unsigned(In.Op)));
    if (In.Reserved != 0)
      return verifyError(C, PC, "reserved byte is not zero");
    OperandKind Kinds[3];
    getOperandKinds(In.Op, Kinds);
    uint16_t Fields[3] = {In.A, In.B, In.C};
    for (unsigned F = 0; F < 3; ++F) {
      uint32_t V = Fields[F];
      switch (Kinds[F]) {
      case OperandKind::N:
        if (V != 0)
          return verifyError(C, PC, "unused operand is not zero");
        break;
      case OperandKind::R:
        if (V >= C.NumRegs)
          return verifyError(C, PC, "register r" + llvm::Twine(V) +
                                        " out of range");
        break;
      case OperandKind::L:
        if (V >= C.NumLocals)
          return verifyError(C, PC, "local r" + llvm::Twine(V) +
                                        " out of range");
        break;
      case OperandKind::Cnt:
        if (uint32_t(In.A) + V >= C.NumRegs)
          return verifyError(C, PC, "argument window out of range");
        break;
      case OperandKind::K:
        if (In.bx() >= C.Consts.size())
          return verifyError(C, PC, "constant index out of range");
        break;
      case OperandKind::G:
        if (In.bx() >= P.GlobalNames.size())
          return verifyError(C, PC, "global index out of range");
        break;
      case OperandKind::F:
        if (In.bx() >= C.Children.size())
          return verifyError(C, PC, "code index out of range");
        break;
      case OperandKind::J: {
        int64_t Target = static_cast<int64_t>(PC) + 1 + In.sbx();
        if (Target < 0 || Target >= static_cast<int64_t>(C.Code.size()))
          return verifyError(C, PC, "jump target out of range");
        break;
      }
      case OperandKind::T:
        if (V > 1)
          return verifyError(C, PC, "branch sense must be 0 or 1");
        break;
      case OperandKind::I:
      case OperandKind::S:
      case OperandKind::X:
        break;
      }
    }
    // Operands whose valid range depends on the frame layout or on the
    // child they name.
    switch (In.Op) {
    case Opcode::CopyFree:
      if (In.A != C.NumLocals || In.B != C.FreeNames.size() || In.B == 0)
        return verifyError(C, PC,
                           "CopyFree must fill exactly the free "
                           "variable registers");
      break;
    case Opcode::LoadFree:
      if (In.B < C.NumLocals || In.B >= FreeEnd)
        return verifyError(C, PC,
                           "r" + llvm::Twine(In.B) +
                               " is not a free variable register");
      break;
    case Opcode::StoreCell:
      if (In.A >= FreeEnd)
        return verifyError(
            C, PC, "r" + llvm::Twine(In.A) + " is not a variable register");
      break;
    case Opcode::CallKw:
      // Keyword values and their names follow the positional arguments.
      if (uint64_t(In.A) + In.B + 2 * uint64_t(In.C) >= C.NumRegs)
        return verifyError(C, PC, "argument window out of range");
      break;
    case Opcode::MakeFunction: {
      const CodeObject *Child = C.Children[In.bx()].get();
      if (Child && uint64_t(In.A) + Child->numFunctionExtras() >= C.NumRegs)
        return verifyError(C, PC, "default and cell registers out of range");
      break;
    }
    default:
      break;
    }
    if ((isCompareAndBranch(In.Op) || In.Op == Opcode::ForIter) &&
        (PC + 1 >= C.Code.size() || C.Code[PC + 1].Op != Opcode::Jump))
      return verifyError(C, PC, "compare-and-branch not followed by a Jump");
    if (In.Op == Opcode::Yield && !C.IsGenerator)
      return verifyError(C, PC, "Yield outside generator code");
    if (In.Op == Opcode::CallEx &&
        (In.B > 3 ||
         uint32_t(In.A) + 1 + (In.B & 1) + (In.B >> 1) >= C.NumRegs))
      return verifyError(C, PC, "bad argument unpacking call");
    if (In.Op == Opcode::DictMerge && uint32_t(In.C) + 1 >= C.NumRegs)
      return verifyError(C, PC, "argument window out of range");
    if (In.Op == Opcode::BuildSlice && In.B != 2 && In.B != 3)
      return verifyError(C, PC, "slice needs 2 or 3 parts");
    if (In.Op == Opcode::UnpackEx && In.C >= In.B)
      return verifyError(C, PC, "starred target out of range");
    if (In.Op == Opcode::BuildMap && In.B % 2)
      return verifyError(C, PC, "dict display needs key and value pairs");
    if (In.Op == Opcode::BuildSet && In.C > 2)
      return verifyError(C, PC, "unknown set display mode");
    if (In.Op == Opcode::LoadMethod && (uint32_t(In.A) + 1 >= C.NumRegs ||
                                        C.Consts[In.bx()].K != Constant::Str))
      return verifyError(C, PC, "bad method load");
    if (In.Op == Opcode::LoadAttr && C.Consts[In.bx()].K != Constant::Str)
      return verifyError(C, PC, "attribute name is not a str");
    if (In.Op == Opcode::StoreAttr && (uint32_t(In.A) + 1 >= C.NumRegs ||
                                       C.Consts[In.bx()].K != Constant::Str))
      return verifyError(C, PC, "bad attribute store");
  }
  Opcode Last = C.Code.back().Op;
  if (Last != Opcode::Return && Last != Opcode::ReturnNone &&
      Last != Opcode::Jump)
    return verifyError(C, C.Code.size() - 1,
                       "control can fall off the end of the code");
  for (const auto &Child : C.Children) {
    if (!Child)
      return verifyError(C, 0, "missing child code");
    if (Error E = verifyCode(P, *Child, false, Depth + 1))
      return E;
  }
  return Error::success();
}

Error pyr::verifyProgram(const Program &P) {
  if (P.GlobalNames.size() > UINT32_MAX / 2)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "too many globals");
  return verifyCode(P, P.Module, true, 0);
}

//===----------------------------------------------------------------------===//
// Bytecode files
//===----------------------------------------------------------------------===//

bool pyr::isBytecodeFile(StringRef Data) {
  return Data.size() >= 4 && std::memcmp(Data.data(), BytecodeMagic, 4) == 0;
}

namespace {

class Writer {
public:
  explicit Writer(llvm::raw_ostream &OS) : OS(OS) {}
  void u8(uint8_t V) { OS << static_cast<char>(V); }
  void u16(uint16_t V) {
    char B[2];
    llvm::support::endian::write16le(B, V);
    OS.write(B, 2);
  }
  void u32(uint32_t V) {
    char B[4];
    llvm::support::endian::write32le(B, V);
    OS.write(B, 4);
  }
  void u64(uint64_t V) {
    char B[8];
    llvm::support::endian::write64le(B, V);
    OS.write(B, 8);
  }
  void str(StringRef S) {
    u32(static_cast<uint32_t>(S.size()));
    OS << S;
  }
  void code(const CodeObject &C) {
    str(C.Name);
    str(C.QualName);
    u32(C.FirstLine);
    u32(C.NumParams);
    u32(C.NumPosOnly);
    u32(C.NumKwOnly);
    u32(C.NumDefaults);
    u32(C.NumLocals);
    u32(C.NumRegs);
    u8((C.IsGenerator ? CodeFlagGenerator : 0) |
       (C.HasVarArgs ? CodeFlagVarArgs : 0) | (C.HasVarKw ? CodeFlagVarKw : 0));
    u32(static_cast<uint32_t>(C.LocalNames.size()));
    for (const std::string &N : C.LocalNames)
      str(N);
    u32(static_cast<uint32_t>(C.FreeNames.size()));
    for (const std::string &N : C.FreeNames)
      str(N);
    u32(static_cast<uint32_t>(C.Consts.size()));
    for (const Constant &K : C.Consts) {
      u8(K.K);
      if (K.K == Constant::Int)
        u64(static_cast<uint64_t>(K.I));
      else if (K.K == Constant::Float) {
        uint64_t Bits;
        std::memcpy(&Bits, &K.F, 8);
        u64(Bits);
      } else if (K.K == Constant::Str || K.K == Constant::BigInt ||
                 K.K == Constant::Bytes)
        str(K.S);
    }
    u32(static_cast<uint32_t>(C.Code.size()));
    for (const Instr &In : C.Code) {
      u8(static_cast<uint8_t>(In.Op));
      u8(In.Reserved);
      u16(In.A);
      u16(In.B);
      u16(In.C);
    }
    for (uint32_t L : C.Lines)
      u32(L);
    u32(static_cast<uint32_t>(C.Children.size()));
    for (const auto &Child : C.Children)
      code(*Child);
  }

private:
  llvm::raw_ostream &OS;
};

/// Reads little-endian fields; every read is bounds-checked and the first
/// failure sticks, so callers check once per structure. Errors name the
/// offset, from the start of the file, of the field that could not be read.
class Reader {
public:
  Reader(StringRef Data, size_t Start) : Data(Data), Pos(Start) {}

  bool failed() const { return !Err.empty(); }
  const std::string &error() const { return Err; }
  size_t offset() const { return Pos; }
  bool atEnd() const { return Pos == Data.size(); }

  void fail(const llvm::Twine &Msg) { failAt(Pos, Msg); }
  void failAt(size_t Offset, const llvm::Twine &Msg) {
    if (Err.empty())
      Err = (Msg + " at offset " + llvm::Twine(Offset)).str();
  }
  bool need(size_t N) {
    if (failed())
      return false;
    if (Data.size() - Pos < N) {
      fail("unexpected end of file");
      return false;
    }
    return true;
  }
  uint8_t u8() { return need(1) ? static_cast<uint8_t>(Data[Pos++]) : 0; }
  uint16_t u16() {
    if (!need(2))
      return 0;
    uint16_t V = llvm::support::endian::read16le(Data.data() + Pos);
    Pos += 2;
    return V;
  }
  uint32_t u32() {
    if (!need(4))
      return 0;
    uint32_t V = llvm::support::endian::read32le(Data.data() + Pos);
    Pos += 4;
    return V;
  }
  uint64_t u64() {
    if (!need(8))
      return 0;
    uint64_t V = llvm::support::endian::read64le(Data.data() + Pos);
    Pos += 8;
    return V;
  }
  /// A count of items each at least \p MinSize bytes long; refuses counts
  /// the remaining data cannot hold, so no huge allocation follows.
  uint32_t count(size_t MinSize) {
    size_t Start = Pos;
    uint32_t N = u32();
    if (!failed() && static_cast<uint64_t>(N) * MinSize > Data.size() - Pos) {
      failAt(Start, "count " + llvm::Twine(N) + " exceeds file size");
      return 0;
    }
    return N;
  }
  std::string str() {
    uint32_t N = count(1);
    if (failed())
      return {};
    std::string S = Data.substr(Pos, N).str();
    Pos += N;
    return S;
  }
  void code(CodeObject &C, unsigned Depth) {
    if (Depth > MaxCodeDepth) {
      fail("code objects nested too deeply");
      return;
    }
    C.Name = str();
    C.QualName = str();
    C.FirstLine = u32();
    C.NumParams = u32();
    C.NumPosOnly = u32();
    C.NumKwOnly = u32();
    C.NumDefaults = u32();
    C.NumLocals = u32();
    C.NumRegs = u32();
    size_t FlagPos = Pos;
    uint8_t Flags = u8();
    if (Flags & ~(CodeFlagGenerator | CodeFlagVarArgs | CodeFlagVarKw)) {
      failAt(FlagPos, "unknown code flags " + llvm::Twine(unsigned(Flags)));
      return;
    }
    C.IsGenerator = Flags & CodeFlagGenerator;
    C.HasVarArgs = Flags & CodeFlagVarArgs;
    C.HasVarKw = Flags & CodeFlagVarKw;
    uint32_t NumNames = count(4);
    for (uint32_t I = 0; I < NumNames && !failed(); ++I)
      C.LocalNames.push_back(str());
    uint32_t NumFree = count(4);
    for (uint32_t I = 0; I < NumFree && !failed(); ++I)
      C.FreeNames.push_back(str());
    uint32_t NumConsts = count(1);
    for (uint32_t I = 0; I < NumConsts && !failed(); ++I) {
      Constant K;
      size_t KindPos = Pos;
      uint8_t Kind = u8();
      if (Kind > Constant::Bytes) {
        failAt(KindPos, "unknown constant kind " + llvm::Twine(unsigned(Kind)));
        return;
      }
      K.K = static_cast<Constant::Kind>(Kind);
      if (K.K == Constant::Int) {
        K.I = static_cast<int64_t>(u64());
      } else if (K.K == Constant::Float) {
        uint64_t Bits = u64();
        std::memcpy(&K.F, &Bits, 8);
      } else if (K.K == Constant::Str || K.K == Constant::BigInt ||
                 K.K == Constant::Bytes) {
        K.S = str();
      }
      C.Consts.push_back(std::move(K));
    }
    uint32_t NumInstrs = count(12); // 8 bytes of code + 4 of line table.
    C.Code.reserve(NumInstrs);
    for (uint32_t I = 0; I < NumInstrs && !failed(); ++I) {
      Instr In;
      In.Op = static_cast<Opcode>(u8());
      In.Reserved = u8();
      In.A = u16();
      In.B = u16();
      In.C = u16();
      C.Code.push_back(In);
    }
    C.Lines.reserve(NumInstrs);
    for (uint32_t I = 0; I < NumInstrs && !failed(); ++I)
      C.Lines.push_back(u32());
    uint32_t NumChildren = count(32);
    for (uint32_t I = 0; I < NumChildren && !failed(); ++I) {
      C.Children.push_back(std::make_unique<CodeObject>());
      code(*C.Children.back(), Depth + 1);
    }
  }

private:
  StringRef Data;
  size_t Pos;
  std::string Err;
};

} // namespace

void pyr::writeBytecode(const Program &P, llvm::raw_ostream &OS) {
  Writer W(OS);
  OS.write(BytecodeMagic, 4);
  W.u16(BytecodeVersion);
  W.u16(0); // Flags, reserved.
  W.u32(static_cast<uint32_t>(P.GlobalNames.size()));
  for (const std::string &N : P.GlobalNames)
    W.str(N);
  W.code(P.Module);
}

Error pyr::readBytecode(StringRef Data, Program &Out) {
  Out.clear();
  Out.CodeOnly = false;
  auto Fail = [](const llvm::Twine &Msg) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   ("invalid bytecode file: " + Msg).str());
  };
  if (!isBytecodeFile(Data))
    return Fail("bad magic number");
  Reader R(Data, sizeof(BytecodeMagic));
  uint16_t Version = R.u16();
  uint16_t Flags = R.u16();
  if (R.failed())
    return Fail(R.error());
  if (Version != BytecodeVersion)
    return Fail("unsupported format version " + llvm::Twine(Version) +
                " (this pyr reads version " + llvm::Twine(BytecodeVersion) +
                ")");
  if (Flags != 0)
    return Fail("unknown flags");
  uint32_t NumGlobals = R.count(4);
  for (uint32_t I = 0; I < NumGlobals && !R.failed(); ++I)
    Out.GlobalNames.push_back(R.str());
  R.code(Out.Module, 0);
  if (!R.failed() && !R.atEnd())
    R.fail("trailing data");
  if (R.failed()) {
    Out.clear();
    return Fail(R.error());
  }
  if (Error E = verifyProgram(Out)) {
    Out.clear();
    return E;
  }
  return Error::success();
}
