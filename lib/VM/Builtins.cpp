//===- Builtins.cpp - Built-in functions ----------------------------------===//

#include "VM.h"
#include "llvm/ADT/Twine.h"
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include "llvm/Support/raw_ostream.h"

using namespace pyr;

/// The code point range of the first run of lone surrogates in \p S (UTF-8
/// cannot encode them), or false if there is none.
static bool findSurrogates(llvm::StringRef S, size_t &First, size_t &Last) {
  const auto *P = reinterpret_cast<const unsigned char *>(S.data());
  const auto *End = P + S.size();
  size_t Index = 0;
  bool Found = false;
  while (P < End) {
    uint32_t CP = decodeCodePoint(P);
    bool Surrogate = CP >= 0xD800 && CP <= 0xDFFF;
    if (Surrogate && !Found) {
      Found = true;
      First = Index;
    } else if (!Surrogate && Found) {
      break;
    }
    if (Surrogate)
      Last = Index;
    ++Index;
  }
  return Found;
}

/// print(*args): str() of each argument, separated by spaces, then newline.
/// Like CPython's text stdout, each piece is encoded as it is written, so a
/// str that UTF-8 cannot encode stops the output there.
bool pyr::builtin_print(VM &M, Value *Args, unsigned N, Value &Result) {
  std::string &Buf = M.Scratch;
  Buf.clear();
  for (unsigned I = 0; I < N; ++I) {
    if (I)
      Buf += ' ';
    size_t Start = Buf.size();
    appendStr(Args[I], Buf);
    size_t First, Last;
    if (isStr(Args[I]) &&
        findSurrogates(llvm::StringRef(Buf).drop_front(Start), First, Last)) {
      // Report the surrogates the way CPython's codec error does.
      const auto *P =
          reinterpret_cast<const unsigned char *>(Buf.data() + Start);
      for (size_t J = 0; J < First; ++J)
        decodeCodePoint(P);
      char Hex[8];
      snprintf(Hex, sizeof(Hex), "%04x", unsigned(decodeCodePoint(P)));
      Buf.resize(Start);
      *M.Out << Buf;
      if (First == Last)
        return M.raise(ExcKind::UnicodeEncodeError,
                       llvm::Twine("'utf-8' codec can't encode character "
                                   "'\\u") +
                           Hex + "' in position " + llvm::Twine(First) +
                           ": surrogates not allowed");
      return M.raise(ExcKind::UnicodeEncodeError,
                     "'utf-8' codec can't encode characters in position " +
                         llvm::Twine(First) + "-" + llvm::Twine(Last) +
                         ": surrogates not allowed");
    }
  }
  Buf += '\n';
  *M.Out << Buf;
  Result = Value::none();
  return true;
}

//===----------------------------------------------------------------------===//
// One-argument builtins
//===----------------------------------------------------------------------===//

/// CPython's error for a builtin that takes exactly one argument.
static bool exactlyOneArgument(VM &M, const char *Name, unsigned N) {
  return M.raise(ExcKind::TypeError, llvm::Twine(Name) +
                                         "() takes exactly one argument (" +
                                         llvm::Twine(N) + " given)");
}

/// The error for a value used where an integer index is required.
static bool notAnInteger(VM &M, Value V) {
  return M.raise(ExcKind::TypeError, llvm::Twine("'") + typeOf(V)->Name +
                                         "' object cannot be interpreted as "
                                         "an integer");
}

static Value newString(VM &M, llvm::StringRef S) {
  return Value::object(M.newStr(S));
}

/// Number of code points in a str's UTF-8 (continuation bytes don't count).
static int64_t codePointCount(llvm::StringRef S) {
  int64_t N = 0;
  for (unsigned char C : S)
    N += (C & 0xC0) != 0x80;
  return N;
}

bool pyr::builtin_abs(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return exactlyOneArgument(M, "abs", N);
  Value V = Args[0];
  if (V.isIntLike()) {
    if (V.I == INT64_MIN)
      return M.raise(ExcKind::OverflowError,
                     "integer result does not fit in 64 bits (arbitrary-"
                     "precision integers are not supported yet)");
    Result = Value::integer(V.I < 0 ? -V.I : V.I);
    return true;
  }
  if (V.isFloat()) {
    Result = Value::real(std::fabs(V.F));
    return true;
  }
  return M.raise(ExcKind::TypeError, llvm::Twine("bad operand type for abs(): '") +
                                         typeOf(V)->Name + "'");
}

bool pyr::builtin_len(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return exactlyOneArgument(M, "len", N);
  if (!isStr(Args[0]))
    return M.raise(ExcKind::TypeError, llvm::Twine("object of type '") +
                                           typeOf(Args[0])->Name +
                                           "' has no len()");
  Result = Value::integer(codePointCount(asStr(Args[0])->str()));
  return true;
}

