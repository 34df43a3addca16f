//===- Bytes.cpp - The bytes type and the codecs between str and bytes ----===//
//
// A minimal bytes: literals, repr, the constructor, +, * and the codecs
// str.encode and bytes.decode for UTF-8, ASCII and Latin-1 with CPython's
// errors. Indexing, slicing, iteration and `in` live with the other
// sequences in Containers.cpp; ==, ordering and hashing with str's.
//
//===----------------------------------------------------------------------===//

#include "VM.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/Twine.h"
#include <cstdio>
#include <cstring>

using namespace pyr;
using llvm::StringRef;
using llvm::Twine;

static bool typeError(VM &M, const Twine &Msg) {
  return M.raise(ExcKind::TypeError, Msg);
}

BytesObject *pyr::newBytes(VM &M, StringRef S) {
  auto *B = static_cast<BytesObject *>(
      M.newObject(sizeof(BytesObject) + S.size(), &types::Bytes));
  B->Len = S.size();
  if (!S.empty())
    std::memcpy(B->Data, S.data(), S.size());
  B->Data[S.size()] = '\0';
  return B;
}

static bool retBytes(VM &M, StringRef S, Value &Result) {
  Result = Value::object(newBytes(M, S));
  return true;
}

/// CPython's bytes repr: single quotes unless the bytes hold a ' and no ".
static void reprBytes(Value V, std::string &Out) {
  StringRef S = asBytes(V)->bytes();
  char Q = S.contains('\'') && !S.contains('"') ? '"' : '\'';
  Out += 'b';
  Out += Q;
  for (unsigned char C : S) {
    if (C == Q || C == '\\') {
      Out += '\\';
      Out += char(C);
    } else if (C == '\t') {
      Out += "\\t";
    } else if (C == '\n') {
      Out += "\\n";
    } else if (C == '\r') {
      Out += "\\r";
    } else if (C < 0x20 || C >= 0x7F) {
      char Buf[5];
      snprintf(Buf, sizeof(Buf), "\\x%02x", unsigned(C));
      Out += Buf;
    } else {
      Out += char(C);
    }
  }
  Out += Q;
}

static size_t sizeBytes(const Object *O) {
  return sizeof(BytesObject) + static_cast<const BytesObject *>(O)->Len;
}

//===----------------------------------------------------------------------===//
// Codecs
//===----------------------------------------------------------------------===//

namespace {
enum class Codec { Utf8, Ascii, Latin1 };
enum class Handler { Strict, Ignore, Replace };
} // namespace

static const char *codecName(Codec C) {
  switch (C) {
  case Codec::Utf8:
    return "utf-8";
  case Codec::Ascii:
    return "ascii";
  case Codec::Latin1:
    return "latin-1";
  }
  return "";
}

/// The codec an encoding name selects, normalized as CPython's encodings
/// module normalizes it (case, '-' and ' ' as '_'), with the aliases it
/// knows for these three codecs. Other names are refused: CPython knows
/// many more codecs, and pyr cannot tell which names it would reject.
static bool findCodec(VM &M, StringRef Name, Codec &Out) {
  std::string N = Name.lower();
  for (char &C : N)
    if (C == '-' || C == ' ')
      C = '_';
  static const char *const Utf8[] = {"utf_8",     "utf8",      "u8",     "utf",
                                     "utf8_ucs2", "utf8_ucs4", "cp65001"};
  static const char *const Ascii[] = {"ascii",
                                      "us_ascii",
                                      "646",
                                      "ansi_x3.4_1968",
                                      "ansi_x3_4_1968",
                                      "ansi_x3.4_1986",
                                      "cp367",
                                      "csascii",
                                      "ibm367",
                                      "iso646_us",
                                      "iso_646.irv_1991",
                                      "iso_ir_6",
                                      "us"};
  static const char *const Latin1[] = {
      "latin_1",    "latin1",      "iso_8859_1", "iso8859_1",
      "8859",       "cp819",       "l1",         "latin",
      "iso_ir_100", "csisolatin1", "ibm819",     "iso_8859_1_1987"};
  for (const char *A : Utf8)
    if (N == A)
      return Out = Codec::Utf8, true;
  for (const char *A : Ascii)
    if (N == A)
      return Out = Codec::Ascii, true;
  for (const char *A : Latin1)
    if (N == A)
      return Out = Codec::Latin1, true;
  return M.raise(ExcKind::NotImplementedError,
                 "encoding '" + Name + "' is not supported yet");
}

