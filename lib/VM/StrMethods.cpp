//===- StrMethods.cpp - The methods of str --------------------------------===//
//
// str's methods with CPython 3.11's results and error messages. Strs hold
// UTF-8; every index a method takes or returns counts code points, as
// Python's do. Case mapping and the character classes other than spaces and
// identifiers are exact for ASCII text and refused for other text.
//
//===----------------------------------------------------------------------===//

#include "BigInt.h"
#include "Format.h"
#include "VM.h"
#include "pyr/Lex/CharInfo.h"
#include "pyr/Lex/StrEncoding.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Twine.h"
#include <algorithm>
#include <climits>
#include <cstring>

using namespace pyr;
using namespace pyr::charinfo;
using llvm::StringRef;
using llvm::Twine;

namespace {

const char *typeName(Value V) { return typeOf(V)->Name; }

bool typeError(VM &M, const Twine &Msg) {
  return M.raise(ExcKind::TypeError, Msg);
}

StringRef text(Value V) { return asStr(V)->str(); }

bool ret(VM &M, StringRef S, Value &Result) {
  Result = Value::object(M.newStr(S));
  return true;
}

bool isAscii(StringRef S) {
  for (unsigned char C : S)
    if (C >= 0x80)
      return false;
  return true;
}

std::vector<uint32_t> decode(StringRef S) {
  std::vector<uint32_t> Out;
  Out.reserve(S.size());
  auto *P = reinterpret_cast<const unsigned char *>(S.data());
  auto *E = P + S.size();
  while (P < E)
    Out.push_back(decodeCodePoint(P));
  return Out;
}

std::string encode(const uint32_t *CPs, size_t N) {
  std::string Out;
  for (size_t I = 0; I < N; ++I)
    appendUTF8(CPs[I], Out);
  return Out;
}

/// Python's str.isspace() for one code point (Py_UNICODE_ISSPACE).
bool isSpaceCP(uint32_t C) {
  if (C < 0x80)
    return C == ' ' || (C >= 0x09 && C <= 0x0D) || (C >= 0x1C && C <= 0x1F);
  return C == 0x85 || C == 0xA0 || C == 0x1680 ||
         (C >= 0x2000 && C <= 0x200A) || C == 0x2028 || C == 0x2029 ||
         C == 0x202F || C == 0x205F || C == 0x3000;
}

/// The line boundaries of str.splitlines().
bool isLineBreak(uint32_t C) {
  return C == '\n' || C == '\r' || C == 0x0B || C == 0x0C ||
         (C >= 0x1C && C <= 0x1E) || C == 0x85 || C == 0x2028 || C == 0x2029;
}

/// Byte offset of code point \p Index in \p S (Index at most its length).
size_t byteOffset(StringRef S, int64_t Index) {
  size_t B = 0;
  while (Index > 0 && B < S.size()) {
    ++B;
    while (B < S.size() && (static_cast<unsigned char>(S[B]) & 0xC0) == 0x80)
      ++B;
    --Index;
  }
  return B;
}

/// An argument used as a C ssize_t (width, count, maxsplit).
bool toSsize(VM &M, Value V, int64_t &Out, const char *CType = "ssize_t") {
  if (V.isIntLike()) {
    Out = V.I;
    return true;
  }
  if (isAnyInt(V))
    return M.raise(ExcKind::OverflowError,
                   Twine("Python int too large to convert to C ") + CType);
  return typeError(M, Twine("'") + typeName(V) +
                          "' object cannot be interpreted as an integer");
}

/// A start or end argument of find() and friends: int or None, clamped.
bool sliceIndex(VM &M, Value V, int64_t &Out) {
  if (V.isNone())
    return true;
  if (V.isIntLike()) {
    Out = V.I;
    return true;
  }
  if (isAnyInt(V)) {
    Out = isBigInt(V) && mpz_sgn(bigOf(V)) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    return true;
  }
  return typeError(M, "slice indices must be integers or None or have an "
                      "__index__ method");
}

/// CPython's ADJUST_INDICES.
void adjustIndices(int64_t &Start, int64_t &End, int64_t Len) {
  if (End > Len)
    End = Len;
  else if (End < 0) {
    End += Len;
    if (End < 0)
      End = 0;
  }
  if (Start < 0) {
    Start += Len;
    if (Start < 0)
      Start = 0;
  }
}

/// Reads the optional start and end (Args[0], Args[1] of N) into a window
/// of \p S: the byte range [B0, B1) and the code point start; false with
/// Empty set when start > end.
struct Window {
  int64_t Start = 0, End = 0, Len = 0;
  size_t B0 = 0, B1 = 0;
};
bool readWindow(VM &M, StringRef S, const Value *Args, unsigned N, Window &W) {
  W.Len = codePointCount(S);
  W.Start = 0;
  W.End = INT64_MAX / 2;
  if (N > 0 && !sliceIndex(M, Args[0], W.Start))
    return false;
  if (N > 1 && !sliceIndex(M, Args[1], W.End))
    return false;
  adjustIndices(W.Start, W.End, W.Len);
  if (W.Start <= W.End && W.Start <= W.Len) {
    W.B0 = byteOffset(S, W.Start);
    W.B1 = W.B0 + byteOffset(S.substr(W.B0), W.End - W.Start);
  }
  return true;
}

bool needStr(VM &M, Value V) {
  if (isStr(V))
    return true;
  return typeError(M, Twine("must be str, not ") + typeName(V));
}

bool noArgs(VM &M, const char *Name, unsigned N) {
  if (N == 1)
    return true;
  return typeError(M, Twine("str.") + Name + "() takes no arguments (" +
                          Twine(N - 1) + " given)");
}
bool oneArg(VM &M, const char *Name, unsigned N) {
  if (N == 2)
    return true;
  return typeError(M, Twine("str.") + Name + "() takes exactly one argument (" +
                          Twine(N - 1) + " given)");
}
/// "NAME expected at least/most K argument(s), got G" (unpack_tuple style).
bool argRange(VM &M, const char *Name, unsigned N, unsigned Min, unsigned Max) {
  unsigned G = N - 1;
  if (G < Min)
    return typeError(M, Twine(Name) + " expected at least " + Twine(Min) +
                            " argument" + (Min == 1 ? "" : "s") + ", got " +
                            Twine(G));
  if (G > Max)
    return typeError(M, Twine(Name) + " expected at most " + Twine(Max) +
                            " argument" + (Max == 1 ? "" : "s") + ", got " +
                            Twine(G));
  return true;
}
/// "NAME() takes at least/most K argument(s) (G given)" (getargs style).
bool argRangeParen(VM &M, const char *Name, unsigned N, unsigned Min,
                   unsigned Max) {
  unsigned G = N - 1;
  if (G < Min)
    return typeError(M, Twine(Name) + "() takes at least " + Twine(Min) +
                            " argument" + (Min == 1 ? "" : "s") + " (" +
                            Twine(G) + " given)");
  if (G > Max)
    return typeError(M, Twine(Name) + "() takes at most " + Twine(Max) +
                            " argument" + (Max == 1 ? "" : "s") + " (" +
                            Twine(G) + " given)");
  return true;
}

/// Binds positional and keyword arguments of a method whose parameters
/// (after self) are \p Names, as Argument Clinic does; missing ones stay
/// Undef. N counts self.
bool bindKw(VM &M, const char *Fn, Value *Args, unsigned N,
            std::initializer_list<const char *> Names, Value *Out) {
  unsigned NP = Names.size();
  unsigned Given = N - 1 + M.NumKw;
  if (Given > NP)
    return typeError(M, Twine(Fn) + "() takes at most " + Twine(NP) + " " +
                            (N == 1 ? "keyword " : "") + "argument" +
                            (NP == 1 ? "" : "s") + " (" + Twine(Given) +
                            " given)");
  for (unsigned I = 0; I < NP; ++I)
    Out[I] = I + 1 < N ? Args[I + 1] : Value::undef();
  for (unsigned K = 0; K < M.NumKw; ++K) {
    StringRef Name = text(M.KwNames[K]);
    unsigned I = 0;
    for (const char *P : Names) {
      if (Name == P)
        break;
      ++I;
    }
    if (I == NP)
      return typeError(M, Twine("'") + Name +
                              "' is an invalid keyword argument for " + Fn +
                              "()");
    if (I + 1 < N)
      return typeError(M, Twine("argument for ") + Fn + "() given by name ('" +
                              Name + "') and position (" + Twine(I + 1) + ")");
    Out[I] = M.KwValues[K];
  }
  return true;
}

bool refuseNonAscii(VM &M, const char *Name) {
  return M.raise(ExcKind::NotImplementedError,
                 Twine("str.") + Name +
                     "() of a str with non-ASCII characters is not supported "
                     "yet");
}

//===----------------------------------------------------------------------===//
// join, split, rsplit, splitlines, partition
//===----------------------------------------------------------------------===//

bool strJoin(VM &M, Value *Args, unsigned N, Value &Result) {
  if (!oneArg(M, "join", N))
    return false;
  ListObject *L;
  Value It = Args[1];
  if (!isList(It) && !isTuple(It)) {
    Value Tmp;
    if (!getIter(M, It, Tmp)) {
      if (M.raise(ExcKind::TypeError, "can only join an iterable"))
        return false;
      return false;
    }
    if (!listFromIterable(M, It, L))
      return false;
    It = Value::object(L);
  }
  const Value *Items = isList(It) ? asList(It)->Items : asTuple(It)->Items;
  size_t Len = isList(It) ? asList(It)->Len : asTuple(It)->Len;
  StringRef Sep = text(Args[0]);
  std::string Out;
  for (size_t I = 0; I < Len; ++I) {
    if (!isStr(Items[I]))
      return typeError(M, "sequence item " + Twine(I) +
                              ": expected str instance, " + typeName(Items[I]) +
                              " found");
    if (I)
      Out += Sep;
    Out += text(Items[I]);
  }
  return ret(M, Out, Result);
}

bool splitCommon(VM &M, Value *Args, unsigned N, Value &Result, bool Right) {
  const char *Fn = Right ? "rsplit" : "split";
  Value P[2];
  if (!bindKw(M, Fn, Args, N, {"sep", "maxsplit"}, P))
    return false;
  int64_t Max = -1;
  if (!P[1].isUndef() && !toSsize(M, P[1], Max))
    return false;
  Value SepV = P[0];
  if (!SepV.isUndef() && !SepV.isNone() && !isStr(SepV))
    return typeError(M, Twine("must be str or None, not ") + typeName(SepV));
  if (Max < 0)
    Max = INT64_MAX;
  StringRef S = text(Args[0]);
  std::vector<StringRef> Parts;
  if (SepV.isUndef() || SepV.isNone()) {
    std::vector<uint32_t> CPs = decode(S);
    // Byte offsets of each code point.
    std::vector<size_t> Off;
    Off.reserve(CPs.size() + 1);
    for (size_t B = 0; B < S.size(); ++B)
      if ((static_cast<unsigned char>(S[B]) & 0xC0) != 0x80)
        Off.push_back(B);
    Off.push_back(S.size());
    size_t NC = CPs.size();
    if (!Right) {
      size_t I = 0;
      while (true) {
        while (I < NC && isSpaceCP(CPs[I]))
          ++I;
        if (I == NC)
          break;
        if (Max-- == 0) {
          // The rest, trailing whitespace included.
          Parts.push_back(S.slice(Off[I], S.size()));
          break;
        }
        size_t J = I;
        while (J < NC && !isSpaceCP(CPs[J]))
          ++J;
        Parts.push_back(S.slice(Off[I], Off[J]));
        I = J;
      }
    } else {
      size_t I = NC;
      while (true) {
        while (I > 0 && isSpaceCP(CPs[I - 1]))
          --I;
        if (I == 0)
          break;
        if (Max-- == 0) {
          Parts.push_back(S.slice(0, Off[I]));
          break;
        }
        size_t J = I;
        while (J > 0 && !isSpaceCP(CPs[J - 1]))
          --J;
        Parts.push_back(S.slice(Off[J], Off[I]));
        I = J;
      }
      std::reverse(Parts.begin(), Parts.end());
    }
  } else {
    StringRef Sep = text(SepV);
    if (Sep.empty())
      return M.raise(ExcKind::ValueError, "empty separator");
    if (!Right) {
      size_t Pos = 0;
      while (Max > 0) {
        size_t F = S.find(Sep, Pos);
        if (F == StringRef::npos)
          break;
        Parts.push_back(S.slice(Pos, F));
        Pos = F + Sep.size();
        --Max;
      }
      Parts.push_back(S.substr(Pos));
    } else {
      size_t End = S.size();
      while (Max > 0) {
        size_t F = S.substr(0, End).rfind(Sep);
        if (F == StringRef::npos)
          break;
        Parts.push_back(S.slice(F + Sep.size(), End));
        End = F;
        --Max;
      }
      Parts.push_back(S.substr(0, End));
      std::reverse(Parts.begin(), Parts.end());
    }
  }
  ListObject *L = M.newList(0);
  for (StringRef Part : Parts)
    listAppend(M, L, Value::object(M.newStr(Part)));
  Result = Value::object(L);
  return true;
}
bool strSplit(VM &M, Value *Args, unsigned N, Value &Result) {
  return splitCommon(M, Args, N, Result, false);
}
bool strRsplit(VM &M, Value *Args, unsigned N, Value &Result) {
  return splitCommon(M, Args, N, Result, true);
}

bool strSplitlines(VM &M, Value *Args, unsigned N, Value &Result) {
  Value P[1];
  if (!bindKw(M, "splitlines", Args, N, {"keepends"}, P))
    return false;
  bool Keep = false;
  if (!P[0].isUndef()) {
    if (P[0].isFloat())
      return typeError(M, "'float' object cannot be interpreted as an integer");
    if (!isAnyInt(P[0]))
      return typeError(M, Twine("'") + typeName(P[0]) +
                              "' object cannot be interpreted as an integer");
    Keep = isTruthy(P[0]);
  }
  StringRef S = text(Args[0]);
  ListObject *L = M.newList(0);
  auto *Base = reinterpret_cast<const unsigned char *>(S.data());
  const unsigned char *P0 = Base, *E = Base + S.size();
  const unsigned char *LineStart = P0;
  while (P0 < E) {
    const unsigned char *CPStart = P0;
    uint32_t C = decodeCodePoint(P0);
    if (!isLineBreak(C))
      continue;
    const unsigned char *EolEnd = P0;
    if (C == '\r' && P0 < E && *P0 == '\n')
      EolEnd = ++P0;
    const unsigned char *LineEnd = Keep ? EolEnd : CPStart;
    listAppend(
        M, L,
        Value::object(M.newStr(StringRef(
            reinterpret_cast<const char *>(LineStart), LineEnd - LineStart))));
    LineStart = EolEnd;
  }
  if (LineStart < E)
    listAppend(M, L,
               Value::object(M.newStr(StringRef(
                   reinterpret_cast<const char *>(LineStart), E - LineStart))));
  Result = Value::object(L);
  return true;
}

bool partitionCommon(VM &M, Value *Args, unsigned N, Value &Result,
                     bool Right) {
  if (!oneArg(M, Right ? "rpartition" : "partition", N) || !needStr(M, Args[1]))
    return false;
  StringRef S = text(Args[0]), Sep = text(Args[1]);
  if (Sep.empty())
    return M.raise(ExcKind::ValueError, "empty separator");
  size_t F = Right ? S.rfind(Sep) : S.find(Sep);
  TupleObject *T = M.newTuple(3);
  for (unsigned I = 0; I < 3; ++I)
    T->Items[I] = Value::none();
  Result = Value::object(T);
  if (F == StringRef::npos) {
    Value Empty = Value::object(M.newStr(""));
    T->Items[0] = Right ? Empty : Args[0];
    T->Items[1] = Empty;
    T->Items[2] = Right ? Args[0] : Empty;
    return true;
  }
  T->Items[0] = Value::object(M.newStr(S.substr(0, F)));
  T->Items[1] = Args[1];
  T->Items[2] = Value::object(M.newStr(S.substr(F + Sep.size())));
  return true;
}
bool strPartition(VM &M, Value *Args, unsigned N, Value &Result) {
  return partitionCommon(M, Args, N, Result, false);
}
bool strRpartition(VM &M, Value *Args, unsigned N, Value &Result) {
  return partitionCommon(M, Args, N, Result, true);
}

//===----------------------------------------------------------------------===//
// strip, startswith, find, count, replace
//===----------------------------------------------------------------------===//

bool stripCommon(VM &M, Value *Args, unsigned N, Value &Result,
                 const char *Name, bool Left, bool Right) {
  if (!argRange(M, Name, N, 0, 1))
    return false;
  Value CharsV = N > 1 ? Args[1] : Value::none();
  if (!CharsV.isNone() && !isStr(CharsV))
    return typeError(M, Twine(Name) + " arg must be None or str");
  StringRef S = text(Args[0]);
  std::vector<uint32_t> CPs = decode(S);
  std::vector<uint32_t> Chars;
  if (!CharsV.isNone())
    Chars = decode(text(CharsV));
  auto Strip = [&](uint32_t C) {
    if (CharsV.isNone())
      return isSpaceCP(C);
    return std::find(Chars.begin(), Chars.end(), C) != Chars.end();
  };
  size_t I = 0, J = CPs.size();
  if (Left)
    while (I < J && Strip(CPs[I]))
      ++I;
  if (Right)
    while (J > I && Strip(CPs[J - 1]))
      --J;
  if (I == 0 && J == CPs.size()) {
    Result = Args[0];
    return true;
  }
  return ret(M, encode(CPs.data() + I, J - I), Result);
}
bool strStrip(VM &M, Value *Args, unsigned N, Value &Result) {
  return stripCommon(M, Args, N, Result, "strip", true, true);
}
bool strLstrip(VM &M, Value *Args, unsigned N, Value &Result) {
  return stripCommon(M, Args, N, Result, "lstrip", true, false);
}
bool strRstrip(VM &M, Value *Args, unsigned N, Value &Result) {
  return stripCommon(M, Args, N, Result, "rstrip", false, true);
}

bool startsEnds(VM &M, Value *Args, unsigned N, Value &Result, bool End) {
  const char *Name = End ? "endswith" : "startswith";
  if (!argRangeParen(M, Name, N, 1, 3))
    return false;
  StringRef S = text(Args[0]);
  Window W;
  if (!readWindow(M, S, Args + 2, N - 2, W))
    return false;
  auto Match = [&](StringRef Sub) {
    int64_t SubLen = codePointCount(Sub);
    if (W.End - W.Start < SubLen || W.Start > W.Len)
      return false;
    StringRef Part = S.slice(W.B0, W.B1);
    return End ? Part.endswith(Sub) : Part.startswith(Sub);
  };
  Value X = Args[1];
  if (isTuple(X)) {
    TupleObject *T = asTuple(X);
    for (size_t I = 0; I < T->Len; ++I) {
      if (!isStr(T->Items[I]))
        return typeError(M, Twine("tuple for ") + Name +
                                " must only contain str, not " +
                                typeName(T->Items[I]));
      if (Match(text(T->Items[I]))) {
        Result = Value::boolean(true);
        return true;
      }
    }
    Result = Value::boolean(false);
    return true;
  }
  if (!isStr(X))
    return typeError(M, Twine(Name) +
                            " first arg must be str or a tuple of str, not " +
                            typeName(X));
  Result = Value::boolean(Match(text(X)));
  return true;
}
bool strStartswith(VM &M, Value *Args, unsigned N, Value &Result) {
  return startsEnds(M, Args, N, Result, false);
}
bool strEndswith(VM &M, Value *Args, unsigned N, Value &Result) {
  return startsEnds(M, Args, N, Result, true);
}

enum class FindKind { Find, RFind, Index, RIndex, Count };

bool findCommon(VM &M, Value *Args, unsigned N, Value &Result, FindKind K) {
  static const char *Names[] = {"find", "rfind", "index", "rindex", "count"};
  if (!argRangeParen(M, Names[unsigned(K)], N, 1, 3) || !needStr(M, Args[1]))
    return false;
  StringRef S = text(Args[0]), Sub = text(Args[1]);
  Window W;
  if (!readWindow(M, S, Args + 2, N - 2, W))
    return false;
  int64_t SubLen = codePointCount(Sub);
  bool Fits = !(W.End - W.Start < SubLen || W.Start > W.Len);
  if (K == FindKind::Count) {
    int64_t C = 0;
    if (Fits) {
      if (Sub.empty())
        C = W.End - W.Start + 1;
      else {
        StringRef Part = S.slice(W.B0, W.B1);
        size_t Pos = 0;
        while ((Pos = Part.find(Sub, Pos)) != StringRef::npos) {
          ++C;
          Pos += Sub.size();
        }
      }
    }
    Result = Value::integer(C);
    return true;
  }
  int64_t Found = -1;
  if (Fits) {
    StringRef Part = S.slice(W.B0, W.B1);
    bool Rev = K == FindKind::RFind || K == FindKind::RIndex;
    size_t F = Rev ? Part.rfind(Sub) : Part.find(Sub);
    if (F != StringRef::npos)
      Found = W.Start + codePointCount(Part.substr(0, F));
  }
  if (Found < 0 && (K == FindKind::Index || K == FindKind::RIndex))
    return M.raise(ExcKind::ValueError, "substring not found");
  Result = Value::integer(Found);
  return true;
}
bool strFind(VM &M, Value *Args, unsigned N, Value &Result) {
  return findCommon(M, Args, N, Result, FindKind::Find);
}
bool strRfind(VM &M, Value *Args, unsigned N, Value &Result) {
  return findCommon(M, Args, N, Result, FindKind::RFind);
}
bool strIndex(VM &M, Value *Args, unsigned N, Value &Result) {
  return findCommon(M, Args, N, Result, FindKind::Index);
}
bool strRindex(VM &M, Value *Args, unsigned N, Value &Result) {
  return findCommon(M, Args, N, Result, FindKind::RIndex);
}
bool strCount(VM &M, Value *Args, unsigned N, Value &Result) {
  return findCommon(M, Args, N, Result, FindKind::Count);
}

bool strReplace(VM &M, Value *Args, unsigned N, Value &Result) {
  if (!argRange(M, "replace", N, 2, 3))
    return false;
  for (unsigned I = 1; I <= 2; ++I)
    if (!isStr(Args[I]))
      return typeError(M, "replace() argument " + Twine(I) +
                              " must be str, not " + typeName(Args[I]));
  int64_t Count = -1;
  if (N > 3 && !toSsize(M, Args[3], Count))
    return false;
  if (Count < 0)
    Count = INT64_MAX;
  StringRef S = text(Args[0]), Old = text(Args[1]), New = text(Args[2]);
  std::string Out;
  if (Old.empty()) {
    auto *P = reinterpret_cast<const unsigned char *>(S.data());
    auto *E = P + S.size();
    while (true) {
      if (Count > 0) {
        Out += New;
        --Count;
      }
      if (P == E)
        break;
      auto *Q = P;
      decodeCodePoint(Q);
      Out.append(reinterpret_cast<const char *>(P), Q - P);
      P = Q;
    }
    return ret(M, Out, Result);
  }
  size_t Pos = 0;
  while (Count > 0) {
    size_t F = S.find(Old, Pos);
    if (F == StringRef::npos)
      break;
    Out += S.slice(Pos, F);
    Out += New;
    Pos = F + Old.size();
    --Count;
  }
  if (Pos == 0) {
    Result = Args[0];
    return true;
  }
  Out += S.substr(Pos);
  return ret(M, Out, Result);
}

bool strRemoveAffix(VM &M, Value *Args, unsigned N, Value &Result,
                    bool Suffix) {
  const char *Name = Suffix ? "removesuffix" : "removeprefix";
  if (!oneArg(M, Name, N))
    return false;
  if (!isStr(Args[1]))
    return typeError(M, Twine(Name) + "() argument must be str, not " +
                            typeName(Args[1]));
  StringRef S = text(Args[0]), A = text(Args[1]);
  if (!A.empty() && (Suffix ? S.endswith(A) : S.startswith(A)))
    return ret(M, Suffix ? S.drop_back(A.size()) : S.drop_front(A.size()),
               Result);
  Result = Args[0];
  return true;
}
bool strRemoveprefix(VM &M, Value *Args, unsigned N, Value &Result) {
  return strRemoveAffix(M, Args, N, Result, false);
}
bool strRemovesuffix(VM &M, Value *Args, unsigned N, Value &Result) {
  return strRemoveAffix(M, Args, N, Result, true);
}

//===----------------------------------------------------------------------===//
// Case mapping and character classes
//===----------------------------------------------------------------------===//

bool isLowerA(char C) { return C >= 'a' && C <= 'z'; }
bool isUpperA(char C) { return C >= 'A' && C <= 'Z'; }
char toUpperA(char C) { return isLowerA(C) ? C - 32 : C; }
char toLowerA(char C) { return isUpperA(C) ? C + 32 : C; }

enum class CaseKind { Upper, Lower, Title, Capitalize, Swapcase, Casefold };

bool caseCommon(VM &M, Value *Args, unsigned N, Value &Result, CaseKind K,
                const char *Name) {
  if (!noArgs(M, Name, N))
    return false;
  StringRef S = text(Args[0]);
  if (!isAscii(S))
    return refuseNonAscii(M, Name);
  std::string Out(S);
  bool PrevCased = false;
  for (size_t I = 0; I < Out.size(); ++I) {
    char &C = Out[I];
    switch (K) {
    case CaseKind::Upper:
      C = toUpperA(C);
      break;
    case CaseKind::Lower:
    case CaseKind::Casefold:
      C = toLowerA(C);
      break;
    case CaseKind::Swapcase:
      C = isUpperA(C) ? toLowerA(C) : toUpperA(C);
      break;
    case CaseKind::Capitalize:
      C = I == 0 ? toUpperA(C) : toLowerA(C);
      break;
    case CaseKind::Title: {
      bool Cased = isUpperA(C) || isLowerA(C);
      C = PrevCased ? toLowerA(C) : toUpperA(C);
      PrevCased = Cased;
      break;
    }
    }
  }
  return ret(M, Out, Result);
}
#define CASE_METHOD(Fn, Kind, Name)                                            \
  bool Fn(VM &M, Value *Args, unsigned N, Value &Result) {                     \
    return caseCommon(M, Args, N, Result, CaseKind::Kind, Name);               \
  }
CASE_METHOD(strUpper, Upper, "upper")
CASE_METHOD(strLower, Lower, "lower")
CASE_METHOD(strTitle, Title, "title")
CASE_METHOD(strCapitalize, Capitalize, "capitalize")
CASE_METHOD(strSwapcase, Swapcase, "swapcase")
CASE_METHOD(strCasefold, Casefold, "casefold")
#undef CASE_METHOD

enum class ClassKind {
  Digit,
  Alpha,
  Space,
  Alnum,
  Upper,
  Lower,
  Decimal,
  Numeric,
  Identifier,
  Ascii,
  Title,
  Printable
};

bool classCommon(VM &M, Value *Args, unsigned N, Value &Result, ClassKind K,
                 const char *Name) {
  if (!noArgs(M, Name, N))
    return false;
  StringRef S = text(Args[0]);
  bool Ascii = isAscii(S);
  if (K == ClassKind::Ascii) {
    Result = Value::boolean(Ascii);
    return true;
  }
  std::vector<uint32_t> CPs = decode(S);
  bool R = !CPs.empty();
  switch (K) {
  case ClassKind::Space:
    for (uint32_t C : CPs)
      R = R && isSpaceCP(C);
    break;
  case ClassKind::Identifier:
    for (size_t I = 0; I < CPs.size() && R; ++I)
      R = I == 0 ? isIdentifierStart(CPs[I]) : isIdentifierContinue(CPs[I]);
    break;
  case ClassKind::Printable:
    R = true;
    for (uint32_t C : CPs)
      R = R && isPrintable(C);
    break;
  default:
    if (!Ascii)
      return refuseNonAscii(M, Name);
    switch (K) {
    case ClassKind::Digit:
    case ClassKind::Decimal:
    case ClassKind::Numeric:
      for (char C : S)
        R = R && C >= '0' && C <= '9';
      break;
    case ClassKind::Alpha:
      for (char C : S)
        R = R && (isLowerA(C) || isUpperA(C));
      break;
    case ClassKind::Alnum:
      for (char C : S)
        R = R && (isLowerA(C) || isUpperA(C) || (C >= '0' && C <= '9'));
      break;
    case ClassKind::Upper:
    case ClassKind::Lower: {
      bool Cased = false;
      for (char C : S) {
        if (K == ClassKind::Upper ? isLowerA(C) : isUpperA(C))
          R = false;
        Cased |= isLowerA(C) || isUpperA(C);
      }
      R = R && Cased;
      break;
    }
    case ClassKind::Title: {
      bool Cased = false, Prev = false;
      for (char C : S) {
        if (isUpperA(C)) {
          if (Prev)
            R = false;
          Prev = Cased = true;
        } else if (isLowerA(C)) {
          if (!Prev)
            R = false;
          Prev = Cased = true;
        } else {
          Prev = false;
        }
      }
      R = R && Cased;
      break;
    }
    default:
      break;
    }
  }
  Result = Value::boolean(R);
  return true;
}
#define CLASS_METHOD(Fn, Kind, Name)                                           \
  bool Fn(VM &M, Value *Args, unsigned N, Value &Result) {                     \
    return classCommon(M, Args, N, Result, ClassKind::Kind, Name);             \
  }
CLASS_METHOD(strIsdigit, Digit, "isdigit")
CLASS_METHOD(strIsalpha, Alpha, "isalpha")
CLASS_METHOD(strIsspace, Space, "isspace")
CLASS_METHOD(strIsalnum, Alnum, "isalnum")
CLASS_METHOD(strIsupper, Upper, "isupper")
CLASS_METHOD(strIslower, Lower, "islower")
CLASS_METHOD(strIsdecimal, Decimal, "isdecimal")
CLASS_METHOD(strIsnumeric, Numeric, "isnumeric")
CLASS_METHOD(strIsidentifier, Identifier, "isidentifier")
CLASS_METHOD(strIsascii, Ascii, "isascii")
CLASS_METHOD(strIstitle, Title, "istitle")
CLASS_METHOD(strIsprintable, Printable, "isprintable")
#undef CLASS_METHOD

//===----------------------------------------------------------------------===//
// Padding, zfill, expandtabs
//===----------------------------------------------------------------------===//

bool padCommon(VM &M, Value *Args, unsigned N, Value &Result,
               const char *Name) {
  if (!argRange(M, Name, N, 1, 2))
    return false;
  int64_t Width;
  if (!toSsize(M, Args[1], Width))
    return false;
  std::string Fill = " ";
  if (N > 2) {
    if (!isStr(Args[2]))
      return typeError(M,
                       Twine("The fill character must be a unicode character, "
                             "not ") +
                           typeName(Args[2]));
    if (codePointCount(text(Args[2])) != 1)
      return typeError(M,
                       "The fill character must be exactly one character long");
    Fill = text(Args[2]).str();
  }
  StringRef S = text(Args[0]);
  int64_t Len = codePointCount(S);
  if (Width <= Len) {
    Result = Args[0];
    return true;
  }
  int64_t Marg = Width - Len, Left;
  if (Name[0] == 'l')
    Left = 0;
  else if (Name[0] == 'r')
    Left = Marg;
  else
    Left = Marg / 2 + (Marg & Width & 1);
  std::string Out;
  for (int64_t I = 0; I < Left; ++I)
    Out += Fill;
  Out += S;
  for (int64_t I = Left; I < Marg; ++I)
    Out += Fill;
  return ret(M, Out, Result);
}
bool strCenter(VM &M, Value *Args, unsigned N, Value &Result) {
  return padCommon(M, Args, N, Result, "center");
}
bool strLjust(VM &M, Value *Args, unsigned N, Value &Result) {
  return padCommon(M, Args, N, Result, "ljust");
}
bool strRjust(VM &M, Value *Args, unsigned N, Value &Result) {
  return padCommon(M, Args, N, Result, "rjust");
}

bool strZfill(VM &M, Value *Args, unsigned N, Value &Result) {
  if (!oneArg(M, "zfill", N))
    return false;
  int64_t Width;
  if (!toSsize(M, Args[1], Width))
    return false;
  StringRef S = text(Args[0]);
  int64_t Len = codePointCount(S);
  if (Width <= Len) {
    Result = Args[0];
    return true;
  }
  std::string Out;
  size_t Rest = 0;
  if (!S.empty() && (S[0] == '+' || S[0] == '-')) {
    Out += S[0];
    Rest = 1;
  }
  Out.append(Width - Len, '0');
  Out += S.substr(Rest);
  return ret(M, Out, Result);
}

bool strExpandtabs(VM &M, Value *Args, unsigned N, Value &Result) {
  Value P[1];
  if (!bindKw(M, "expandtabs", Args, N, {"tabsize"}, P))
    return false;
  int64_t Tab = 8;
  if (!P[0].isUndef() && !toSsize(M, P[0], Tab, "int"))
    return false;
  if (Tab > INT_MAX || Tab < INT_MIN)
    return M.raise(ExcKind::OverflowError,
                   "Python int too large to convert to C int");
  StringRef S = text(Args[0]);
  std::string Out;
  int64_t Col = 0;
  auto *P0 = reinterpret_cast<const unsigned char *>(S.data());
  auto *E = P0 + S.size();
  while (P0 < E) {
    auto *Q = P0;
    uint32_t C = decodeCodePoint(Q);
    if (C == '\t') {
      if (Tab > 0) {
        int64_t Incr = Tab - Col % Tab;
        Out.append(Incr, ' ');
        Col += Incr;
      }
    } else {
      Out.append(reinterpret_cast<const char *>(P0), Q - P0);
      ++Col;
      if (C == '\n' || C == '\r')
        Col = 0;
    }
    P0 = Q;
  }
  return ret(M, Out, Result);
}

//===----------------------------------------------------------------------===//
// format
//===----------------------------------------------------------------------===//

struct Formatter {
  VM &M;
  const Value *Pos;
  unsigned NPos;
  int AutoIndex = 0; ///< -1 once a field was numbered by hand.
  bool Manual = false;

