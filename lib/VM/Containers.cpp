//===- Containers.cpp - list, tuple, range, slices and iteration ----------===//
//
// The builtin container types as TypeObjects (repr, collector hooks,
// methods, iteration), the subscript, membership, comparison and unpacking
// operations on them, and the builtins that consume iterables. Messages
// follow CPython 3.11 word for word.
//
//===----------------------------------------------------------------------===//

#include "VM.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace pyr;
using llvm::StringRef;
using llvm::Twine;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// A big int where CPython needs an index-sized integer.
static bool indexTooBig(VM &M, ExcKind K) {
  return M.raise(K, "cannot fit 'int' into an index-sized integer");
}
static bool ssizeOverflow(VM &M) {
  return M.raise(ExcKind::OverflowError,
                 "Python int too large to convert to C ssize_t");
}
/// A big int as a slice index: clamped to the 64-bit range, as CPython
/// clamps slice indices.
static int64_t clampBigIndex(Value V) {
  return mpz_sgn(bigOf(V)) > 0 ? INT64_MAX : INT64_MIN;
}

static bool typeError(VM &M, const Twine &Msg) {
  return M.raise(ExcKind::TypeError, Msg);
}

static const char *typeName(Value V) { return typeOf(V)->Name; }

static bool sliceIndexError(VM &M) {
  return typeError(M, "slice indices must be integers or None or have an "
                      "__index__ method");
}

static void appendAddress(const void *P, std::string &Out) {
  char Buf[32];
  snprintf(Buf, sizeof(Buf), "%p", P);
  Out += Buf;
}

/// Gives \p L room for \p NewCap items (more than it has); false if the
/// allocation failed.
static bool resizeItems(VM &M, ListObject *L, size_t NewCap) {
  auto *Items =
      static_cast<Value *>(std::realloc(L->Items, NewCap * sizeof(Value)));
  if (!Items)
    return false;
  M.noteExternalBytes((NewCap - L->Cap) * sizeof(Value));
  L->Items = Items;
  L->Cap = NewCap;
  return true;
}

static void reserveList(VM &M, ListObject *L, size_t Need) {
  if (Need <= L->Cap)
    return;
  // CPython's growth pattern: about 1/8 extra, rounded up to 4.
  size_t NewCap = (Need + (Need >> 3) + 6) & ~size_t(3);
  if (NewCap < Need)
    NewCap = Need;
  if (!resizeItems(M, L, NewCap)) {
    llvm::errs() << "pyr: out of memory\n";
    std::abort();
  }
}

void pyr::listAppend(VM &M, ListObject *L, Value V) {
  if (L->Len == L->Cap)
    reserveList(M, L, L->Len + 1);
  L->Items[L->Len++] = V;
}

static ListObject *newListFrom(VM &M, const Value *Items, size_t N) {
  ListObject *L = M.newList(N);
  if (N)
    std::memcpy(L->Items, Items, N * sizeof(Value));
  return L;
}

static TupleObject *newTupleFrom(VM &M, const Value *Items, size_t N) {
  TupleObject *T = M.newTuple(N);
  if (N)
    std::memcpy(T->Items, Items, N * sizeof(Value));
  return T;
}

/// The items of a list or tuple.
static bool seqItems(Value V, const Value *&Items, size_t &N) {
  if (isList(V)) {
    Items = asList(V)->Items;
    N = asList(V)->Len;
    return true;
  }
  if (isTuple(V)) {
    Items = asTuple(V)->Items;
    N = asTuple(V)->Len;
    return true;
  }
  return false;
}

int64_t pyr::codePointCount(StringRef S) {
  int64_t N = 0;
  for (unsigned char C : S)
    N += (C & 0xC0) != 0x80;
  return N;
}


/// Byte offset of each code point of \p S, plus the end.
static void codePointOffsets(StringRef S, llvm::SmallVectorImpl<size_t> &Out) {
  for (size_t I = 0; I < S.size(); ++I)
    if ((static_cast<unsigned char>(S[I]) & 0xC0) != 0x80)
      Out.push_back(I);
  Out.push_back(S.size());
}

//===----------------------------------------------------------------------===//
// repr, tracing and sizes
//===----------------------------------------------------------------------===//

/// Containers being repr'd, innermost last: a container met again prints
/// as "[...]" / "(...)", as CPython's Py_ReprEnter arranges.
static thread_local llvm::SmallVector<const Object *, 8> ReprActive;

/// Set when a repr nested too deeply and was cut short; the builtin that
/// asked for the text raises RecursionError instead of using it.
static thread_local bool ReprTooDeep = false;

bool pyr::takeReprTooDeep() {
  bool R = ReprTooDeep;
  ReprTooDeep = false;
  return R;
}

/// false: print the container as "..." (it is being printed already, or
/// the nesting is too deep).
static bool reprEnter(const Object *O) {
  if (ReprActive.size() >= VM::RecursionLimit) {
    ReprTooDeep = true;
    return false;
  }
  if (llvm::is_contained(ReprActive, O))
    return false;
  ReprActive.push_back(O);
  return true;
}

bool pyr::reprEnterObject(const Object *O) { return reprEnter(O); }
void pyr::reprLeaveObject() { ReprActive.pop_back(); }

static void reprItems(const Value *Items, size_t N, std::string &Out) {
  for (size_t I = 0; I < N; ++I) {
    if (I)
      Out += ", ";
    appendRepr(Items[I], Out);
  }
}

static void reprList(Value V, std::string &Out) {
  ListObject *L = asList(V);
  if (!reprEnter(L)) {
    Out += "[...]";
    return;
  }
  Out += '[';
  // Items are re-read each time: nothing can mutate the list during repr
  // yet, but this is the shape a user __repr__ will need.
  for (size_t I = 0; I < L->Len; ++I) {
    if (I)
      Out += ", ";
    appendRepr(L->Items[I], Out);
  }
  Out += ']';
  ReprActive.pop_back();
}

static void reprTuple(Value V, std::string &Out) {
  TupleObject *T = asTuple(V);
  if (T->Len == 0) {
    Out += "()";
    return;
  }
  if (!reprEnter(T)) {
    Out += "(...)";
    return;
  }
  Out += '(';
  reprItems(T->Items, T->Len, Out);
  if (T->Len == 1)
    Out += ',';
  Out += ')';
  ReprActive.pop_back();
}

static void reprRange(Value V, std::string &Out) {
  Value Parts[4];
  rangeValues(asRange(V), Parts);
  Out += "range(";
  appendRepr(Parts[0], Out);
  Out += ", ";
  appendRepr(Parts[1], Out);
  if (!Parts[2].isIntLike() || Parts[2].I != 1) {
    Out += ", ";
    appendRepr(Parts[2], Out);
  }
  Out += ')';
}

static void reprSlice(Value V, std::string &Out) {
  auto *S = static_cast<SliceObject *>(V.O);
  Out += "slice(";
  appendRepr(S->Start, Out);
  Out += ", ";
  appendRepr(S->Stop, Out);
  Out += ", ";
  appendRepr(S->Step, Out);
  Out += ')';
}

static void reprObjectAt(Value V, std::string &Out) {
  Out += '<';
  Out += typeName(V);
  Out += " object at ";
  appendAddress(V.O, Out);
  Out += '>';
}

static void traceList(Object *O, VM &M) {
  auto *L = static_cast<ListObject *>(O);
  for (size_t I = 0; I < L->Len; ++I)
    M.markValue(L->Items[I]);
}
static void finalizeList(Object *O) {
  std::free(static_cast<ListObject *>(O)->Items);
}
static size_t sizeList(const Object *O) {
  return sizeof(ListObject) +
         static_cast<const ListObject *>(O)->Cap * sizeof(Value);
}

static void traceTuple(Object *O, VM &M) {
  auto *T = static_cast<TupleObject *>(O);
  for (size_t I = 0; I < T->Len; ++I)
    M.markValue(T->Items[I]);
}
static size_t sizeTuple(const Object *O) {
  size_t Len = static_cast<const TupleObject *>(O)->Len;
  return sizeof(TupleObject) + (Len ? Len - 1 : 0) * sizeof(Value);
}

static void traceRange(Object *O, VM &M) {
  if (!rangeIsBig(static_cast<RangeObject *>(O)))
    return;
  auto *B = static_cast<BigRangeObject *>(O);
  M.markValue(B->BStart);
  M.markValue(B->BStop);
  M.markValue(B->BStep);
  M.markValue(B->BLen);
}
static size_t sizeRange(const Object *O) {
  return rangeIsBig(static_cast<const RangeObject *>(O))
             ? sizeof(BigRangeObject)
             : sizeof(RangeObject);
}

static void traceSlice(Object *O, VM &M) {
  auto *S = static_cast<SliceObject *>(O);
  M.markValue(S->Start);
  M.markValue(S->Stop);
  M.markValue(S->Step);
}
static size_t sizeSlice(const Object *) { return sizeof(SliceObject); }

/// CPython's _PySlice_GetLongIndices: slice \p S over \p Len items, in
/// arbitrary precision.
static bool sliceIndicesMpz(VM &M, SliceObject *S, mpz_srcptr Len,
                            mpz_ptr Start, mpz_ptr Stop, mpz_ptr Step) {
  Mpz Tmp, Lower, Upper;
  auto IsIndex = [](Value V) { return V.isNone() || isAnyInt(V); };
  if (!IsIndex(S->Step))
    return sliceIndexError(M);
  if (S->Step.isNone())
    mpz_set_ui(Step, 1);
  else
    mpz_set(Step, intToMpz(S->Step, Tmp.Z));
  if (mpz_sgn(Step) == 0)
    return M.raise(ExcKind::ValueError, "slice step cannot be zero");
  bool Back = mpz_sgn(Step) < 0;
  if (Back) {
    mpz_set_si(Lower.Z, -1);
    mpz_sub_ui(Upper.Z, Len, 1);
  } else {
    mpz_set_ui(Lower.Z, 0);
    mpz_set(Upper.Z, Len);
  }
  auto Bound = [&](Value V, mpz_ptr Out, bool IsStart) {
    if (!IsIndex(V))
      return sliceIndexError(M);
    if (V.isNone()) {
      mpz_set(Out, (Back == IsStart) ? Upper.Z : Lower.Z);
      return true;
    }
    mpz_set(Out, intToMpz(V, Tmp.Z));
    if (mpz_sgn(Out) < 0) {
      mpz_add(Out, Out, Len);
      if (mpz_cmp(Out, Lower.Z) < 0)
        mpz_set(Out, Lower.Z);
    } else if (mpz_cmp(Out, Upper.Z) > 0) {
      mpz_set(Out, Upper.Z);
    }
    return true;
  };
  return Bound(S->Start, Start, true) && Bound(S->Stop, Stop, false);
}

/// slice.indices(length).
static bool sliceIndicesM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 2)
    return typeError(M, "slice.indices() takes exactly one argument (" +
                            Twine(N - 1) + " given)");
  auto *S = static_cast<SliceObject *>(Args[0].O);
  Value LenV = Args[1];
  if (!isAnyInt(LenV))
    return typeError(M, Twine("'") + typeOf(LenV)->Name +
                            "' object cannot be interpreted as an integer");
  Mpz Tmp, Start, Stop, Step;
  mpz_srcptr Len = intToMpz(LenV, Tmp.Z);
  if (mpz_sgn(Len) < 0)
    return M.raise(ExcKind::ValueError, "length should not be negative");
  if (!sliceIndicesMpz(M, S, Len, Start.Z, Stop.Z, Step.Z))
    return false;
  TupleObject *T = M.newTuple(3);
  T->Items[0] = M.newInt(Start.Z);
  T->Items[1] = M.newInt(Stop.Z);
  T->Items[2] = M.newInt(Step.Z);
  Result = Value::object(T);
  return true;
}

static const BuiltinFunctionObject SliceMethods[] = {
    {{&types::BuiltinFunction, nullptr, true}, "indices", sliceIndicesM},
};