/// The error handler named \p Name; CPython looks it up only when an error
/// occurs, so an unknown name is reported then (handlerError).
static bool findHandler(StringRef Name, Handler &Out) {
  if (Name == "strict")
    Out = Handler::Strict;
  else if (Name == "ignore")
    Out = Handler::Ignore;
  else if (Name == "replace")
    Out = Handler::Replace;
  else
    return false;
  return true;
}

static bool handlerError(VM &M, StringRef Name) {
  static const char *const Known[] = {"surrogateescape", "surrogatepass",
                                      "backslashreplace", "xmlcharrefreplace",
                                      "namereplace"};
  for (const char *K : Known)
    if (Name == K)
      return M.raise(ExcKind::NotImplementedError,
                     "error handler '" + Name + "' is not supported yet");
  return M.raise(ExcKind::LookupError,
                 "unknown error handler name '" + Name + "'");
}

/// Encodes str text \p S (UTF-8) with \p C; raises CPython's
/// UnicodeEncodeError for the first run of characters it cannot encode.
static bool encodeText(VM &M, StringRef S, Codec C, StringRef HandlerName,
                       std::string &Out) {
  const auto *P = reinterpret_cast<const unsigned char *>(S.data());
  const auto *End = P + S.size();
  // Which code points the codec cannot encode.
  auto Bad = [C](uint32_t CP) {
    switch (C) {
    case Codec::Utf8:
      return CP >= 0xD800 && CP <= 0xDFFF;
    case Codec::Ascii:
      return CP >= 0x80;
    case Codec::Latin1:
      return CP >= 0x100;
    }
    return false;
  };
  Handler H = Handler::Strict;
  bool KnownHandler = findHandler(HandlerName, H);
  size_t Index = 0;
  while (P < End) {
    const unsigned char *Start = P;
    uint32_t CP = decodeCodePoint(P);
    if (!Bad(CP)) {
      if (C == Codec::Utf8)
        Out.append(reinterpret_cast<const char *>(Start), P - Start);
      else
        Out += static_cast<char>(CP);
      ++Index;
      continue;
    }
    // The run of characters the codec cannot encode.
    size_t First = Index, Last = Index;
    uint32_t FirstCP = CP;
    while (P < End) {
      const unsigned char *Q = P;
      uint32_t Next = decodeCodePoint(Q);
      if (!Bad(Next))
        break;
      P = Q;
      ++Last;
    }
    Index = Last + 1;
    if (!KnownHandler)
      return handlerError(M, HandlerName);
    if (H == Handler::Ignore)
      continue;
    if (H == Handler::Replace) {
      Out.append(Last - First + 1, '?');
      continue;
    }
    const char *Why = C == Codec::Utf8    ? "surrogates not allowed"
                      : C == Codec::Ascii ? "ordinal not in range(128)"
                                          : "ordinal not in range(256)";
    if (First == Last) {
      std::string Esc;
      appendCodePointEscape(FirstCP, Esc);
      return M.raise(ExcKind::UnicodeEncodeError,
                     Twine("'") + codecName(C) +
                         "' codec can't encode character '" + Esc +
                         "' in position " + Twine(First) + ": " + Why);
    }
    return M.raise(ExcKind::UnicodeEncodeError,
                   Twine("'") + codecName(C) +
                       "' codec can't encode characters in position " +
                       Twine(First) + "-" + Twine(Last) + ": " + Why);
  }
  return true;
}

/// The length of the invalid UTF-8 sequence at \p I of \p S and why it is
/// invalid, as CPython's decoder reports it (0 if the sequence is valid:
/// then \p Len is its length).
static const char *utf8Error(StringRef S, size_t I, size_t &Len) {
  auto At = [&](size_t K) { return static_cast<unsigned char>(S[I + K]); };
  auto Cont = [](unsigned char C) { return (C & 0xC0) == 0x80; };
  size_t Avail = S.size() - I;
  unsigned char C = At(0);
  if (C < 0x80) {
    Len = 1;
    return nullptr;
  }
  if (C < 0xC2 || C >= 0xF5) {
    Len = 1;
    return "invalid start byte";
  }
  size_t Need = C < 0xE0 ? 2 : C < 0xF0 ? 3 : 4;
  // The second byte's range depends on the first (no overlong forms, no
  // surrogates, nothing past U+10FFFF).
  auto SecondOK = [&](unsigned char C2) {
    if (!Cont(C2))
      return false;
    if (C == 0xE0)
      return C2 >= 0xA0;
    if (C == 0xED)
      return C2 < 0xA0;
    if (C == 0xF0)
      return C2 >= 0x90;
    if (C == 0xF4)
      return C2 < 0x90;
    return true;
  };
  for (size_t K = 1; K < Need; ++K) {
    if (K >= Avail) {
      Len = Avail;
      return "unexpected end of data";
    }
    if (K == 1 ? !SecondOK(At(1)) : !Cont(At(K))) {
      Len = K;
      return "invalid continuation byte";
    }
  }
  Len = Need;
  return nullptr;
}