  bool lookupField(StringRef Name, Value &V) {
    if (Name.find_first_of(".[") != StringRef::npos)
      return M.raise(ExcKind::NotImplementedError,
                     "attribute and index access in str.format() fields is "
                     "not supported yet");
    if (Name.empty() || std::all_of(Name.begin(), Name.end(), [](char C) {
          return C >= '0' && C <= '9';
        })) {
      int64_t Index;
      if (Name.empty()) {
        if (Manual)
          return M.raise(ExcKind::ValueError,
                         "cannot switch from manual field specification to "
                         "automatic field numbering");
        AutoIndex = AutoIndex < 0 ? 0 : AutoIndex;
        Index = AutoIndex++;
      } else {
        if (AutoIndex > 0)
          return M.raise(ExcKind::ValueError,
                         "cannot switch from automatic field numbering to "
                         "manual field specification");
        Manual = true;
        if (Name.size() > 18)
          return M.raise(ExcKind::ValueError,
                         "Too many decimal digits in format string");
        Name.getAsInteger(10, Index);
      }
      if (Index >= NPos)
        return M.raise(ExcKind::IndexError,
                       "Replacement index " + Twine(Index) +
                           " out of range for positional args tuple");
      V = Pos[Index];
      return true;
    }
    for (unsigned K = 0; K < M.NumKw; ++K)
      if (text(M.KwNames[K]) == Name) {
        V = M.KwValues[K];
        return true;
      }
    // CPython raises KeyError, which pyr does not have yet.
    return M.raise(ExcKind::NotImplementedError,
                   "str.format() of a missing keyword field is not "
                   "supported yet");
  }