static void traceSeqIter(Object *O, VM &M) {
  M.markValue(static_cast<SeqIterObject *>(O)->Seq);
}
static size_t sizeSeqIter(const Object *) { return sizeof(SeqIterObject); }
static size_t sizeRangeIter(const Object *) { return sizeof(RangeIterObject); }
static void traceLongRangeIter(Object *O, VM &M) {
  auto *It = static_cast<LongRangeIterObject *>(O);
  M.markValue(It->Next);
  M.markValue(It->Step);
  M.markValue(It->Remaining);
}
static size_t sizeLongRangeIter(const Object *) {
  return sizeof(LongRangeIterObject);
}
static void traceEnumerate(Object *O, VM &M) {
  M.markValue(static_cast<EnumerateObject *>(O)->It);
}
static size_t sizeEnumerate(const Object *) { return sizeof(EnumerateObject); }
static void traceZip(Object *O, VM &M) {
  auto *Z = static_cast<ZipObject *>(O);
  for (size_t I = 0; I < Z->N; ++I)
    M.markValue(Z->Its[I]);
}
static size_t sizeZip(const Object *O) {
  size_t N = static_cast<const ZipObject *>(O)->N;
  return sizeof(ZipObject) + (N ? N - 1 : 0) * sizeof(Value);
}
static void traceMap(Object *O, VM &M) {
  auto *Mp = static_cast<MapObject *>(O);
  M.markValue(Mp->Fn);
  for (size_t I = 0; I < Mp->N; ++I)
    M.markValue(Mp->Its[I]);
}
static size_t sizeMap(const Object *O) {
  size_t N = static_cast<const MapObject *>(O)->N;
  return sizeof(MapObject) + (N ? N - 1 : 0) * sizeof(Value);
}
static void traceFilter(Object *O, VM &M) {
  auto *Fl = static_cast<FilterObject *>(O);
  M.markValue(Fl->Fn);
  M.markValue(Fl->It);
}
static size_t sizeFilter(const Object *) { return sizeof(FilterObject); }

//===----------------------------------------------------------------------===//
// Iteration
//===----------------------------------------------------------------------===//

static SeqIterObject *newSeqIter(VM &M, const TypeObject *T, Value Seq,
                                 size_t Index) {
  auto *It =
      static_cast<SeqIterObject *>(M.newObject(sizeof(SeqIterObject), T));
  It->Seq = Seq;
  It->Index = Index;
  return It;
}

static bool iterSelf(VM &, Value V, Value &It) {
  It = V;
  return true;
}

static bool iterList(VM &M, Value V, Value &It) {
  It = Value::object(newSeqIter(M, &types::ListIterator, V, 0));
  return true;
}
static bool iterTuple(VM &M, Value V, Value &It) {
  It = Value::object(newSeqIter(M, &types::TupleIterator, V, 0));
  return true;
}
bool pyr::strIter(VM &M, Value V, Value &It) {
  It = Value::object(newSeqIter(
      M, strIsAscii(asStr(V)) ? &types::StrAsciiIterator : &types::StrIterator,
      V, 0));
  return true;
}

bool pyr::bytesIter(VM &M, Value V, Value &It) {
  It = Value::object(newSeqIter(M, &types::BytesIterator, V, 0));
  return true;
}

static RangeIterObject *newRangeIter(VM &M, int64_t Start, int64_t Step,
                                     uint64_t Len) {
  auto *It = static_cast<RangeIterObject *>(
      M.newObject(sizeof(RangeIterObject), &types::RangeIterator));
  It->Next = Start;
  It->Step = Step;
  It->Remaining = Len;
  return It;
}

/// An iterator over a big range, or its reverse: \p Next and \p Step
/// are ints, \p Count the items left.
static LongRangeIterObject *newLongRangeIter(VM &M, Value Next, Value Step,
                                             Value Count) {
  VM::RootScope Roots(M);
  Roots.add(Next);
  Roots.add(Step);
  Roots.add(Count);
  auto *It = static_cast<LongRangeIterObject *>(
      M.newObject(sizeof(LongRangeIterObject), &types::LongRangeIterator));
  It->Next = Next;
  It->Step = Step;
  It->Remaining = Count;
  return It;
}

static bool iterRange(VM &M, Value V, Value &It) {
  RangeObject *R = asRange(V);
  if (LLVM_UNLIKELY(rangeIsBig(R))) {
    auto *B = static_cast<BigRangeObject *>(R);
    It = Value::object(newLongRangeIter(M, B->BStart, B->BStep, B->BLen));
    return true;
  }
  It = Value::object(newRangeIter(M, R->Start, R->Step, R->Len));
  return true;
}

static int nextList(VM &, Object *O, Value &Item) {
  auto *It = static_cast<SeqIterObject *>(O);
  if (It->Seq.isNone())
    return 0;
  ListObject *L = asList(It->Seq);
  if (It->Index < L->Len) {
    Item = L->Items[It->Index++];
    return 1;
  }
  It->Seq = Value::none();
  return 0;
}

static int nextTuple(VM &, Object *O, Value &Item) {
  auto *It = static_cast<SeqIterObject *>(O);
  if (It->Seq.isNone())
    return 0;
  TupleObject *T = asTuple(It->Seq);
  if (It->Index < T->Len) {
    Item = T->Items[It->Index++];
    return 1;
  }
  It->Seq = Value::none();
  return 0;
}

static int nextBytes(VM &, Object *O, Value &Item) {
  auto *It = static_cast<SeqIterObject *>(O);
  if (It->Seq.isNone())
    return 0;
  BytesObject *B = asBytes(It->Seq);
  if (It->Index >= B->Len) {
    It->Seq = Value::none();
    return 0;
  }
  Item = Value::integer(static_cast<unsigned char>(B->Data[It->Index++]));
  return 1;
}

static int nextStr(VM &M, Object *O, Value &Item) {
  auto *It = static_cast<SeqIterObject *>(O);
  if (It->Seq.isNone())
    return 0;
  StrObject *S = asStr(It->Seq);
  if (It->Index >= S->Len) {
    It->Seq = Value::none();
    return 0;
  }
  size_t Start = It->Index, End = Start + 1;
  while (End < S->Len &&
         (static_cast<unsigned char>(S->Data[End]) & 0xC0) == 0x80)
    ++End;
  It->Index = End;
  Item = Value::object(M.newStr(StringRef(S->Data + Start, End - Start)));
  return 1;
}

static int nextRange(VM &, Object *O, Value &Item) {
  auto *It = static_cast<RangeIterObject *>(O);
  if (It->Remaining == 0)
    return 0;
  Item = Value::integer(It->Next);
  --It->Remaining;
  It->Next = static_cast<int64_t>(static_cast<uint64_t>(It->Next) +
                                  static_cast<uint64_t>(It->Step));
  return 1;
}

static int nextLongRange(VM &M, Object *O, Value &Item) {
  auto *It = static_cast<LongRangeIterObject *>(O);
  if (It->Remaining.isIntLike() && It->Remaining.I == 0)
    return 0;
  Mpz T0, T1, Z;
  // The new ints are stored as soon as they are made: making one may
  // collect, and the iterator keeps the old Next alive until the end.
  mpz_sub_ui(Z.Z, intToMpz(It->Remaining, T0.Z), 1);
  It->Remaining = M.newInt(Z.Z);
  mpz_add(Z.Z, intToMpz(It->Next, T0.Z), intToMpz(It->Step, T1.Z));
  Value NewNext = M.newInt(Z.Z);
  Item = It->Next;
  It->Next = NewNext;
  return 1;
}

/// Reversed list or tuple: Index is one past the next item, 0 when done.
static int nextReversed(VM &, Object *O, Value &Item) {
  auto *It = static_cast<SeqIterObject *>(O);
  const Value *Items = nullptr;
  size_t N = 0;
  if (It->Index == 0 || !seqItems(It->Seq, Items, N))
    return 0;
  if (It->Index > N) {
    It->Index = 0;
    return 0;
  }
  Item = Items[--It->Index];
  return 1;
}

/// reversed(str): Index is the byte offset just past the next code point.
static int nextReversedStr(VM &M, Object *O, Value &Item) {
  auto *It = static_cast<SeqIterObject *>(O);
  if (It->Index == 0)
    return 0;
  StrObject *S = asStr(It->Seq);
  size_t End = It->Index, Start = End - 1;
  while (Start > 0 &&
         (static_cast<unsigned char>(S->Data[Start]) & 0xC0) == 0x80)
    --Start;
  It->Index = Start;
  Item = Value::object(M.newStr(StringRef(S->Data + Start, End - Start)));
  return 1;
}

static int nextReversedAny(VM &M, Object *O, Value &Item) {
  if (isStr(static_cast<SeqIterObject *>(O)->Seq))
    return nextReversedStr(M, O, Item);
  if (auto *It = static_cast<SeqIterObject *>(O); isBytes(It->Seq)) {
    if (It->Index == 0)
      return 0;
    Item = Value::integer(
        static_cast<unsigned char>(asBytes(It->Seq)->Data[--It->Index]));
    return 1;
  }
  return nextReversed(M, O, Item);
}

static int nextEnumerate(VM &M, Object *O, Value &Item) {
  auto *E = static_cast<EnumerateObject *>(O);
  Value V;
  int R = iterNext(M, E->It, V);
  if (R <= 0)
    return R;
  Value Pair[2] = {Value::integer(E->Count), V};
  if (E->Count == INT64_MAX)
    return M.raise(ExcKind::NotImplementedError,
                   "enumerate() counts beyond 64 bits are not supported yet"),
           -1;
  ++E->Count;
  Item = Value::object(newTupleFrom(M, Pair, 2));
  return 1;
}

static int nextZip(VM &M, Object *O, Value &Item) {
  auto *Z = static_cast<ZipObject *>(O);
  if (Z->N == 0)
    return 0;
  llvm::SmallVector<Value, 4> Vals(Z->N);
  // The items so far stay rooted while the next iterator runs (map may
  // run Python code, which may collect).
  VM::RootScope Roots(M);
  for (size_t I = 0; I < Z->N; ++I) {
    int R = iterNext(M, Z->Its[I], Vals[I]);
    if (R <= 0)
      return R;
    Roots.add(Vals[I]);
  }
  Item = Value::object(newTupleFrom(M, Vals.data(), Z->N));
  return 1;
}

/// map's next item: the function applied to one item of each iterable
/// (running Python code, which may collect: the items gathered so far are
/// rooted until the call has them on the stack).
static int nextMap(VM &M, Object *O, Value &Item) {
  auto *Mp = static_cast<MapObject *>(O);
  VM::RootScope Roots(M);
  llvm::SmallVector<Value, 4> Args(Mp->N);
  for (size_t I = 0; I < Mp->N; ++I) {
    int R = iterNext(M, Mp->Its[I], Args[I]);
    if (R <= 0)
      return R;
    Roots.add(Args[I]);
  }
  // A StopIteration from the function ends the iteration, as it ends
  // CPython's (map's __next__ passes it on to the consumer).
  size_t Depth = M.callDepth();
  if (M.callValue(Mp->Fn, Args.data(), static_cast<unsigned>(Mp->N), Item))
    return 1;
  return M.catchPending(ExcKind::StopIteration, Depth) ? 0 : -1;
}

static int nextFilter(VM &M, Object *O, Value &Item) {
  auto *Fl = static_cast<FilterObject *>(O);
  VM::RootScope Roots(M);
  size_t Slot = Roots.add(Value::none());
  for (;;) {
    Value V;
    int R = iterNext(M, Fl->It, V);
    if (R <= 0)
      return R;
    bool Keep;
    if (Fl->Fn.isNone()) {
      Keep = isTruthy(V);
    } else {
      Roots.set(Slot, V);
      Value Res;
      size_t Depth = M.callDepth();
      if (!M.callValue(Fl->Fn, &V, 1, Res))
        return M.catchPending(ExcKind::StopIteration, Depth) ? 0 : -1;
      Keep = isTruthy(Res);
    }
    if (Keep) {
      Item = V;
      return 1;
    }
  }
}

bool pyr::getIter(VM &M, Value V, Value &It) {
  const TypeObject *T = typeOf(V);
  if (!T->Iter)
    return typeError(M, Twine("'") + T->Name + "' object is not iterable");
  return T->Iter(M, V, It);
}