static bool decodeError(VM &M, Codec C, StringRef S, size_t Start, size_t Len,
                        const char *Why) {
  if (Len == 1) {
    char Hex[8];
    snprintf(Hex, sizeof(Hex), "0x%02x",
             unsigned(static_cast<unsigned char>(S[Start])));
    return M.raise(ExcKind::UnicodeDecodeError,
                   Twine("'") + codecName(C) + "' codec can't decode byte " +
                       Hex + " in position " + Twine(Start) + ": " + Why);
  }
  return M.raise(ExcKind::UnicodeDecodeError,
                 Twine("'") + codecName(C) +
                     "' codec can't decode bytes in position " + Twine(Start) +
                     "-" + Twine(Start + Len - 1) + ": " + Why);
}

static bool decodeBytes(VM &M, StringRef S, Codec C, StringRef HandlerName,
                        std::string &Out) {
  Handler H = Handler::Strict;
  bool KnownHandler = findHandler(HandlerName, H);
  for (size_t I = 0; I < S.size();) {
    unsigned char B = static_cast<unsigned char>(S[I]);
    size_t Len = 1;
    const char *Why = nullptr;
    if (C == Codec::Latin1) {
      appendUTF8(B, Out);
      ++I;
      continue;
    }
    if (C == Codec::Ascii) {
      if (B >= 0x80)
        Why = "ordinal not in range(128)";
    } else {
      Why = utf8Error(S, I, Len);
    }
    if (!Why) {
      Out.append(S.data() + I, Len);
      I += Len;
      continue;
    }
    if (!KnownHandler)
      return handlerError(M, HandlerName);
    if (H == Handler::Strict)
      return decodeError(M, C, S, I, Len, Why);
    if (H == Handler::Replace)
      Out += "\xEF\xBF\xBD"; // U+FFFD
    I += Len;
  }
  return true;
}

/// Reads the encoding and errors arguments of encode()/decode()/bytes():
/// positional ones at Args[First..N), then the call's keywords.
static bool codecArgs(VM &M, const char *Fn, Value *Args, unsigned First,
                      unsigned N, Value &Enc, Value &Errors) {
  Value *Slots[] = {&Enc, &Errors};
  const char *Names[] = {"encoding", "errors"};
  unsigned Given = N - First + M.NumKw;
  if (Given > 2)
    return typeError(M, Twine(Fn) + "() takes at most 2 arguments (" +
                            Twine(Given) + " given)");
  for (unsigned I = First; I < N; ++I)
    *Slots[I - First] = Args[I];
  for (unsigned K = 0; K < M.NumKw; ++K) {
    StringRef Name = asStr(M.KwNames[K])->str();
    unsigned I = Name == "encoding" ? 0 : Name == "errors" ? 1 : 2;
    if (I == 2)
      return typeError(M, "'" + Name + "' is an invalid keyword argument for " +
                              Fn + "()");
    if (I < N - First)
      return typeError(M, Twine("argument for ") + Fn + "() given by name ('" +
                              Name + "') and position (" + Twine(I + 1) + ")");
    *Slots[I] = M.KwValues[K];
  }
  for (unsigned I = 0; I < 2; ++I)
    if (!Slots[I]->isUndef() && !isStr(*Slots[I]))
      return typeError(
          M, Twine(Fn) + "() argument '" + Names[I] + "' must be str, not " +
                 (Slots[I]->isNone() ? "None" : typeOf(*Slots[I])->Name));
  return true;
}