bool pyr::builtin_chr(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return exactlyOneArgument(M, "chr", N);
  if (!Args[0].isIntLike())
    return notAnInteger(M, Args[0]);
  int64_t CP = Args[0].I;
  if (CP < 0 || CP > 0x10FFFF)
    return M.raise(ExcKind::ValueError, "chr() arg not in range(0x110000)");
  // UTF-8; a lone surrogate gets the same 3-byte form as a '\ud800' escape.
  char Buf[4];
  unsigned Len;
  if (CP < 0x80) {
    Buf[0] = char(CP);
    Len = 1;
  } else if (CP < 0x800) {
    Buf[0] = char(0xC0 | (CP >> 6));
    Buf[1] = char(0x80 | (CP & 0x3F));
    Len = 2;
  } else if (CP < 0x10000) {
    Buf[0] = char(0xE0 | (CP >> 12));
    Buf[1] = char(0x80 | ((CP >> 6) & 0x3F));
    Buf[2] = char(0x80 | (CP & 0x3F));
    Len = 3;
  } else {
    Buf[0] = char(0xF0 | (CP >> 18));
    Buf[1] = char(0x80 | ((CP >> 12) & 0x3F));
    Buf[2] = char(0x80 | ((CP >> 6) & 0x3F));
    Buf[3] = char(0x80 | (CP & 0x3F));
    Len = 4;
  }
  Result = newString(M, llvm::StringRef(Buf, Len));
  return true;
}

bool pyr::builtin_ord(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return exactlyOneArgument(M, "ord", N);
  if (!isStr(Args[0]))
    return M.raise(ExcKind::TypeError,
                   llvm::Twine("ord() expected string of length 1, but ") +
                       typeOf(Args[0])->Name + " found");
  llvm::StringRef S = asStr(Args[0])->str();
  int64_t Count = codePointCount(S);
  if (Count != 1)
    return M.raise(ExcKind::TypeError,
                   "ord() expected a character, but string of length " +
                       llvm::Twine(Count) + " found");
  const auto *P = reinterpret_cast<const unsigned char *>(S.data());
  Result = Value::integer(decodeCodePoint(P));
  return true;
}

/// hex(), oct() and bin(): the prefix, then the magnitude's digits.
static bool formatBase(VM &M, const char *Name, unsigned Shift,
                       const char *Prefix, Value *Args, unsigned N,
                       Value &Result) {
  if (N != 1)
    return exactlyOneArgument(M, Name, N);
  if (!Args[0].isIntLike())
    return notAnInteger(M, Args[0]);
  int64_t V = Args[0].I;
  uint64_t U = V < 0 ? 0 - static_cast<uint64_t>(V) : uint64_t(V);
  char Buf[72];
  char *End = Buf + sizeof(Buf), *P = End;
  uint64_t Mask = (uint64_t(1) << Shift) - 1;
  do {
    *--P = "0123456789abcdef"[U & Mask];
    U >>= Shift;
  } while (U);
  for (const char *Q = Prefix + std::strlen(Prefix); Q != Prefix;)
    *--P = *--Q;
  if (V < 0)
    *--P = '-';
  Result = newString(M, llvm::StringRef(P, End - P));
  return true;
}

bool pyr::builtin_hex(VM &M, Value *Args, unsigned N, Value &Result) {
  return formatBase(M, "hex", 4, "0x", Args, N, Result);
}
bool pyr::builtin_oct(VM &M, Value *Args, unsigned N, Value &Result) {
  return formatBase(M, "oct", 3, "0o", Args, N, Result);
}
bool pyr::builtin_bin(VM &M, Value *Args, unsigned N, Value &Result) {
  return formatBase(M, "bin", 1, "0b", Args, N, Result);
}

bool pyr::builtin_repr(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return exactlyOneArgument(M, "repr", N);
  std::string S;
  appendRepr(Args[0], S);
  Result = newString(M, S);
  return true;
}

bool pyr::builtin_bool(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N > 1)
    return M.raise(ExcKind::TypeError,
                   "bool expected at most 1 argument, got " + llvm::Twine(N));
  Result = Value::boolean(N == 1 && isTruthy(Args[0]));
  return true;
}

bool pyr::builtin_str(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N > 3)
    return M.raise(ExcKind::TypeError,
                   "str() takes at most 3 arguments (" + llvm::Twine(N) +
                       " given)");
  if (N == 0) {
    Result = newString(M, "");
    return true;
  }
  if (N == 1) {
    if (isStr(Args[0])) {
      Result = Args[0];
      return true;
    }
    std::string S;
    appendStr(Args[0], S);
    Result = newString(M, S);
    return true;
  }
  // str(object, encoding[, errors]) decodes bytes, which pyr does not have
  // yet; for every other object CPython raises these errors too.
  static const char *const ArgNames[] = {"encoding", "errors"};
  for (unsigned I = 1; I < N; ++I)
    if (!isStr(Args[I]))
      // CPython's argument parser names None itself, other values by type.
      return M.raise(ExcKind::TypeError,
                     llvm::Twine("str() argument '") + ArgNames[I - 1] +
                         "' must be str, not " +
                         (Args[I].isNone() ? "None" : typeOf(Args[I])->Name));
  if (isStr(Args[0]))
    return M.raise(ExcKind::TypeError, "decoding str is not supported");
  return M.raise(ExcKind::TypeError,
                 llvm::Twine("decoding to str: need a bytes-like object, ") +
                     typeOf(Args[0])->Name + " found");
}