/// Reserves room in \p L for what \p V (with iterator \p It) will yield,
/// where that is known: as CPython's length hints, a range too long for
/// int64 raises OverflowError and one too long for memory MemoryError.
static bool reserveForHint(VM &M, Value V, Value It, ListObject *L) {
  int64_t Hint = 0;
  if (isRange(V)) {
    if (!rangeLength(M, asRange(V), Hint))
      return false;
  } else if (It.O->Type == &types::LongRangeIterator) {
    Value Left = static_cast<LongRangeIterObject *>(It.O)->Remaining;
    if (!Left.isIntLike())
      return ssizeOverflow(M);
    Hint = Left.I;
  } else {
    return true;
  }
  // Room for the items after those L has.
  uint64_t Need = L->Len + static_cast<uint64_t>(Hint);
  if (Need > maxAllocBytes() / sizeof(Value))
    return noMemory(M);
  return Need <= L->Cap || resizeItems(M, L, static_cast<size_t>(Need)) ||
         noMemory(M);
}

bool pyr::listFromIterable(VM &M, Value V, ListObject *&Out) {
  const Value *Items = nullptr;
  size_t N = 0;
  if (seqItems(V, Items, N)) {
    Out = newListFrom(M, Items, N);
    return true;
  }
  Value It;
  if (!getIter(M, V, It))
    return false;
  ListObject *L = M.newList(0);
  // Iterating may run Python code (map, filter), which may collect.
  VM::RootScope Roots(M);
  Roots.add(It);
  Roots.add(Value::object(L));
  if (!reserveForHint(M, V, It, L))
    return false;
  Value Item;
  int R;
  while ((R = iterNext(M, It, Item)) > 0)
    listAppend(M, L, Item);
  if (R < 0)
    return false;
  Out = L;
  return true;
}

//===----------------------------------------------------------------------===//
// Indices and slices
//===----------------------------------------------------------------------===//

/// Normalise index \p I of a sequence of \p Len items; false if outside.
static bool normIndex(int64_t &I, size_t Len) {
  if (I < 0)
    I += static_cast<int64_t>(Len);
  return I >= 0 && static_cast<uint64_t>(I) < Len;
}

bool pyr::buildSlice(VM &M, Value *Parts, unsigned N, Value &Out) {
  auto *S = static_cast<SliceObject *>(
      M.newObject(sizeof(SliceObject), &types::Slice));
  S->Start = Parts[0];
  S->Stop = Parts[1];
  S->Step = N > 2 ? Parts[2] : Value::none();
  Out = Value::object(S);
  return true;
}

static bool isSlice(Value V) {
  return V.isObject() && V.O->Type == &types::Slice;
}

bool pyr::reprTooDeepError(VM &M) {
  return M.raise(ExcKind::RecursionError, "maximum recursion depth exceeded "
                                          "while getting the repr of an "
                                          "object");
}

/// CPython's PySlice_Unpack followed by PySlice_AdjustIndices: the start,
/// step and item count of slice \p SV over a sequence of \p Len items.
static bool adjustSlice(VM &M, Value SV, size_t Len, int64_t &Start,
                        int64_t &Step, int64_t &Count) {
  auto *S = static_cast<SliceObject *>(SV.O);
  if (S->Step.isNone()) {
    Step = 1;
  } else {
    if (isBigInt(S->Step))
      Step = std::max(clampBigIndex(S->Step), -INT64_MAX);
    else if (!S->Step.isIntLike())
      return sliceIndexError(M);
    else
      Step = S->Step.I;
    if (Step == 0)
      return M.raise(ExcKind::ValueError, "slice step cannot be zero");
    if (Step < -INT64_MAX)
      Step = -INT64_MAX;
  }
  int64_t Stop;
  if (S->Start.isNone())
    Start = Step < 0 ? INT64_MAX : 0;
  else if (S->Start.isIntLike())
    Start = S->Start.I;
  else if (isBigInt(S->Start))
    Start = clampBigIndex(S->Start);
  else
    return sliceIndexError(M);
  if (S->Stop.isNone())
    Stop = Step < 0 ? INT64_MIN : INT64_MAX;
  else if (S->Stop.isIntLike())
    Stop = S->Stop.I;
  else if (isBigInt(S->Stop))
    Stop = clampBigIndex(S->Stop);
  else
    return sliceIndexError(M);
  int64_t L = static_cast<int64_t>(Len);
  auto Adjust = [&](int64_t &X) {
    if (X < 0) {
      X += L;
      if (X < 0)
        X = Step < 0 ? -1 : 0;
    } else if (X >= L) {
      X = Step < 0 ? L - 1 : L;
    }
  };
  Adjust(Start);
  Adjust(Stop);
  Count = 0;
  if (Step < 0) {
    if (Stop < Start)
      Count = (Start - Stop - 1) / (-Step) + 1;
  } else if (Start < Stop) {
    Count = (Stop - Start - 1) / Step + 1;
  }
  return true;
}

static bool strGetItem(VM &M, StrObject *S, Value Index, Value &Out) {
  if (isBigInt(Index))
    return indexTooBig(M, ExcKind::IndexError);
  bool Ascii = strIsAscii(S);
  if (Index.isIntLike()) {
    int64_t I = Index.I;
    if (Ascii) {
      if (!normIndex(I, S->Len))
        return M.raise(ExcKind::IndexError, "string index out of range");
      StrObject *R = M.newStr(StringRef(S->Data + I, 1));
      markAscii(R);
      Out = Value::object(R);
      return true;
    }
    llvm::SmallVector<size_t, 64> Offs;
    codePointOffsets(S->str(), Offs);
    if (!normIndex(I, Offs.size() - 1))
      return M.raise(ExcKind::IndexError, "string index out of range");
    Out = Value::object(
        M.newStr(StringRef(S->Data + Offs[I], Offs[I + 1] - Offs[I])));
    return true;
  }
  if (!isSlice(Index))
    return typeError(M, Twine("string indices must be integers, not '") +
                            typeName(Index) + "'");
  llvm::SmallVector<size_t, 64> Offs;
  size_t Len = S->Len;
  if (!Ascii) {
    codePointOffsets(S->str(), Offs);
    Len = Offs.size() - 1;
  }
  int64_t Start, Step, Count;
  if (!adjustSlice(M, Index, Len, Start, Step, Count))
    return false;
  auto ByteOf = [&](int64_t CP) {
    return Ascii ? static_cast<size_t>(CP) : Offs[CP];
  };
  StrObject *R;
  if (Step == 1) {
    size_t B = ByteOf(Start), E = ByteOf(Start + Count);
    R = M.newStr(StringRef(S->Data + B, E - B));
  } else {
    std::string Text;
    for (int64_t K = 0, I = Start; K < Count; ++K, I += Step) {
      size_t B = ByteOf(I), E = ByteOf(I + 1);
      Text.append(S->Data + B, E - B);
    }
    R = M.newStr(Text);
  }
  if (Ascii)
    markAscii(R);
  Out = Value::object(R);
  return true;
}

LLVM_ATTRIBUTE_NOINLINE static bool bytesGetItem(VM &M, BytesObject *B,
                                                 Value Index, Value &Out) {
  if (isBigInt(Index))
    return indexTooBig(M, ExcKind::IndexError);
  if (Index.isIntLike()) {
    int64_t I = Index.I;
    if (!normIndex(I, B->Len))
      return M.raise(ExcKind::IndexError, "index out of range");
    Out = Value::integer(static_cast<unsigned char>(B->Data[I]));
    return true;
  }
  if (!isSlice(Index))
    return typeError(M, Twine("byte indices must be integers or slices, not ") +
                            typeName(Index));
  int64_t Start, Step, Count;
  if (!adjustSlice(M, Index, B->Len, Start, Step, Count))
    return false;
  std::string R;
  R.reserve(Count);
  for (int64_t K = 0, I = Start; K < Count; ++K, I += Step)
    R += B->Data[I];
  Out = Value::object(newBytes(M, R));
  return true;
}

static RangeObject *newRangeMpz(VM &M, mpz_srcptr Start, mpz_srcptr Stop,
                                mpz_srcptr Step);

/// range(Start, Stop, Step) for a nonzero Step.
static RangeObject *newRange(VM &M, int64_t Start, int64_t Stop, int64_t Step) {
  __int128 Len = 0;
  if (Step > 0 && Start < Stop)
    Len = ((__int128)Stop - Start - 1) / Step + 1;
  else if (Step < 0 && Start > Stop)
    Len = ((__int128)Start - Stop - 1) / -(__int128)Step + 1;
  if (LLVM_UNLIKELY(Len > INT64_MAX || Step == INT64_MIN))
    return newRangeMpz(M, Mpz(Start), Mpz(Stop), Mpz(Step));
  auto *R = static_cast<RangeObject *>(
      M.newObject(sizeof(RangeObject), &types::Range));
  R->Start = Start;
  R->Stop = Stop;
  R->Step = Step;
  R->Len = static_cast<int64_t>(Len);
  return R;
}

/// range(Start, Stop, Step) for ints of any size and a nonzero Step; big
/// only where the int64 form cannot hold it.
static RangeObject *newRangeMpz(VM &M, mpz_srcptr Start, mpz_srcptr Stop,
                                mpz_srcptr Step) {
  Mpz Len;
  int Sign = mpz_sgn(Step);
  if (Sign > 0 ? mpz_cmp(Start, Stop) < 0 : mpz_cmp(Start, Stop) > 0) {
    // (|Stop - Start| - 1) / |Step| + 1
    Mpz AbsStep;
    if (Sign > 0)
      mpz_sub(Len.Z, Stop, Start);
    else
      mpz_sub(Len.Z, Start, Stop);
    mpz_sub_ui(Len.Z, Len.Z, 1);
    mpz_abs(AbsStep.Z, Step);
    mpz_fdiv_q(Len.Z, Len.Z, AbsStep.Z);
    mpz_add_ui(Len.Z, Len.Z, 1);
  }
  int64_t S0, S1, S2, L;
  if (bigint::fitsInt64(Start, S0) && bigint::fitsInt64(Stop, S1) &&
      bigint::fitsInt64(Step, S2) && S2 != INT64_MIN &&
      bigint::fitsInt64(Len.Z, L))
    return newRange(M, S0, S1, S2);
  VM::RootScope Roots(M);
  Mpz Tmp;
  Value Parts[4];
  mpz_srcptr Src[4] = {Start, Stop, Step, Len.Z};
  for (int I = 0; I < 4; ++I) {
    mpz_set(Tmp.Z, Src[I]);
    Parts[I] = M.newInt(Tmp.Z);
    Roots.add(Parts[I]);
  }
  auto *B = static_cast<BigRangeObject *>(
      M.newObject(sizeof(BigRangeObject), &types::Range));
  B->Flags |= RangeBig;
  B->Start = B->Stop = B->Step = B->Len = 0;
  B->BStart = Parts[0];
  B->BStop = Parts[1];
  B->BStep = Parts[2];
  B->BLen = Parts[3];
  return B;
}

bool pyr::rangeLength(VM &M, RangeObject *R, int64_t &Len) {
  if (LLVM_LIKELY(!rangeIsBig(R))) {
    Len = R->Len;
    return true;
  }
  Value L = static_cast<BigRangeObject *>(R)->BLen;
  if (!L.isIntLike())
    return ssizeOverflow(M);
  Len = L.I;
  return true;
}

/// Item \p I (in range) of an int64 range: the product can overflow where
/// the item does not, so it is computed modulo 2^64, which is exact.
static int64_t rangeAt(const RangeObject *R, int64_t I) {
  return static_cast<int64_t>(static_cast<uint64_t>(R->Start) +
                              static_cast<uint64_t>(I) *
                                  static_cast<uint64_t>(R->Step));
}

/// r[Index] for an int Index of any size.
static bool rangeItem(VM &M, RangeObject *R, Value Index, Value &Out) {
  if (LLVM_LIKELY(!rangeIsBig(R) && Index.isIntLike())) {
    int64_t I = Index.I;
    if (!normIndex(I, static_cast<size_t>(R->Len)))
      return M.raise(ExcKind::IndexError, "range object index out of range");
    Out = Value::integer(rangeAt(R, I));
    return true;
  }
  Value Parts[4];
  rangeValues(R, Parts);
  Mpz T0, T1, I;
  mpz_set(I.Z, intToMpz(Index, T0.Z));
  mpz_srcptr Len = intToMpz(Parts[3], T1.Z);
  if (mpz_sgn(I.Z) < 0)
    mpz_add(I.Z, I.Z, Len);
  if (mpz_sgn(I.Z) < 0 || mpz_cmp(I.Z, Len) >= 0)
    return M.raise(ExcKind::IndexError, "range object index out of range");
  mpz_mul(I.Z, I.Z, intToMpz(Parts[2], T0.Z));
  mpz_add(I.Z, I.Z, intToMpz(Parts[0], T0.Z));
  Out = M.newInt(I.Z);
  return true;
}