  bool format(StringRef Fmt, std::string &Out, int Depth) {
    if (Depth <= 0)
      return M.raise(ExcKind::ValueError, "Max string recursion exceeded");
    size_t I = 0, E = Fmt.size();
    while (I < E) {
      char C = Fmt[I];
      if (C == '}') {
        if (I + 1 < E && Fmt[I + 1] == '}') {
          Out += '}';
          I += 2;
          continue;
        }
        return M.raise(ExcKind::ValueError,
                       "Single '}' encountered in format string");
      }
      if (C != '{') {
        Out += C;
        ++I;
        continue;
      }
      if (I + 1 < E && Fmt[I + 1] == '{') {
        Out += '{';
        I += 2;
        continue;
      }
      // A replacement field: find its end as CPython's MarkupIterator does
      // (brackets in the name and the conversion character are skipped,
      // braces nest in the spec).
      if (I + 1 == E)
        return M.raise(ExcKind::ValueError,
                       "Single '{' encountered in format string");
      size_t J = I + 1;
      int Nest = 1;
      bool InSpec = false, SawConv = false;
      while (J < E) {
        char D = Fmt[J];
        if (!InSpec && D == '[') {
          while (J < E && Fmt[J] != ']')
            ++J;
          if (J < E)
            ++J;
          continue;
        }
        if (!InSpec && D == '!') {
          if (J + 1 == E)
            return M.raise(ExcKind::ValueError,
                           "end of string while looking for conversion "
                           "specifier");
          SawConv = true;
          J += 2;
          continue;
        }
        if (D == ':')
          InSpec = true;
        else if (D == '{')
          ++Nest;
        else if (D == '}' && --Nest == 0)
          break;
        ++J;
      }
      if (J >= E)
        return M.raise(ExcKind::ValueError,
                       InSpec || SawConv ? "unmatched '{' in format spec"
                                         : "expected '}' before end of string");
      StringRef Field = Fmt.slice(I + 1, J);
      I = J + 1;
      // field_name [! conversion] [: spec]
      size_t K = 0;
      while (K < Field.size() && Field[K] != '!' && Field[K] != ':') {
        if (Field[K] == '[')
          while (K < Field.size() && Field[K] != ']')
            ++K;
        if (K < Field.size())
          ++K;
      }
      StringRef Name = Field.substr(0, K);
      char Conv = 0;
      StringRef Spec;
      if (K < Field.size() && Field[K] == '!') {
        if (K + 1 >= Field.size())
          return M.raise(ExcKind::ValueError,
                         "end of string while looking for conversion "
                         "specifier");
        Conv = Field[K + 1];
        K += 2;
        if (K < Field.size() && Field[K] != ':')
          return M.raise(ExcKind::ValueError,
                         "expected ':' after conversion specifier");
      }
      if (K < Field.size())
        Spec = Field.substr(K + 1);
      Value V;
      if (!lookupField(Name, V))
        return false;
      if (Conv) {
        std::string S;
        if (Conv == 'r') {
          if (!appendReprChecked(M, V, S))
            return false;
        } else if (Conv == 's') {
          if (!appendStrChecked(M, V, S))
            return false;
        } else if (Conv == 'a') {
          if (!appendAscii(M, V, S))
            return false;
        } else {
          return M.raise(ExcKind::ValueError,
                         Twine("Unknown conversion specifier ") +
                             Field.substr(K - 1, 1));
        }
        V = Value::object(M.newStr(S));
      }
      std::string SpecText;
      if (Spec.contains('{')) {
        if (!format(Spec, SpecText, Depth - 1))
          return false;
        Spec = SpecText;
      }
      if (!formatValue(M, V, Spec, Out))
        return false;
    }
    return true;
  }
};

bool strFormat(VM &M, Value *Args, unsigned N, Value &Result) {
  Formatter F{M, Args + 1, N - 1};
  std::string Out;
  if (!F.format(text(Args[0]), Out, 2))
    return false;
  return ret(M, Out, Result);
}

} // namespace