static bool encodeStr(VM &M, Value S, Value Enc, Value Errors, Value &Result) {
  Codec C = Codec::Utf8;
  if (!Enc.isUndef() && !findCodec(M, asStr(Enc)->str(), C))
    return false;
  std::string Out;
  if (!encodeText(M, asStr(S)->str(), C,
                  Errors.isUndef() ? "strict" : asStr(Errors)->str(), Out))
    return false;
  return retBytes(M, Out, Result);
}

bool pyr::strEncode(VM &M, Value *Args, unsigned N, Value &Result) {
  Value Enc, Errors;
  if (!codecArgs(M, "encode", Args, 1, N, Enc, Errors))
    return false;
  return encodeStr(M, Args[0], Enc, Errors, Result);
}

static bool bytesDecode(VM &M, Value *Args, unsigned N, Value &Result) {
  Value Enc, Errors;
  if (!codecArgs(M, "decode", Args, 1, N, Enc, Errors))
    return false;
  return bytesToStr(M, Args[0], Enc, Errors, Result);
}

bool pyr::bytesToStr(VM &M, Value B, Value Enc, Value Errors, Value &Result) {
  Codec C = Codec::Utf8;
  if (!Enc.isUndef() && !findCodec(M, asStr(Enc)->str(), C))
    return false;
  std::string Out;
  if (!decodeBytes(M, asBytes(B)->bytes(), C,
                   Errors.isUndef() ? "strict" : asStr(Errors)->str(), Out))
    return false;
  Result = Value::object(M.newStr(Out));
  return true;
}

//===----------------------------------------------------------------------===//
// The constructor and operators
//===----------------------------------------------------------------------===//

/// A byte value from an int (bytes(iterable), `in`): CPython's errors.
static bool byteValue(VM &M, Value V, const char *RangeMsg,
                      unsigned char &Out) {
  if (isBigInt(V))
    return M.raise(ExcKind::ValueError, RangeMsg);
  if (!V.isIntLike())
    return typeError(M, Twine("'") + typeOf(V)->Name +
                            "' object cannot be interpreted as an integer");
  if (V.I < 0 || V.I > 255)
    return M.raise(ExcKind::ValueError, RangeMsg);
  Out = static_cast<unsigned char>(V.I);
  return true;
}

bool pyr::builtin_bytes(VM &M, Value *Args, unsigned N, Value &Result) {
  Value Source = N > 0 ? Args[0] : Value::undef();
  Value Enc, Errors;
  for (unsigned K = 0; K < M.NumKw; ++K) {
    StringRef Name = asStr(M.KwNames[K])->str();
    if (Name == "source" && N > 0)
      return typeError(M, "argument for bytes() given by name ('source') and "
                          "position (1)");
    if (Name == "source")
      Source = M.KwValues[K];
    else if (Name != "encoding" && Name != "errors")
      return typeError(M, "'" + Name +
                              "' is an invalid keyword argument for bytes()");
  }
  if (N + M.NumKw > 3)
    return typeError(M, "bytes() takes at most 3 arguments (" +
                            Twine(N + M.NumKw) + " given)");
  {
    // encoding and errors, by position after the source or by keyword.
    unsigned SavedKw = M.NumKw;
    const Value *SavedNames = M.KwNames, *SavedValues = M.KwValues;
    llvm::SmallVector<Value, 2> Names, Values;
    for (unsigned K = 0; K < SavedKw; ++K)
      if (asStr(SavedNames[K])->str() != "source") {
        Names.push_back(SavedNames[K]);
        Values.push_back(SavedValues[K]);
      }
    M.NumKw = Names.size();
    M.KwNames = Names.data();
    M.KwValues = Values.data();
    bool OK = codecArgs(M, "bytes", Args, N > 0 ? 1 : 0, N, Enc, Errors);
    M.NumKw = SavedKw;
    M.KwNames = SavedNames;
    M.KwValues = SavedValues;
    if (!OK)
      return false;
  }
  bool HasCodec = !Enc.isUndef() || !Errors.isUndef();
  if (Source.isUndef()) {
    if (HasCodec)
      return typeError(M, "encoding without a string argument");
    return retBytes(M, "", Result);
  }
  if (isStr(Source)) {
    if (Enc.isUndef())
      return typeError(M, "string argument without an encoding");
    return encodeStr(M, Source, Enc, Errors, Result);
  }
  if (HasCodec)
    return typeError(M, "encoding without a string argument");
  if (isBytes(Source)) {
    Result = Source;
    return true;
  }
  if (Source.isIntLike() || isBigInt(Source)) {
    if (isBigInt(Source))
      return M.raise(ExcKind::OverflowError,
                     "cannot fit 'int' into an index-sized integer");
    if (Source.I < 0)
      return M.raise(ExcKind::ValueError, "negative count");
    if (static_cast<uint64_t>(Source.I) > maxAllocBytes())
      return noMemory(M);
    auto *B = static_cast<BytesObject *>(M.newObject(
        sizeof(BytesObject) + static_cast<size_t>(Source.I), &types::Bytes));
    B->Len = static_cast<size_t>(Source.I);
    std::memset(B->Data, 0, B->Len + 1);
    Result = Value::object(B);
    return true;
  }
  if (!Source.isObject() || !Source.O->Type->Iter)
    return typeError(M, Twine("cannot convert '") + typeOf(Source)->Name +
                            "' object to bytes");
  Value It, Item;
  if (!getIter(M, Source, It))
    return false;
  VM::RootScope Roots(M);
  Roots.add(It);
  std::string Out;
  while (true) {
    int R = iterNext(M, It, Item);
    if (R < 0)
      return false;
    if (R == 0)
      break;
    unsigned char C = 0;
    if (!byteValue(M, Item, "bytes must be in range(0, 256)", C))
      return false;
    Out += static_cast<char>(C);
  }
  return retBytes(M, Out, Result);
}