/// r[S] for a slice S: the slice's indices mapped through the range, as
/// CPython computes them (so the repr keeps the slice's stop).
static bool rangeSlice(VM &M, RangeObject *R, SliceObject *S, Value &Out) {
  Value Parts[4];
  rangeValues(R, Parts);
  Mpz T0, T1, T2, Start, Stop, Step;
  if (!sliceIndicesMpz(M, S, intToMpz(Parts[3], T0.Z), Start.Z, Stop.Z, Step.Z))
    return false;
  mpz_srcptr RStart = intToMpz(Parts[0], T1.Z);
  mpz_srcptr RStep = intToMpz(Parts[2], T2.Z);
  mpz_mul(Step.Z, Step.Z, RStep);
  mpz_mul(Start.Z, Start.Z, RStep);
  mpz_add(Start.Z, Start.Z, RStart);
  mpz_mul(Stop.Z, Stop.Z, RStep);
  mpz_add(Stop.Z, Stop.Z, RStart);
  Out = Value::object(newRangeMpz(M, Start.Z, Stop.Z, Step.Z));
  return true;
}

bool pyr::getItem(VM &M, Value C, Value Index, Value &Out) {
  if (isDict(C)) {
    int R = dictGet(M, asDict(C), Index, Out);
    if (R == 0) {
      std::string S;
      if (!appendReprChecked(M, Index, S))
        return false;
      return M.raise(ExcKind::KeyError, S);
    }
    return R > 0;
  }
  const Value *Items = nullptr;
  size_t N = 0;
  if (seqItems(C, Items, N)) {
    bool IsList = isList(C);
    if (isBigInt(Index))
      return indexTooBig(M, ExcKind::IndexError);
    if (Index.isIntLike()) {
      int64_t I = Index.I;
      if (!normIndex(I, N))
        return M.raise(ExcKind::IndexError, IsList
                                                ? "list index out of range"
                                                : "tuple index out of range");
      Out = Items[I];
      return true;
    }
    if (!isSlice(Index))
      return typeError(M, Twine(IsList ? "list" : "tuple") +
                              " indices must be integers or slices, not " +
                              typeName(Index));
    int64_t Start, Step, Count;
    if (!adjustSlice(M, Index, N, Start, Step, Count))
      return false;
    if (!IsList && Step == 1 && Count == static_cast<int64_t>(N)) {
      Out = C; // A full slice of a tuple is the tuple itself.
      return true;
    }
    Value *Dst;
    if (IsList) {
      ListObject *L = M.newList(static_cast<size_t>(Count));
      Dst = L->Items;
      Out = Value::object(L);
    } else {
      TupleObject *T = M.newTuple(static_cast<size_t>(Count));
      Dst = T->Items;
      Out = Value::object(T);
    }
    // The source may be the list just read: Items stays valid, as the new
    // object's allocation does not touch it.
    for (int64_t K = 0, I = Start; K < Count; ++K, I += Step)
      Dst[K] = Items[I];
    return true;
  }
  if (isStr(C))
    return strGetItem(M, asStr(C), Index, Out);
  if (isBytes(C))
    return bytesGetItem(M, asBytes(C), Index, Out);
  if (isRange(C)) {
    RangeObject *R = asRange(C);
    if (isAnyInt(Index))
      return rangeItem(M, R, Index, Out);
    if (!isSlice(Index))
      return typeError(M,
                       Twine("range indices must be integers or slices, not ") +
                           typeName(Index));
    return rangeSlice(M, R, static_cast<SliceObject *>(Index.O), Out);
  }
  return typeError(M,
                   Twine("'") + typeName(C) + "' object is not subscriptable");
}

/// Replace \p Count items of \p L at \p Start with \p Src items.
static void listReplace(VM &M, ListObject *L, size_t Start, size_t Count,
                        const Value *Src, size_t SrcN) {
  size_t NewLen = L->Len - Count + SrcN;
  // Src may alias L's items: copy it first.
  llvm::SmallVector<Value, 16> Copy(Src, Src + SrcN);
  if (NewLen > L->Cap)
    reserveList(M, L, NewLen);
  std::memmove(L->Items + Start + SrcN, L->Items + Start + Count,
               (L->Len - Start - Count) * sizeof(Value));
  if (SrcN)
    std::memcpy(L->Items + Start, Copy.data(), SrcN * sizeof(Value));
  L->Len = NewLen;
}

static bool assignNotSupported(VM &M, Value C, bool Del) {
  if (Del)
    return typeError(M, Twine("'") + typeName(C) +
                            "' object doesn't support item deletion");
  return typeError(M, Twine("'") + typeName(C) +
                          "' object does not support item assignment");
}

/// a[i] = v and del a[i] (\p V undefined) on a list.
static bool listAssign(VM &M, ListObject *L, Value Index, Value V) {
  bool Del = V.isUndef();
  if (isBigInt(Index))
    return indexTooBig(M, ExcKind::IndexError);
  if (Index.isIntLike()) {
    int64_t I = Index.I;
    if (!normIndex(I, L->Len))
      return M.raise(ExcKind::IndexError, "list assignment index out of "
                                          "range");
    if (Del)
      listReplace(M, L, static_cast<size_t>(I), 1, nullptr, 0);
    else
      L->Items[I] = V;
    return true;
  }
  if (!isSlice(Index))
    return typeError(M, Twine("list indices must be integers or slices, not ") +
                            typeName(Index));
  int64_t Start, Step, Count;
  if (!adjustSlice(M, Index, L->Len, Start, Step, Count))
    return false;
  if (Del) {
    if (Step == 1) {
      listReplace(M, L, static_cast<size_t>(Start), static_cast<size_t>(Count),
                  nullptr, 0);
      return true;
    }
    // Keep the items not selected, in order.
    if (Step < 0) {
      Start = Start + Step * (Count - 1);
      Step = -Step;
    }
    size_t W = 0;
    for (size_t R = 0; R < L->Len; ++R) {
      int64_t Off = static_cast<int64_t>(R) - Start;
      bool Selected =
          Count > 0 && Off >= 0 && Off % Step == 0 && Off / Step < Count;
      if (!Selected)
        L->Items[W++] = L->Items[R];
    }
    L->Len = W;
    return true;
  }
  // The new items: any iterable (CPython: "can only assign an iterable").
  Value Src = V;
  const Value *Items = nullptr;
  size_t N = 0;
  ListObject *Tmp = nullptr;
  if (!seqItems(Src, Items, N)) {
    if (!typeOf(Src)->Iter)
      return typeError(M, Step == 1 ? "can only assign an iterable"
                                    : "must assign iterable to extended "
                                      "slice");
    if (!listFromIterable(M, Src, Tmp))
      return false;
    Items = Tmp->Items;
    N = Tmp->Len;
  }
  if (Step == 1) {
    listReplace(M, L, static_cast<size_t>(Start), static_cast<size_t>(Count),
                Items, N);
    return true;
  }
  if (static_cast<int64_t>(N) != Count)
    return M.raise(ExcKind::ValueError,
                   "attempt to assign sequence of size " + Twine(N) +
                       " to extended slice of size " + Twine(Count));
  llvm::SmallVector<Value, 16> Copy(Items, Items + N);
  for (int64_t K = 0, I = Start; K < Count; ++K, I += Step)
    L->Items[I] = Copy[K];
  return true;
}

bool pyr::setItem(VM &M, Value C, Value Index, Value V) {
  if (isList(C))
    return listAssign(M, asList(C), Index, V);
  if (isDict(C))
    return dictSet(M, asDict(C), Index, V);
  if (C.isObject() && (isTuple(C) || isStr(C) || isRange(C)))
    return assignNotSupported(M, C, false);
  return typeError(M, Twine("'") + typeName(C) +
                          "' object does not support item assignment");
}

bool pyr::delItem(VM &M, Value C, Value Index) {
  if (isList(C))
    return listAssign(M, asList(C), Index, Value::undef());
  if (isDict(C))
    return dictDelItem(M, asDict(C), Index);
  if (C.isObject() && (isTuple(C) || isStr(C) || isRange(C)))
    return assignNotSupported(M, C, true);
  return typeError(M, Twine("'") + typeName(C) +
                          "' object does not support item deletion");
}

//===----------------------------------------------------------------------===//
// Equality, ordering, membership
//===----------------------------------------------------------------------===//

static thread_local unsigned CompareDepth = 0;

/// The items of a list or tuple, or a slice's (start, stop, step), which
/// compare as a tuple of them.
static bool comparableItems(Value V, const Value *&Items, size_t &N) {
  if (V.isObject() && V.O->Type == &types::Slice) {
    Items = &static_cast<SliceObject *>(V.O)->Start;
    N = 3;
    return true;
  }
  return seqItems(V, Items, N);
}
// SliceObject is not standard-layout (it derives from Object), but GCC
// and Clang lay out its own members in order all the same.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
static_assert(offsetof(SliceObject, Stop) ==
                      offsetof(SliceObject, Start) + sizeof(Value) &&
                  offsetof(SliceObject, Step) ==
                      offsetof(SliceObject, Start) + 2 * sizeof(Value),
              "a slice's parts are an array");
#pragma GCC diagnostic pop

bool pyr::equalOp(VM &M, Value L, Value R, bool &Out) {
  if (L.isObject() && R.isObject() && L.O != R.O)
    if (int Handled = dictSetEqual(M, L, R, Out))
      return Handled > 0;
  if (!L.isObject() || !R.isObject() || L.O == R.O || L.O->Type != R.O->Type) {
    Out = valuesEqual(L, R);
    return true;
  }
  if (L.O->Type == &types::BoundMethod) {
    // Each read of xs.append makes a new object; they are equal.
    auto *A = static_cast<BoundMethodObject *>(L.O),
         *B = static_cast<BoundMethodObject *>(R.O);
    Out = A->Fn == B->Fn && isIdentical(A->Self, B->Self);
    return true;
  }
  if (L.O->Type == &types::MethodDescriptor) {
    Out = static_cast<MethodDescriptorObject *>(L.O)->Fn ==
          static_cast<MethodDescriptorObject *>(R.O)->Fn;
    return true;
  }
  if (isRange(L)) {
    RangeObject *A = asRange(L), *B = asRange(R);
    if (LLVM_UNLIKELY(rangeIsBig(A) || rangeIsBig(B))) {
      // Ints have one form each (BigInt.h), so equal parts are both
      // immediate and equal, or both big and equal.
      auto Same = [](Value X, Value Y) {
        if (X.isIntLike() || Y.isIntLike())
          return X.isIntLike() && Y.isIntLike() && X.I == Y.I;
        return mpz_cmp(bigOf(X), bigOf(Y)) == 0;
      };
      Value PA[4], PB[4];
      rangeValues(A, PA);
      rangeValues(B, PB);
      bool Empty = PA[3].isIntLike() && PA[3].I == 0;
      bool One = PA[3].isIntLike() && PA[3].I == 1;
      Out = Same(PA[3], PB[3]) &&
            (Empty || (Same(PA[0], PB[0]) && (One || Same(PA[2], PB[2]))));
      return true;
    }
    Out = A->Len == B->Len &&
          (A->Len == 0 ||
           (A->Start == B->Start && (A->Len == 1 || A->Step == B->Step)));
    return true;
  }
  const Value *AI, *BI;
  size_t AN, BN;
  if (!comparableItems(L, AI, AN) || !comparableItems(R, BI, BN)) {
    Out = valuesEqual(L, R);
    return true;
  }
  if (AN != BN) {
    Out = false;
    return true;
  }
  if (CompareDepth >= VM::RecursionLimit)
    return M.raise(ExcKind::RecursionError,
                   "maximum recursion depth exceeded in comparison");
  ++CompareDepth;
  bool OK = true;
  Out = true;
  for (size_t I = 0; I < AN; ++I) {
    // Re-read the lengths: nothing mutates lists during == yet, but a
    // user __eq__ will be able to.
    if (!comparableItems(L, AI, AN) || !comparableItems(R, BI, BN) || I >= AN ||
        I >= BN) {
      Out = AN == BN;
      break;
    }
    bool E = false;
    if (!equalItems(M, AI[I], BI[I], E)) {
      OK = false;
      break;
    }
    if (!E) {
      Out = false;
      break;
    }
  }
  --CompareDepth;
  return OK;
}