#define METHOD(Name, Fn)                                                       \
  { {&types::BuiltinFunction, nullptr, true}, Name, Fn }
const BuiltinFunctionObject pyr::StrMethods[NumStrMethods] = {
    METHOD("join", strJoin),
    METHOD("split", strSplit),
    METHOD("rsplit", strRsplit),
    METHOD("splitlines", strSplitlines),
    METHOD("partition", strPartition),
    METHOD("rpartition", strRpartition),
    METHOD("strip", strStrip),
    METHOD("lstrip", strLstrip),
    METHOD("rstrip", strRstrip),
    METHOD("startswith", strStartswith),
    METHOD("endswith", strEndswith),
    METHOD("find", strFind),
    METHOD("rfind", strRfind),
    METHOD("index", strIndex),
    METHOD("rindex", strRindex),
    METHOD("count", strCount),
    METHOD("replace", strReplace),
    METHOD("removeprefix", strRemoveprefix),
    METHOD("removesuffix", strRemovesuffix),
    METHOD("upper", strUpper),
    METHOD("lower", strLower),
    METHOD("title", strTitle),
    METHOD("capitalize", strCapitalize),
    METHOD("swapcase", strSwapcase),
    METHOD("casefold", strCasefold),
    METHOD("isdigit", strIsdigit),
    METHOD("isalpha", strIsalpha),
    METHOD("isspace", strIsspace),
    METHOD("isalnum", strIsalnum),
    METHOD("isupper", strIsupper),
    METHOD("islower", strIslower),
    METHOD("isdecimal", strIsdecimal),
    METHOD("isnumeric", strIsnumeric),
    METHOD("isidentifier", strIsidentifier),
    METHOD("isascii", strIsascii),
    METHOD("istitle", strIstitle),
    METHOD("isprintable", strIsprintable),
    METHOD("center", strCenter),
    METHOD("ljust", strLjust),
    METHOD("rjust", strRjust),
    METHOD("zfill", strZfill),
    METHOD("expandtabs", strExpandtabs),
    METHOD("format", strFormat),
};
#undef METHOD
static_assert(std::size(pyr::StrMethods) == pyr::NumStrMethods,
              "NumStrMethods counts the table");

bool pyr::strMethodTakesKeywords(BuiltinFn Fn) {
  return Fn == strSplit || Fn == strRsplit || Fn == strSplitlines ||
         Fn == strExpandtabs || Fn == strFormat;
}