int pyr::bytesBinaryOp(VM &M, Opcode Op, Value L, Value R, Value &Out) {
  bool LB = isBytes(L), RB = isBytes(R);
  if (!LB && !RB)
    return 0;
  auto Result = [](bool OK) { return OK ? 1 : -1; };
  if (Op == Opcode::Add && LB) {
    if (!RB)
      return Result(
          typeError(M, Twine("can't concat ") + typeOf(R)->Name + " to bytes"));
    std::string S = asBytes(L)->bytes().str();
    S += asBytes(R)->bytes();
    return Result(retBytes(M, S, Out));
  }
  if (Op == Opcode::Mul) {
    // The left operand's repetition is tried first, as in CPython: a list
    // or tuple on the left repeats itself (or says why not).
    if (!LB && (isList(L) || isTuple(L)))
      return 0;
    Value Seq = LB ? L : R, Count = LB ? R : L;
    if (isBigInt(Count))
      return Result(M.raise(ExcKind::OverflowError,
                            "cannot fit 'int' into an index-sized integer"));
    if (!Count.isIntLike())
      return Result(
          typeError(M, Twine("can't multiply sequence by non-int of type '") +
                           typeOf(Count)->Name + "'"));
    StringRef S = asBytes(Seq)->bytes();
    int64_t K = Count.I < 0 ? 0 : Count.I;
    if (!S.empty() && K > INT64_MAX / int64_t(S.size()))
      return Result(
          M.raise(ExcKind::OverflowError, "repeated bytes are too long"));
    if (!S.empty() && static_cast<uint64_t>(K) > maxAllocBytes() / S.size())
      return Result(noMemory(M));
    std::string Rep;
    Rep.reserve(S.size() * K);
    for (int64_t I = 0; I < K; ++I)
      Rep += S;
    return Result(retBytes(M, Rep, Out));
  }
  if (Op == Opcode::Mod && LB)
    return Result(M.raise(ExcKind::NotImplementedError,
                          "bytes % formatting is not supported yet"));
  return 0;
}

//===----------------------------------------------------------------------===//
// The type
//===----------------------------------------------------------------------===//

#define METHOD(Name, Fn)                                                       \
  { {&types::BuiltinFunction, nullptr, true}, Name, Fn }
static const BuiltinFunctionObject BytesMethods[] = {
    METHOD("decode", bytesDecode),
};
#undef METHOD

bool pyr::bytesMethodTakesKeywords(BuiltinFn Fn) {
  return Fn == bytesDecode || Fn == strEncode || Fn == builtin_bytes;
}

namespace pyr {
namespace types {
const TypeObject Bytes{"bytes",   nullptr,      reprBytes,
                       nullptr,   nullptr,      nullptr,
                       sizeBytes, BytesMethods, std::size(BytesMethods),
                       bytesIter, nullptr,      builtin_bytes};
} // namespace types
} // namespace pyr