int pyr::sequenceCompare(VM &M, Opcode Op, Value L, Value R, Value &Out) {
  const Value *AI, *BI;
  size_t AN, BN;
  if (!L.isObject() || !R.isObject() || L.O->Type != R.O->Type ||
      !comparableItems(L, AI, AN) || !comparableItems(R, BI, BN))
    return 0;
  if (CompareDepth >= VM::RecursionLimit)
    return M.raise(ExcKind::RecursionError,
                   "maximum recursion depth exceeded in comparison")
               ? 1
               : -1;
  ++CompareDepth;
  size_t I = 0;
  for (; I < AN && I < BN; ++I) {
    bool E = false;
    if (!equalItems(M, AI[I], BI[I], E)) {
      --CompareDepth;
      return -1;
    }
    if (!E)
      break;
  }
  int Result = 1;
  if (I >= AN || I >= BN) {
    bool B;
    switch (Op) {
    case Opcode::Lt:
      B = AN < BN;
      break;
    case Opcode::Le:
      B = AN <= BN;
      break;
    case Opcode::Gt:
      B = AN > BN;
      break;
    default:
      B = AN >= BN;
      break;
    }
    Out = Value::boolean(B);
  } else if (!compareOp(M, Op, AI[I], BI[I], Out)) {
    Result = -1;
  }
  --CompareDepth;
  return Result;
}

bool pyr::containsOp(VM &M, Value Item, Value C, bool &Out) {
  if (int Handled = dictSetContains(M, Item, C, Out))
    return Handled > 0;
  const Value *Items = nullptr;
  size_t N = 0;
  if (seqItems(C, Items, N)) {
    for (size_t I = 0; I < N; ++I) {
      if (!seqItems(C, Items, N) || I >= N)
        break;
      bool E = false;
      if (!equalItems(M, Item, Items[I], E))
        return false;
      if (E) {
        Out = true;
        return true;
      }
    }
    Out = false;
    return true;
  }
  if (isStr(C)) {
    if (!isStr(Item))
      return typeError(M, Twine("'in <string>' requires string as left "
                                "operand, not ") +
                              typeName(Item));
    Out = asStr(C)->str().contains(asStr(Item)->str());
    return true;
  }
  if (isBytes(C)) {
    StringRef Hay = asBytes(C)->bytes();
    if (isBytes(Item)) {
      Out = Hay.contains(asBytes(Item)->bytes());
      return true;
    }
    if (!Item.isIntLike() && !isBigInt(Item))
      return typeError(M, Twine("a bytes-like object is required, not '") +
                              typeName(Item) + "'");
    if (isBigInt(Item) || Item.I < 0 || Item.I > 255)
      return M.raise(ExcKind::ValueError, "byte must be in range(0, 256)");
    Out = Hay.contains(static_cast<char>(Item.I));
    return true;
  }
  if (isRange(C) && isAnyInt(Item) &&
      (rangeIsBig(asRange(C)) || isBigInt(Item))) {
    Value Parts[4];
    rangeValues(asRange(C), Parts);
    Mpz T0, T1, T2, T3;
    mpz_srcptr X = intToMpz(Item, T0.Z), Start = intToMpz(Parts[0], T1.Z),
               Stop = intToMpz(Parts[1], T2.Z), Step = intToMpz(Parts[2], T3.Z);
    bool In = mpz_sgn(Step) > 0
                  ? mpz_cmp(X, Start) >= 0 && mpz_cmp(X, Stop) < 0
                  : mpz_cmp(X, Start) <= 0 && mpz_cmp(X, Stop) > 0;
    if (In) {
      Mpz Off;
      mpz_sub(Off.Z, X, Start);
      In = mpz_divisible_p(Off.Z, Step);
    }
    Out = In;
    return true;
  }
  if (isRange(C) && Item.isIntLike()) {
    RangeObject *R = asRange(C);
    int64_t V = Item.I;
    bool In = R->Step > 0 ? (V >= R->Start && V < R->Stop)
                          : (V <= R->Start && V > R->Stop);
    if (In) {
      __int128 Off = (__int128)V - R->Start;
      In = Off % R->Step == 0;
    }
    Out = In;
    return true;
  }
  if (!typeOf(C)->Iter)
    return typeError(M, Twine("argument of type '") + typeName(C) +
                            "' is not iterable");
  Value It, V;
  if (!getIter(M, C, It))
    return false;
  VM::RootScope Roots(M);
  Roots.add(It);
  int R;
  while ((R = iterNext(M, It, V)) > 0) {
    bool E = false;
    if (!equalItems(M, Item, V, E))
      return false;
    if (E) {
      Out = true;
      return true;
    }
  }
  Out = false;
  return R == 0;
}

//===----------------------------------------------------------------------===//
// Sequence operators
//===----------------------------------------------------------------------===//

static bool repeatCount(VM &M, Value N, int64_t &Count) {
  if (isBigInt(N))
    return indexTooBig(M, ExcKind::OverflowError);
  if (!N.isIntLike())
    return typeError(M, Twine("can't multiply sequence by non-int of type '") +
                            typeName(N) + "'");
  Count = N.I < 0 ? 0 : N.I;
  return true;
}

int pyr::sequenceBinaryOp(VM &M, Opcode Shown, Value L, Value R, Value &Out) {
  Opcode Op = getPlainOpcode(Shown);
  bool InPlace = Op != Shown;
  const Value *AI, *BI;
  size_t AN, BN;
  if (Op == Opcode::Add && seqItems(L, AI, AN)) {
    bool IsList = isList(L);
    if (IsList && InPlace) {
      // list += iterable extends in place.
      ListObject *Dst = asList(L);
      if (seqItems(R, BI, BN)) {
        llvm::SmallVector<Value, 16> Copy(BI, BI + BN);
        reserveList(M, Dst, Dst->Len + BN);
        for (Value V : Copy)
          Dst->Items[Dst->Len++] = V;
      } else {
        // As CPython: appended as they come, so the iterable sees the list
        // grow (a generator over the list itself may never end).
        Value It, Item;
        if (!getIter(M, R, It))
          return -1;
        VM::RootScope Roots(M);
        Roots.add(It);
        Roots.add(L);
        if (!reserveForHint(M, R, It, Dst))
          return -1;
        int Got;
        while ((Got = iterNext(M, It, Item)) > 0)
          listAppend(M, Dst, Item);
        if (Got < 0)
          return -1;
      }
      Out = L;
      return 1;
    }
    if (!R.isObject() || R.O->Type != L.O->Type || !seqItems(R, BI, BN)) {
      const char *Name = IsList ? "list" : "tuple";
      return typeError(M, Twine("can only concatenate ") + Name + " (not \"" +
                              typeName(R) + "\") to " + Name)
                 ? 1
                 : -1;
    }
    Value *Dst;
    if (IsList) {
      ListObject *NL = M.newList(AN + BN);
      Dst = NL->Items;
      Out = Value::object(NL);
    } else {
      TupleObject *NT = M.newTuple(AN + BN);
      Dst = NT->Items;
      Out = Value::object(NT);
    }
    if (AN)
      std::memcpy(Dst, AI, AN * sizeof(Value));
    if (BN)
      std::memcpy(Dst + AN, BI, BN * sizeof(Value));
    return 1;
  }
  if (Op == Opcode::Mul) {
    Value Seq = L, N = R;
    if (!seqItems(Seq, AI, AN)) {
      Seq = R;
      N = L;
      if (!seqItems(Seq, AI, AN))
        return 0;
    }
    int64_t Count = 0;
    if (!repeatCount(M, N, Count))
      return -1;
    if (AN &&
        static_cast<uint64_t>(Count) > maxAllocBytes() / sizeof(Value) / AN)
      return noMemory(M) ? 1 : -1;
    size_t Total = AN * static_cast<size_t>(Count);
    if (isList(Seq) && InPlace && Seq.O == L.O) {
      ListObject *Dst = asList(Seq);
      reserveList(M, Dst, Total);
      for (size_t I = AN; I < Total; ++I)
        Dst->Items[I] = Dst->Items[I % AN];
      Dst->Len = Total;
      Out = Seq;
      return 1;
    }
    Value *Dst;
    if (isList(Seq)) {
      ListObject *NL = M.newList(Total);
      Dst = NL->Items;
      Out = Value::object(NL);
    } else {
      if (Count == 1) {
        Out = Seq;
        return 1;
      }
      TupleObject *NT = M.newTuple(Total);
      Dst = NT->Items;
      Out = Value::object(NT);
    }
    for (size_t I = 0; I < Total; ++I)
      Dst[I] = AI[I % AN];
    return 1;
  }
  return 0;
}

//===----------------------------------------------------------------------===//
// Unpacking
//===----------------------------------------------------------------------===//

bool pyr::unpackSequence(VM &M, Value V, size_t DestIndex, unsigned N,
                         unsigned Star) {
  const Value *Items = nullptr;
  size_t Len = 0;
  ListObject *Tmp = nullptr;
  // Iterating may run Python code (map, filter): the partial results are
  // rooted, and the destination is found once the stack has settled.
  VM::RootScope Roots(M);
  if (!seqItems(V, Items, Len)) {
    if (!typeOf(V)->Iter)
      return typeError(M, Twine("cannot unpack non-iterable ") + typeName(V) +
                              " object");
    Value It;
    if (!getIter(M, V, It))
      return false;
    Roots.add(It);
    // Without a star target CPython stops after one item too many.
    Tmp = M.newList(0);
    Roots.add(Value::object(Tmp));
    // With a star target everything is read, and as CPython, a range too
    // long for memory fails up front.
    if (Star < N && !reserveForHint(M, V, It, Tmp))
      return false;
    Value Item;
    int R;
    while ((Star < N || Tmp->Len <= N) && (R = iterNext(M, It, Item)) > 0)
      listAppend(M, Tmp, Item);
    if (R < 0 && (Star < N || Tmp->Len <= N))
      return false;
    Items = Tmp->Items;
    Len = Tmp->Len;
  }
  Value *Dest = M.stackAt(DestIndex);
  if (Star >= N) {
    if (Len > N)
      return M.raise(ExcKind::ValueError,
                     "too many values to unpack (expected " + Twine(N) + ")");
    if (Len < N)
      return M.raise(ExcKind::ValueError,
                     "not enough values to unpack (expected " + Twine(N) +
                         ", got " + Twine(Len) + ")");
    std::memcpy(Dest, Items, N * sizeof(Value));
    return true;
  }
  unsigned After = N - Star - 1;
  if (Len < N - 1)
    return M.raise(ExcKind::ValueError,
                   "not enough values to unpack (expected at least " +
                       Twine(N - 1) + ", got " + Twine(Len) + ")");
  size_t Mid = Len - Star - After;
  ListObject *Rest = newListFrom(M, Items + Star, Mid);
  // Items may point into the list being unpacked: copy before writing.
  llvm::SmallVector<Value, 8> Tail(Items + Star + Mid, Items + Len);
  std::memmove(Dest, Items, Star * sizeof(Value));
  Dest[Star] = Value::object(Rest);
  for (unsigned I = 0; I < After; ++I)
    Dest[Star + 1 + I] = Tail[I];
  return true;
}

//===----------------------------------------------------------------------===//
// Methods
//===----------------------------------------------------------------------===//

/// CPython's METH_O / METH_NOARGS argument errors (N counts self).
static bool exactlyOne(VM &M, const char *Qual, unsigned N) {
  return typeError(M, Twine(Qual) + "() takes exactly one argument (" +
                          Twine(N - 1) + " given)");
}
static bool noArgs(VM &M, const char *Qual, unsigned N) {
  return typeError(M, Twine(Qual) + "() takes no arguments (" + Twine(N - 1) +
                          " given)");
}

static bool notInteger(VM &M, Value V) {
  return typeError(M, Twine("'") + typeName(V) +
                          "' object cannot be interpreted as an integer");
}

static bool listAppendM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 2)
    return exactlyOne(M, "list.append", N);
  listAppend(M, asList(Args[0]), Args[1]);
  Result = Value::none();
  return true;
}

static bool listExtendM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 2)
    return exactlyOne(M, "list.extend", N);
  Value Ignored;
  if (sequenceBinaryOp(M, Opcode::IAdd, Args[0], Args[1], Ignored) < 0)
    return false;
  Result = Value::none();
  return true;
}

static bool listInsertM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 3)
    return typeError(M, "insert expected 2 arguments, got " + Twine(N - 1));
  if (isBigInt(Args[1]))
    return ssizeOverflow(M);
  if (!Args[1].isIntLike())
    return notInteger(M, Args[1]);
  ListObject *L = asList(Args[0]);
  int64_t I = Args[1].I, Len = static_cast<int64_t>(L->Len);
  if (I < 0) {
    I += Len;
    if (I < 0)
      I = 0;
  } else if (I > Len) {
    I = Len;
  }
  Value V = Args[2];
  listReplace(M, L, static_cast<size_t>(I), 0, &V, 1);
  Result = Value::none();
  return true;
}

static bool listPopM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N > 2)
    return typeError(M, "pop expected at most 1 argument, got " + Twine(N - 1));
  ListObject *L = asList(Args[0]);
  int64_t I = -1;
  if (N == 2) {
    if (isBigInt(Args[1]))
      return ssizeOverflow(M);
    if (!Args[1].isIntLike())
      return notInteger(M, Args[1]);
    I = Args[1].I;
  }
  if (L->Len == 0)
    return M.raise(ExcKind::IndexError, "pop from empty list");
  if (!normIndex(I, L->Len))
    return M.raise(ExcKind::IndexError, "pop index out of range");
  Result = L->Items[I];
  listReplace(M, L, static_cast<size_t>(I), 1, nullptr, 0);
  return true;
}

static bool listRemoveM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 2)
    return exactlyOne(M, "list.remove", N);
  ListObject *L = asList(Args[0]);
  for (size_t I = 0; I < L->Len; ++I) {
    bool E = false;
    if (!equalItems(M, L->Items[I], Args[1], E))
      return false;
    if (E) {
      listReplace(M, L, I, 1, nullptr, 0);
      Result = Value::none();
      return true;
    }
  }
  return M.raise(ExcKind::ValueError, "list.remove(x): x not in list");
}

/// list.index / tuple.index: (x[, start[, stop]]).
static bool seqIndexM(VM &M, Value *Args, unsigned N, Value &Result) {
  bool IsList = isList(Args[0]);
  if (N < 2)
    return typeError(M, "index expected at least 1 argument, got 0");
  if (N > 4)
    return typeError(M,
                     "index expected at most 3 arguments, got " + Twine(N - 1));
  const Value *Items = nullptr;
  size_t Len = 0;
  seqItems(Args[0], Items, Len);
  int64_t Bounds[2] = {0, INT64_MAX};
  for (unsigned J = 2; J < N; ++J) {
    if (!isAnyInt(Args[J]))
      return typeError(M, "slice indices must be integers or have an "
                          "__index__ method");
    int64_t X = isBigInt(Args[J]) ? clampBigIndex(Args[J]) : Args[J].I;
    if (X < 0) {
      X += static_cast<int64_t>(Len);
      if (X < 0)
        X = 0;
    }
    Bounds[J - 2] = X;
  }
  for (int64_t I = Bounds[0]; I < Bounds[1] && static_cast<uint64_t>(I) < Len;
       ++I) {
    bool E = false;
    if (!equalItems(M, Items[I], Args[1], E))
      return false;
    if (E) {
      Result = Value::integer(I);
      return true;
    }
    seqItems(Args[0], Items, Len);
  }
  if (IsList) {
    std::string S;
    appendRepr(Args[1], S);
    if (takeReprTooDeep())
      return reprTooDeepError(M);
    return M.raise(ExcKind::ValueError, S + " is not in list");
  }
  return M.raise(ExcKind::ValueError, "tuple.index(x): x not in tuple");
}

static bool seqCountM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 2)
    return exactlyOne(M, isList(Args[0]) ? "list.count" : "tuple.count", N);
  const Value *Items = nullptr;
  size_t Len = 0;
  seqItems(Args[0], Items, Len);
  int64_t Count = 0;
  for (size_t I = 0; I < Len; ++I) {
    bool E = false;
    if (!equalItems(M, Items[I], Args[1], E))
      return false;
    Count += E;
  }
  Result = Value::integer(Count);
  return true;
}

static bool listReverseM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return noArgs(M, "list.reverse", N);
  ListObject *L = asList(Args[0]);
  std::reverse(L->Items, L->Items + L->Len);
  Result = Value::none();
  return true;
}

static bool listCopyM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return noArgs(M, "list.copy", N);
  ListObject *L = asList(Args[0]);
  Result = Value::object(newListFrom(M, L->Items, L->Len));
  return true;
}

static bool listClearM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return noArgs(M, "list.clear", N);
  asList(Args[0])->Len = 0;
  Result = Value::none();
  return true;
}

/// The sort CPython's list.sort performs, comparing with '<' only: runs
/// found as timsort's count_run finds them and extended by its binary
/// insertion sort, then merged stably. Short lists (under 64 items) are
/// sorted with exactly CPython's sequence of comparisons, so a comparison
/// that raises is the same one CPython reports.
namespace {
class Sorter {
public:
  /// With \p Keys, the items sorted are indices into Keys, compared by
  /// their keys.
  explicit Sorter(VM &M, const Value *Keys = nullptr) : M(M), Keys(Keys) {}
  bool Failed = false;

  bool less(Value A, Value B) {
    if (Failed)
      return false;
    if (Keys) {
      A = Keys[A.I];
      B = Keys[B.I];
    }
    if (A.isInt() && B.isInt())
      return A.I < B.I;
    Value R;
    if (!compareOp(M, Opcode::Lt, A, B, R)) {
      Failed = true;
      return false;
    }
    return isTruthy(R);
  }

  size_t countRun(Value *Lo, Value *Hi, bool &Descending) {
    Descending = false;
    if (Lo + 1 == Hi)
      return 1;
    size_t N = 2;
    Value *P = Lo + 1;
    if (less(P[0], P[-1])) {
      Descending = true;
      for (++P; P < Hi && !Failed; ++P, ++N)
        if (!less(P[0], P[-1]))
          break;
    } else {
      for (++P; P < Hi && !Failed; ++P, ++N)
        if (less(P[0], P[-1]))
          break;
    }
    return N;
  }

  void binarySort(Value *Lo, Value *Hi, Value *Start) {
    if (Lo == Start)
      ++Start;
    for (; Start < Hi && !Failed; ++Start) {
      Value *L = Lo, *R = Start;
      Value Pivot = *R;
      do {
        Value *P = L + ((R - L) >> 1);
        if (less(Pivot, *P))
          R = P;
        else
          L = P + 1;
      } while (L < R);
      if (Failed)
        return;
      for (Value *P = Start; P > L; --P)
        *P = *(P - 1);
      *L = Pivot;
    }
  }

  static size_t minRun(size_t N) {
    size_t R = 0;
    while (N >= 64) {
      R |= N & 1;
      N >>= 1;
    }
    return N + R;
  }

  void sort(Value *Items, size_t N) {
    if (N < 2)
      return;
    size_t MinRun = minRun(N);
    std::vector<std::pair<size_t, size_t>> Runs;
    size_t Lo = 0;
    while (Lo < N && !Failed) {
      bool Desc;
      size_t Run = countRun(Items + Lo, Items + N, Desc);
      if (Failed)
        return;
      if (Desc)
        std::reverse(Items + Lo, Items + Lo + Run);
      if (Run < MinRun) {
        size_t Force = std::min(MinRun, N - Lo);
        binarySort(Items + Lo, Items + Lo + Force, Items + Lo + Run);
        Run = Force;
      }
      Runs.push_back({Lo, Run});
      Lo += Run;
    }
    std::vector<Value> Buf;
    while (Runs.size() > 1 && !Failed) {
      std::vector<std::pair<size_t, size_t>> Next;
      for (size_t I = 0; I + 1 < Runs.size() && !Failed; I += 2) {
        merge(Items + Runs[I].first, Runs[I].second, Runs[I + 1].second, Buf);
        Next.push_back({Runs[I].first, Runs[I].second + Runs[I + 1].second});
      }
      if (Runs.size() % 2)
        Next.push_back(Runs.back());
      Runs = std::move(Next);
    }
  }

private:
  VM &M;
  const Value *Keys;

  void merge(Value *A, size_t NA, size_t NB, std::vector<Value> &Buf) {
    Buf.assign(A, A + NA);
    Value *B = A + NA, *BEnd = B + NB, *Out = A;
    size_t I = 0;
    while (I < NA && B < BEnd) {
      if (less(*B, Buf[I]))
        *Out++ = *B++;
      else
        *Out++ = Buf[I++];
      if (Failed)
        break;
    }
    // On failure the items are all still present, in some order.
    while (I < NA)
      *Out++ = Buf[I++];
  }
};
} // namespace

/// Sorts \p Items (the list's own items, detached from it) in place, by
/// key(item) if \p Key is not None, descending if \p Reverse; stable either
/// way, as CPython's sort.
static bool sortItems(VM &M, std::vector<Value> &Items, Value Key,
                      bool Reverse) {
  if (!Key.isNone()) {
    // Decorate: sort (key, index) pairs, whose keys compare the same way;
    // the keys are computed (running Python code) before any comparison.
    VM::RootScope Roots(M);
    Roots.add(Key);
    std::vector<Value> Keys(Items.size());
    for (size_t I = 0; I < Items.size(); ++I) {
      if (!M.callValue(Key, &Items[I], 1, Keys[I]))
        return false;
      Roots.add(Keys[I]);
    }
    std::vector<Value> Order(Items.size());
    for (size_t I = 0; I < Order.size(); ++I)
      Order[I] = Value::integer(int64_t(I));
    // A reverse sort reverses before and after, so that equal items keep
    // their order, as CPython's does.
    if (Reverse)
      std::reverse(Order.begin(), Order.end());
    Sorter S(M, Keys.data());
    S.sort(Order.data(), Order.size());
    if (S.Failed)
      return false;
    if (Reverse)
      std::reverse(Order.begin(), Order.end());
    std::vector<Value> Sorted(Items.size());
    for (size_t I = 0; I < Order.size(); ++I)
      Sorted[I] = Items[size_t(Order[I].I)];
    Items.swap(Sorted);
    return true;
  }
  if (Reverse)
    std::reverse(Items.begin(), Items.end());
  Sorter S(M);
  S.sort(Items.data(), Items.size());
  if (S.Failed)
    return false;
  if (Reverse)
    std::reverse(Items.begin(), Items.end());
  return true;
}

/// list.sort() as CPython does it: the list is empty while it sorts, so a
/// key function sees it empty, and a change to it is an error.
static bool sortList(VM &M, ListObject *L, Value Key, bool Reverse) {
  // The items move to a rooted holder list (whose buffer they keep) while
  // Python code runs; they are sorted in a copy, so that a failed sort
  // leaves them in their order.
  ListObject *Held = M.newList(0);
  VM::RootScope Roots(M);
  Roots.add(Value::object(L));
  Roots.add(Value::object(Held));
  std::swap(Held->Items, L->Items);
  std::swap(Held->Len, L->Len);
  std::swap(Held->Cap, L->Cap);
  std::vector<Value> Items(Held->Items, Held->Items + Held->Len);
  bool OK = sortItems(M, Items, Key, Reverse);
  if (OK)
    std::copy(Items.begin(), Items.end(), Held->Items);
  bool Modified = L->Items || L->Len;
  // What was added while it sorted is dropped, as in CPython.
  std::swap(Held->Items, L->Items);
  std::swap(Held->Len, L->Len);
  std::swap(Held->Cap, L->Cap);
  if (OK && Modified)
    return M.raise(ExcKind::ValueError, "list modified during sort");
  return OK;
}

/// sort()'s keyword arguments, key= and reverse=.
static bool sortKeywords(VM &M, Value &Key, bool &Reverse) {
  Value Rev = Value::boolean(false);
  Key = Value::none();
  // Argument Clinic counts the keywords before it looks at their names.
  if (M.NumKw > 2)
    return typeError(M, "sort() takes at most 2 keyword arguments (" +
                            Twine(M.NumKw) + " given)");
  if (!takeKeywords(M, "sort", {{"key", &Key}, {"reverse", &Rev}}))
    return false;
  if (isBigInt(Rev))
    return M.raise(ExcKind::OverflowError,
                   "Python int too large to convert to C int");
  if (!Rev.isIntLike())
    return M.raise(ExcKind::TypeError,
                   Twine("'") + typeName(Rev) +
                       "' object cannot be interpreted as an integer");
  Reverse = Rev.I != 0;
  return true;
}

static bool listSortM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return typeError(M, "sort() takes no positional arguments");
  Value Key;
  bool Reverse;
  if (!sortKeywords(M, Key, Reverse) ||
      !sortList(M, asList(Args[0]), Key, Reverse))
    return false;
  Result = Value::none();
  return true;
}

bool pyr::containerMethodTakesKeywords(BuiltinFn Fn) { return Fn == listSortM; }

/// range.index(x) and range.count(x): arithmetic for ints, else a scan.
static bool rangeIndexCount(VM &M, Value *Args, unsigned N, Value &Result,
                            bool IsIndex) {
  if (N != 2)
    return exactlyOne(M, IsIndex ? "range.index" : "range.count", N);
  RangeObject *R = asRange(Args[0]);
  Value X = Args[1];
  if (isAnyInt(X)) {
    bool In;
    if (!containsOp(M, X, Args[0], In))
      return false;
    if (!IsIndex) {
      Result = Value::integer(In);
      return true;
    }
    if (In) {
      if (!rangeIsBig(R) && X.isIntLike()) {
        // The distance from Start can exceed int64 (unsigned, it is exact).
        uint64_t Dist = R->Step > 0 ? uint64_t(X.I) - uint64_t(R->Start)
                                    : uint64_t(R->Start) - uint64_t(X.I);
        Result = Value::integer(int64_t(
            Dist / (R->Step > 0 ? uint64_t(R->Step) : 0 - uint64_t(R->Step))));
        return true;
      }
      Value Parts[4];
      rangeValues(R, Parts);
      Mpz T0, Off;
      mpz_sub(Off.Z, intToMpz(X, T0.Z), intToMpz(Parts[0], Off.Z));
      mpz_divexact(Off.Z, Off.Z, intToMpz(Parts[2], T0.Z));
      Result = M.newInt(Off.Z);
      return true;
    }
    std::string S;
    if (!appendReprChecked(M, X, S))
      return false;
    return M.raise(ExcKind::ValueError, S + " is not in range");
  }
  // Anything else may equal an int (1.0, a user class): compare each item.
  Value It, Item;
  if (!getIter(M, Args[0], It))
    return false;
  VM::RootScope Roots(M);
  Roots.add(It);
  int64_t Count = 0;
  int Step;
  for (int64_t I = 0; (Step = iterNext(M, It, Item)) > 0; ++I) {
    bool E = false;
    if (!equalOp(M, Item, X, E))
      return false;
    if (!E)
      continue;
    if (IsIndex) {
      Result = Value::integer(I);
      return true;
    }
    ++Count;
  }
  if (Step < 0)
    return false;
  if (!IsIndex) {
    Result = Value::integer(Count);
    return true;
  }
  return M.raise(ExcKind::ValueError, "sequence.index(x): x not in sequence");
}
static bool rangeIndexM(VM &M, Value *Args, unsigned N, Value &Result) {
  return rangeIndexCount(M, Args, N, Result, true);
}
static bool rangeCountM(VM &M, Value *Args, unsigned N, Value &Result) {
  return rangeIndexCount(M, Args, N, Result, false);
}

#define METHOD(Name, Fn)                                                       \
  { {&types::BuiltinFunction, nullptr, true}, Name, Fn }
static const BuiltinFunctionObject ListMethods[] = {
    METHOD("append", listAppendM), METHOD("extend", listExtendM),
    METHOD("insert", listInsertM), METHOD("pop", listPopM),
    METHOD("remove", listRemoveM), METHOD("index", seqIndexM),
    METHOD("count", seqCountM),    METHOD("reverse", listReverseM),
    METHOD("copy", listCopyM),     METHOD("clear", listClearM),
    METHOD("sort", listSortM),
};
static const BuiltinFunctionObject RangeMethods[] = {
    METHOD("index", rangeIndexM),
    METHOD("count", rangeCountM),
};
static const BuiltinFunctionObject TupleMethods[] = {
    METHOD("index", seqIndexM),
    METHOD("count", seqCountM),
};
#undef METHOD

//===----------------------------------------------------------------------===//
// Type objects
//===----------------------------------------------------------------------===//

/// The type of an iterator: iter() of it is itself, Next steps it.
static constexpr TypeObject iteratorType(const char *Name,
                                         void (*Trace)(Object *, VM &),
                                         size_t (*Size)(const Object *),
                                         int (*Next)(VM &, Object *, Value &)) {
  return TypeObject{Name,  nullptr,  reprObjectAt, nullptr,
                    Trace, nullptr,  Size,         nullptr,
                    0,     iterSelf, Next};
}

namespace pyr {
namespace types {
const TypeObject List{"list",   nullptr,     reprList,
                      nullptr,  traceList,   finalizeList,
                      sizeList, ListMethods, std::size(ListMethods),
                      iterList, nullptr,     builtin_list};
const TypeObject Tuple{"tuple",   nullptr,      reprTuple,
                       nullptr,   traceTuple,   nullptr,
                       sizeTuple, TupleMethods, std::size(TupleMethods),
                       iterTuple, nullptr,      builtin_tuple};
const TypeObject Range{"range",   nullptr,      reprRange,
                       nullptr,   traceRange,   nullptr,
                       sizeRange, RangeMethods, std::size(RangeMethods),
                       iterRange, nullptr,      builtin_range};
const TypeObject Slice{"slice",   nullptr,      reprSlice,
                       nullptr,   traceSlice,   nullptr,
                       sizeSlice, SliceMethods, std::size(SliceMethods),
                       nullptr,   nullptr,      builtin_slice};
const TypeObject ListIterator =
    iteratorType("list_iterator", traceSeqIter, sizeSeqIter, nextList);
const TypeObject TupleIterator =
    iteratorType("tuple_iterator", traceSeqIter, sizeSeqIter, nextTuple);
const TypeObject StrIterator =
    iteratorType("str_iterator", traceSeqIter, sizeSeqIter, nextStr);
const TypeObject StrAsciiIterator =
    iteratorType("str_ascii_iterator", traceSeqIter, sizeSeqIter, nextStr);
const TypeObject BytesIterator =
    iteratorType("bytes_iterator", traceSeqIter, sizeSeqIter, nextBytes);
const TypeObject RangeIterator =
    iteratorType("range_iterator", nullptr, sizeRangeIter, nextRange);
const TypeObject LongRangeIterator = iteratorType(
    "longrange_iterator", traceLongRangeIter, sizeLongRangeIter, nextLongRange);
const TypeObject ListReverseIterator = iteratorType(
    "list_reverseiterator", traceSeqIter, sizeSeqIter, nextReversed);
const TypeObject Reversed{"reversed",  nullptr,         reprObjectAt,
                          nullptr,     traceSeqIter,    nullptr,
                          sizeSeqIter, nullptr,         0,
                          iterSelf,    nextReversedAny, builtin_reversed};
const TypeObject Enumerate{"enumerate",   nullptr,        reprObjectAt,
                           nullptr,       traceEnumerate, nullptr,
                           sizeEnumerate, nullptr,        0,
                           iterSelf,      nextEnumerate,  builtin_enumerate};
const TypeObject Zip{"zip",    nullptr,  reprObjectAt, nullptr,
                     traceZip, nullptr,  sizeZip,      nullptr,
                     0,        iterSelf, nextZip,      builtin_zip};
const TypeObject Map{"map",    nullptr,  reprObjectAt, nullptr,
                     traceMap, nullptr,  sizeMap,      nullptr,
                     0,        iterSelf, nextMap,      builtin_map};
const TypeObject Filter{"filter",    nullptr,  reprObjectAt, nullptr,
                        traceFilter, nullptr,  sizeFilter,   nullptr,
                        0,           iterSelf, nextFilter,   builtin_filter};
} // namespace types
} // namespace pyr

//===----------------------------------------------------------------------===//
// Builtins over iterables
//===----------------------------------------------------------------------===//

bool pyr::builtin_list(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N > 1)
    return typeError(M, "list expected at most 1 argument, got " + Twine(N));
  if (N == 0) {
    Result = Value::object(M.newList(0));
    return true;
  }
  ListObject *L;
  if (!listFromIterable(M, Args[0], L))
    return false;
  Result = Value::object(L);
  return true;
}

bool pyr::builtin_tuple(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N > 1)
    return typeError(M, "tuple expected at most 1 argument, got " + Twine(N));
  if (N == 0) {
    Result = Value::object(M.newTuple(0));
    return true;
  }
  if (isTuple(Args[0])) {
    Result = Args[0];
    return true;
  }
  ListObject *L;
  if (!listFromIterable(M, Args[0], L))
    return false;
  Result = Value::object(newTupleFrom(M, L->Items, L->Len));
  return true;
}

bool pyr::builtin_range(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N == 0)
    return typeError(M, "range expected at least 1 argument, got 0");
  if (N > 3)
    return typeError(M, "range expected at most 3 arguments, got " + Twine(N));
  bool Big = false;
  for (unsigned I = 0; I < N; ++I) {
    if (isBigInt(Args[I]))
      Big = true;
    else if (!Args[I].isIntLike())
      return notInteger(M, Args[I]);
  }
  if (LLVM_UNLIKELY(Big)) {
    Mpz T0, T1, T2, Zero(0), One(1);
    mpz_srcptr Start = N == 1 ? Zero.Z : intToMpz(Args[0], T0.Z);
    mpz_srcptr Stop = intToMpz(Args[N == 1 ? 0 : 1], T1.Z);
    mpz_srcptr Step = N == 3 ? intToMpz(Args[2], T2.Z) : One.Z;
    if (mpz_sgn(Step) == 0)
      return M.raise(ExcKind::ValueError, "range() arg 3 must not be zero");
    Result = Value::object(newRangeMpz(M, Start, Stop, Step));
    return true;
  }
  int64_t Start = 0, Stop, Step = 1;
  if (N == 1) {
    Stop = Args[0].I;
  } else {
    Start = Args[0].I;
    Stop = Args[1].I;
    if (N == 3)
      Step = Args[2].I;
  }
  if (Step == 0)
    return M.raise(ExcKind::ValueError, "range() arg 3 must not be zero");
  Result = Value::object(newRange(M, Start, Stop, Step));
  return true;
}

bool pyr::builtin_sum(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N == 0)
    return typeError(M, "sum() takes at least 1 positional argument (0 "
                        "given)");
  if (N > 2)
    return typeError(M, "sum() takes at most 2 arguments (" + Twine(N) +
                            " given)");
  Value Acc = N == 2 ? Args[1] : Value::integer(0);
  if (isStr(Acc))
    return typeError(M, "sum() can't sum strings [use ''.join(seq) instead]");
  if (isBytes(Acc))
    return typeError(M, "sum() can't sum bytes [use b''.join(seq) instead]");
  Value It, Item;
  if (!getIter(M, Args[0], It))
    return false;
  // The iterator and the running total are rooted: iterating may run
  // Python code (map, filter), which may collect.
  VM::RootScope Roots(M);
  Roots.add(It);
  size_t AccSlot = Roots.add(Acc);
  int R;
  while ((R = iterNext(M, It, Item)) > 0) {
    // The sum goes to a temporary: on overflow, Acc must keep its value
    // for the big-int path.
    if (int64_t Sum; Acc.isInt() && Item.isIntLike() &&
                     !__builtin_add_overflow(Acc.I, Item.I, &Sum)) {
      Acc.I = Sum;
      continue;
    }
    if (!binaryOp(M, Opcode::Add, Acc, Item, Acc))
      return false;
    Roots.set(AccSlot, Acc);
  }
  if (R < 0)
    return false;
  Result = Acc;
  return true;
}

bool pyr::builtin_sorted(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return typeError(M, "sorted expected 1 argument, got " + Twine(N));
  Value Key;
  bool Reverse;
  ListObject *L;
  if (!sortKeywords(M, Key, Reverse) || !listFromIterable(M, Args[0], L) ||
      !sortList(M, L, Key, Reverse))
    return false;
  Result = Value::object(L);
  return true;
}

bool pyr::builtin_reversed(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return typeError(M, "reversed expected 1 argument, got " + Twine(N));
  Value V = Args[0];
  if (isList(V)) {
    Result = Value::object(
        newSeqIter(M, &types::ListReverseIterator, V, asList(V)->Len));
    return true;
  }
  if (isTuple(V)) {
    Result = Value::object(newSeqIter(M, &types::Reversed, V, asTuple(V)->Len));
    return true;
  }
  if (isStr(V)) {
    Result = Value::object(newSeqIter(M, &types::Reversed, V, asStr(V)->Len));
    return true;
  }
  if (isBytes(V)) {
    Result = Value::object(newSeqIter(M, &types::Reversed, V, asBytes(V)->Len));
    return true;
  }
  if (isRange(V)) {
    RangeObject *R = asRange(V);
    if (LLVM_UNLIKELY(rangeIsBig(R))) {
      // From the last item down: start + (len - 1) * step, by -step.
      Value Parts[4];
      rangeValues(R, Parts);
      Mpz T0, T1, Last, Step;
      mpz_srcptr Len = intToMpz(Parts[3], T0.Z);
      mpz_neg(Step.Z, intToMpz(Parts[2], T1.Z));
      if (mpz_sgn(Len) > 0) {
        mpz_sub_ui(Last.Z, Len, 1);
        mpz_mul(Last.Z, Last.Z, intToMpz(Parts[2], T1.Z));
      }
      mpz_add(Last.Z, Last.Z, intToMpz(Parts[0], T1.Z));
      VM::RootScope Roots(M);
      Value LastV = M.newInt(Last.Z);
      Roots.add(LastV);
      Value StepV = M.newInt(Step.Z);
      Result = Value::object(newLongRangeIter(M, LastV, StepV, Parts[3]));
      return true;
    }
    int64_t Last = R->Len ? rangeAt(R, R->Len - 1) : R->Start;
    Result = Value::object(newRangeIter(M, Last, -R->Step, R->Len));
    return true;
  }
  const TypeObject *T = typeOf(V);
  if (T == &types::Dict || T == &types::DictKeys || T == &types::DictValues ||
      T == &types::DictItems)
    return reversedDict(M, V, Result);
  return typeError(M, Twine("'") + typeName(V) + "' object is not reversible");
}

bool pyr::builtin_enumerate(VM &M, Value *Args, unsigned N, Value &Result) {
  unsigned Total = N + M.NumKw;
  if (Total > 2)
    return typeError(M, "enumerate() takes at most 2 arguments (" +
                            Twine(Total) + " given)");
  // CPython's getargs rules: keywords bind the parameters not given
  // positionally; one left over (or any, when 'iterable' is missing) is
  // reported as invalid.
  Value Params[2] = {N > 0 ? Args[0] : Value::undef(),
                     N > 1 ? Args[1] : Value::undef()};
  int Unused = -1;
  for (unsigned K = 0; K < M.NumKw; ++K) {
    StringRef Name = asStr(M.KwNames[K])->str();
    unsigned Slot = Name == "iterable" ? 0 : Name == "start" ? 1 : 2;
    if (Slot < 2 && Slot >= N)
      Params[Slot] = M.KwValues[K];
    else if (Unused < 0)
      Unused = static_cast<int>(K);
  }
  if (Params[0].isUndef()) {
    if (M.NumKw == 0)
      return typeError(M, "enumerate() missing required argument 'iterable'");
    Unused = 0;
  }
  if (Unused >= 0)
    return typeError(M, "'" + asStr(M.KwNames[Unused])->str() +
                            "' is an invalid keyword argument for "
                            "enumerate()");
  Value Start = Params[1];
  if (isBigInt(Start))
    return M.raise(ExcKind::NotImplementedError,
                   "enumerate() counts beyond 64 bits are not supported yet");
  if (!Start.isUndef() && !Start.isIntLike())
    return notInteger(M, Start);
  Value It;
  if (!getIter(M, Params[0], It))
    return false;
  auto *E = static_cast<EnumerateObject *>(
      M.newObject(sizeof(EnumerateObject), &types::Enumerate));
  E->It = It;
  E->Count = Start.isUndef() ? 0 : Start.I;
  Result = Value::object(E);
  return true;
}

bool pyr::builtin_zip(VM &M, Value *Args, unsigned N, Value &Result) {
  llvm::SmallVector<Value, 4> Its(N);
  for (unsigned I = 0; I < N; ++I)
    if (!getIter(M, Args[I], Its[I]))
      return false;
  size_t Size = sizeof(ZipObject) + (N ? N - 1 : 0) * sizeof(Value);
  auto *Z = static_cast<ZipObject *>(M.newObject(Size, &types::Zip));
  Z->N = N;
  for (unsigned I = 0; I < N; ++I)
    Z->Its[I] = Its[I];
  Result = Value::object(Z);
  return true;
}

bool pyr::builtin_map(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N < 2)
    return typeError(M, "map() must have at least two arguments.");
  llvm::SmallVector<Value, 4> Its(N - 1);
  VM::RootScope Roots(M);
  for (unsigned I = 1; I < N; ++I) {
    if (!getIter(M, Args[I], Its[I - 1]))
      return false;
    Roots.add(Its[I - 1]);
  }
  size_t Size = sizeof(MapObject) + (N - 2) * sizeof(Value);
  auto *Mp = static_cast<MapObject *>(M.newObject(Size, &types::Map));
  Mp->Fn = Args[0];
  Mp->N = N - 1;
  for (unsigned I = 0; I + 1 < N; ++I)
    Mp->Its[I] = Its[I];
  Result = Value::object(Mp);
  return true;
}

bool pyr::builtin_filter(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 2)
    return typeError(M, "filter expected 2 arguments, got " + Twine(N));
  Value It;
  if (!getIter(M, Args[1], It))
    return false;
  auto *Fl = static_cast<FilterObject *>(
      M.newObject(sizeof(FilterObject), &types::Filter));
  Fl->Fn = Args[0];
  Fl->It = It;
  Result = Value::object(Fl);
  return true;
}

bool pyr::builtin_slice(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N == 0)
    return typeError(M, "slice expected at least 1 argument, got 0");
  if (N > 3)
    return typeError(M, "slice expected at most 3 arguments, got " + Twine(N));
  Value Parts[3] = {Value::none(), Value::none(), Value::none()};
  if (N == 1)
    Parts[1] = Args[0];
  else
    for (unsigned I = 0; I < N; ++I)
      Parts[I] = Args[I];
  return buildSlice(M, Parts, 3, Result);
}

static bool allAny(VM &M, const char *Name, bool Want, Value *Args, unsigned N,
                   Value &Result) {
  if (N != 1)
    return typeError(M, Twine(Name) + "() takes exactly one argument (" +
                            Twine(N) + " given)");
  Value It, Item;
  if (!getIter(M, Args[0], It))
    return false;
  VM::RootScope Roots(M);
  Roots.add(It);
  int R;
  while ((R = iterNext(M, It, Item)) > 0)
    if (isTruthy(Item) == Want) {
      Result = Value::boolean(Want);
      return true;
    }
  if (R < 0)
    return false;
  Result = Value::boolean(!Want);
  return true;
}

bool pyr::builtin_all(VM &M, Value *Args, unsigned N, Value &Result) {
  return allAny(M, "all", false, Args, N, Result);
}
bool pyr::builtin_any(VM &M, Value *Args, unsigned N, Value &Result) {
  return allAny(M, "any", true, Args, N, Result);
}

bool pyr::builtin_iter(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return N == 0 ? typeError(M, "iter expected at least 1 argument, got 0")
                  : M.raise(ExcKind::NotImplementedError,
                            "iter(callable, sentinel) is not supported yet");
  return getIter(M, Args[0], Result);
}

bool pyr::builtin_next(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N == 0 || N > 2)
    return typeError(M, N == 0 ? Twine("next expected at least 1 argument, "
                                       "got 0")
                               : "next expected at most 2 arguments, got " +
                                     Twine(N));
  const TypeObject *T = typeOf(Args[0]);
  if (!T->Next)
    return typeError(M, Twine("'") + T->Name + "' object is not an iterator");
  int R = T->Next(M, Args[0].O, Result);
  if (R < 0)
    return false;
  if (R == 0) {
    if (N == 2) {
      Result = Args[1];
      return true;
    }
    return M.raise(ExcKind::StopIteration, "");
  }
  return true;
}

//===----------------------------------------------------------------------===//
// Starred items
//===----------------------------------------------------------------------===//

bool pyr::listExtendStarred(VM &M, Value L, Value V) {
  if (!isList(L))
    return typeError(M, "ListExtend on a non-list");
  if (!typeOf(V)->Iter)
    return typeError(M, Twine("Value after * must be an iterable, not ") +
                            typeName(V));
  Value Ignored;
  return sequenceBinaryOp(M, Opcode::IAdd, L, V, Ignored) > 0;
}

bool pyr::listToTuple(VM &M, Value L, Value &Out) {
  if (!isList(L))
    return typeError(M, "ListToTuple on a non-list");
  Out = Value::object(newTupleFrom(M, asList(L)->Items, asList(L)->Len));
  return true;
}

bool pyr::functionStr(VM &M, Value Fn, Value Self, std::string &Out) {
  if (Fn.isObject() && Fn.O->Type == &types::Function) {
    Out += "__main__.";
    Out += static_cast<FunctionObject *>(Fn.O)->LC->Code->qualName();
    Out += "()";
    return true;
  }
  if (Fn.isObject() && Fn.O->Type == &types::Type) { // dict(), int()
    Out += static_cast<const TypeObject *>(Fn.O)->Name;
    Out += "()";
    return true;
  }
  if (Fn.isObject() && Fn.O->Type == &types::BuiltinFunction) {
    // A method is named by its type ("str.join()"); builtin methods are
    // only ever called with their self after them, never held as values.
    auto *B = static_cast<const BuiltinFunctionObject *>(Fn.O);
    if (!Self.isUndef())
      for (const TypeObject *T = typeOf(Self); T; T = T->Base)
        if (B >= T->Methods && B < T->Methods + T->NumMethods) {
          Out += T->Name;
          Out += '.';
          break;
        }
    Out += B->Name;
    Out += "()";
    return true;
  }
  // Anything else is named by its str().
  return appendStrChecked(M, Fn, Out);
}

bool pyr::starArgs(VM &M, Value Fn, Value Self, Value V, ListObject *&Out) {
  if (isList(V)) {
    Out = asList(V);
    return true;
  }
  if (!typeOf(V)->Iter) {
    std::string Name;
    if (!functionStr(M, Fn, Self, Name))
      return false;
    return typeError(M, Name + " argument after * must be an iterable, not " +
                            typeName(V));
  }
  return listFromIterable(M, V, Out);
}

bool pyr::mergeKwargs(VM &M, Value Into, Value V, Value Fn, Value Self) {
  if (!isDict(Into))
    return M.raise(ExcKind::SystemError, "DictMerge into a non-dict");
  // Only dicts are mappings in pyr (a mapping has keys()).
  if (!isDict(V)) {
    std::string Name;
    if (!functionStr(M, Fn, Self, Name))
      return false;
    return typeError(M, Name + " argument after ** must be a mapping, not " +
                            typeName(V));
  }
  DictObject *D = asDict(Into), *From = asDict(V);
  for (size_t I = 0; I < From->NEntries; ++I) {
    // Re-read each entry: dictSet may move D's entries, and From may be D.
    DictEntry E = From->Entries[I];
    if (E.Key.isUndef())
      continue;
    Value Old;
    int Got = dictGet(M, D, E.Key, Old);
    if (Got < 0)
      return false;
    if (Got) {
      std::string Msg;
      if (!functionStr(M, Fn, Self, Msg))
        return false;
      Msg += " got multiple values for keyword argument '";
      if (!appendStrChecked(M, E.Key, Msg))
        return false;
      Msg += "'";
      return typeError(M, Msg);
    }
    if (!dictSet(M, D, E.Key, E.Val))
      return false;
  }
  return true;
}
