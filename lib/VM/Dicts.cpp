//===- Dicts.cpp - dict, set, frozenset and hashing -----------------------===//
//
// Hashing as CPython 3.11 hashes (ints modulo 2**61-1, floats by
// _Py_HashDouble, tuples by the xxHash-based algorithm, frozensets by
// shuffled xor), the insertion-ordered compact dict, and set/frozenset with
// CPython's open-addressing table (linear probes, then perturbation), so
// that sets of ints iterate in CPython's order.
//
//===----------------------------------------------------------------------===//

#include "VM.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/raw_ostream.h"
#include <cmath>
#include <cstdlib>
#include <cstring>

using namespace pyr;
using llvm::StringRef;
using llvm::Twine;

static bool typeError(VM &M, const Twine &Msg) {
  return M.raise(ExcKind::TypeError, Msg);
}
static const char *typeName(Value V) { return typeOf(V)->Name; }

static void *checkedAlloc(size_t Bytes) {
  void *P = std::calloc(1, Bytes ? Bytes : 1);
  if (!P) {
    llvm::errs() << "pyr: out of memory\n";
    std::abort();
  }
  return P;
}

//===----------------------------------------------------------------------===//
// Hashing
//===----------------------------------------------------------------------===//

static constexpr unsigned HashBits = 61;
static constexpr uint64_t HashModulus = (uint64_t(1) << HashBits) - 1;
static constexpr uint64_t HashInf = 314159;

static int64_t fixHash(uint64_t X) {
  int64_t H = static_cast<int64_t>(X);
  return H == -1 ? -2 : H;
}

static int64_t hashSmallInt(int64_t I) {
  uint64_t A = I < 0 ? 0 - static_cast<uint64_t>(I) : static_cast<uint64_t>(I);
  A %= HashModulus;
  uint64_t X = I < 0 ? 0 - A : A;
  return fixHash(X);
}

static int64_t hashDouble(double D) {
  if (!std::isfinite(D)) {
    if (std::isinf(D))
      return D > 0 ? int64_t(HashInf) : -int64_t(HashInf);
    uint64_t Bits;
    std::memcpy(&Bits, &D, sizeof(Bits));
    return fixHash((Bits >> 4) | (Bits << 60));
  }
  int E;
  double Mant = std::frexp(D, &E);
  int Sign = 1;
  if (Mant < 0) {
    Sign = -1;
    Mant = -Mant;
  }
  uint64_t X = 0;
  while (Mant) {
    X = ((X << 28) & HashModulus) | X >> (HashBits - 28);
    Mant *= 268435456.0;
    E -= 28;
    uint64_t Y = static_cast<uint64_t>(Mant);
    Mant -= Y;
    X += Y;
    if (X >= HashModulus)
      X -= HashModulus;
  }
  E = E >= 0 ? E % int(HashBits)
             : int(HashBits) - 1 - ((-1 - E) % int(HashBits));
  X = ((X << E) & HashModulus) | X >> (HashBits - E);
  X = X * static_cast<uint64_t>(static_cast<int64_t>(Sign));
  return fixHash(X);
}

/// A str's hash: 32 bits of FNV-1a, cached in the object. (CPython
/// randomises str hashes, so no program can depend on their values.)
static uint32_t hashText32(StringRef Text) {
  uint64_t H = 14695981039346656037ULL;
  for (unsigned char C : Text) {
    H ^= C;
    H *= 1099511628211ULL;
  }
  return static_cast<uint32_t>(H ^ (H >> 32));
}
static int64_t widenHash(uint32_t H) {
  return fixHash(
      static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(H))));
}
/// bytes hash as a str of the same characters does, uncached.
static int64_t hashStr(StringRef Bytes) { return widenHash(hashText32(Bytes)); }
static int64_t hashStr(StrObject *S) {
  if (!(S->Flags & StrHashKnown)) {
    S->TypeData = hashText32(S->str());
    S->Flags |= StrHashKnown;
  }
  return widenHash(S->TypeData);
}

static uint64_t shuffleBits(uint64_t H) {
  return ((H ^ 89869747ULL) ^ (H << 16)) * 3644798167ULL;
}

static int64_t frozensetHash(SetObject *S);

/// CPython's tuple hash (xxHash-based) over \p N items. Tuples nested in
/// them are hashed with a stack of their own, not by recursion: CPython
/// hashes tuples nested 100000 deep, deeper than native recursion here
/// would go.
static bool hashItems(VM &M, const Value *Items, size_t N, int64_t &H) {
  const uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL,
                 P5 = 2870177450012600261ULL;
  struct Level {
    const Value *Items;
    size_t N, I;
    uint64_t Acc;
  };
  auto Mix = [&](uint64_t &Acc, int64_t Lane) {
    Acc += static_cast<uint64_t>(Lane) * P2;
    Acc = (Acc << 31) | (Acc >> 33);
    Acc *= P1;
  };
  llvm::SmallVector<Level, 4> Stack{{Items, N, 0, P5}};
  for (;;) {
    Level &L = Stack.back();
    if (L.I == L.N) {
      uint64_t Acc = L.Acc + (L.N ^ (P5 ^ 3527539ULL));
      int64_t Done =
          Acc == uint64_t(-1) ? 1546275796 : static_cast<int64_t>(Acc);
      Stack.pop_back();
      if (Stack.empty()) {
        H = Done;
        return true;
      }
      Mix(Stack.back().Acc, Done);
      ++Stack.back().I;
      continue;
    }
    Value Item = L.Items[L.I];
    if (isTuple(Item)) {
      TupleObject *T = asTuple(Item);
      Stack.push_back({T->Items, T->Len, 0, P5}); // L is not used after this.
      continue;
    }
    int64_t Lane;
    if (!hashValue(M, Item, Lane))
      return false;
    Mix(L.Acc, Lane);
    ++L.I;
  }
}

bool pyr::hashValue(VM &M, Value V, int64_t &H) {
  switch (V.Tag) {
  case ValueTag::Undef:
  case ValueTag::None:
    // CPython hashes None by its address; any constant is as good.
    H = 0x7c1d2f9a4b3;
    return true;
  case ValueTag::Bool:
  case ValueTag::Int:
    H = hashSmallInt(V.I);
    return true;
  case ValueTag::Float:
    H = hashDouble(V.F);
    return true;
  case ValueTag::Object:
    break;
  }
  if (isStr(V)) {
    H = hashStr(asStr(V));
    return true;
  }
  if (isBytes(V)) {
    // As in CPython, a bytes hashes like the str of the same ASCII text.
    H = hashStr(asBytes(V)->bytes());
    return true;
  }
  if (isBigInt(V)) {
    Mpz R;
    mpz_abs(R.Z, bigOf(V));
    mpz_fdiv_r_ui(R.Z, R.Z, HashModulus);
    uint64_t A = mpz_get_ui(R.Z);
    H = fixHash(mpz_sgn(bigOf(V)) < 0 ? 0 - A : A);
    return true;
  }
  if (isTuple(V))
    return hashItems(M, asTuple(V)->Items, asTuple(V)->Len, H);
  if (V.O->Type == &types::FrozenSet) {
    H = frozensetHash(static_cast<SetObject *>(V.O));
    return true;
  }
  const TypeObject *T = V.O->Type;
  if (T == &types::Range) {
    // As CPython: the hash of (len, start, step), with None for the parts
    // that do not tell equal ranges apart.
    Value Parts[4];
    rangeValues(asRange(V), Parts);
    Value Key[3] = {Parts[3], Parts[0], Parts[2]};
    bool Empty = Key[0].isIntLike() && Key[0].I == 0;
    if (Empty || (Key[0].isIntLike() && Key[0].I == 1))
      Key[2] = Value::none();
    if (Empty)
      Key[1] = Value::none();
    return hashItems(M, Key, 3, H);
  }
  if (T != &types::List && T != &types::Dict && T != &types::Set &&
      T != &types::Slice) {
    uint64_t P = reinterpret_cast<uintptr_t>(V.O);
    H = fixHash((P >> 4) | (P << 60));
    return true;
  }
  return typeError(M, Twine("unhashable type: '") + typeName(V) + "'");
}

bool pyr::builtin_hash(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 1)
    return typeError(M, "hash() takes exactly one argument (" + Twine(N) +
                            " given)");
  int64_t H;
  if (!hashValue(M, Args[0], H))
    return false;
  Result = Value::integer(H);
  return true;
}

/// Keys in the same slot: identical, or equal with equal hashes.
static bool sameKey(VM &M, Value A, int64_t HA, Value B, int64_t HB,
                    bool &Out) {
  if (isIdentical(A, B)) {
    Out = true;
    return true;
  }
  if (HA != HB) {
    Out = false;
    return true;
  }
  if (isStr(A) && isStr(B)) {
    Out = asStr(A)->str() == asStr(B)->str();
    return true;
  }
  return equalOp(M, A, B, Out);
}

static bool keyError(VM &M, Value Key) {
  std::string S;
  if (!appendReprChecked(M, Key, S))
    return false;
  return M.raise(ExcKind::KeyError, S);
}

//===----------------------------------------------------------------------===//
// dict
//===----------------------------------------------------------------------===//

static constexpr int64_t IxEmpty = -1, IxDummy = -2;

static void dictAllocTables(VM &M, DictObject *D, size_t IndexSize) {
  D->IndexSize = IndexSize;
  D->IndexFill = 0;
  D->EntryCap = (IndexSize << 1) / 3;
  D->Index = static_cast<int64_t *>(checkedAlloc(IndexSize * sizeof(int64_t)));
  for (size_t I = 0; I < IndexSize; ++I)
    D->Index[I] = IxEmpty;
  D->Entries =
      static_cast<DictEntry *>(checkedAlloc(D->EntryCap * sizeof(DictEntry)));
  M.noteExternalBytes(IndexSize * sizeof(int64_t) +
                      D->EntryCap * sizeof(DictEntry));
}

DictObject *pyr::newDict(VM &M) {
  auto *D =
      static_cast<DictObject *>(M.newObject(sizeof(DictObject), &types::Dict));
  D->Used = D->NEntries = 0;
  dictAllocTables(M, D, 8);
  return D;
}

/// The index slot of \p Key: Found tells whether it holds Key; if not,
/// Slot is where to insert it.
static bool dictLookup(VM &M, DictObject *D, Value Key, int64_t Hash,
                       size_t &Slot, bool &Found) {
  size_t Mask = D->IndexSize - 1;
  uint64_t Perturb = static_cast<uint64_t>(Hash);
  size_t I = static_cast<size_t>(Hash) & Mask;
  size_t FreeSlot = SIZE_MAX;
  while (true) {
    int64_t Ix = D->Index[I];
    if (Ix == IxEmpty) {
      Slot = FreeSlot != SIZE_MAX ? FreeSlot : I;
      Found = false;
      return true;
    }
    if (Ix == IxDummy) {
      if (FreeSlot == SIZE_MAX)
        FreeSlot = I;
    } else {
      DictEntry &E = D->Entries[Ix];
      bool Eq;
      if (!sameKey(M, E.Key, E.Hash, Key, Hash, Eq))
        return false;
      if (Eq) {
        Slot = I;
        Found = true;
        return true;
      }
    }
    Perturb >>= 5;
    I = (I * 5 + Perturb + 1) & Mask;
  }
}

static void dictResize(VM &M, DictObject *D) {
  // CPython's GROWTH_RATE: the smallest power of two from 8 that holds
  // three times the items.
  size_t Want = D->Used * 3;
  size_t Size = 8;
  while (Size < Want)
    Size <<= 1;
  DictEntry *Old = D->Entries;
  size_t OldN = D->NEntries;
  std::free(D->Index);
  dictAllocTables(M, D, Size);
  size_t Mask = Size - 1, N = 0;
  for (size_t J = 0; J < OldN; ++J) {
    if (Old[J].Key.isUndef())
      continue;
    D->Entries[N] = Old[J];
    uint64_t Perturb = static_cast<uint64_t>(Old[J].Hash);
    size_t I = static_cast<size_t>(Old[J].Hash) & Mask;
    while (D->Index[I] != IxEmpty) {
      Perturb >>= 5;
      I = (I * 5 + Perturb + 1) & Mask;
    }
    D->Index[I] = static_cast<int64_t>(N++);
  }
  D->NEntries = D->IndexFill = N;
  std::free(Old);
}

static bool dictInsert(VM &M, DictObject *D, Value Key, int64_t Hash, Value V) {
  size_t Slot;
  bool Found;
  if (!dictLookup(M, D, Key, Hash, Slot, Found))
    return false;
  if (Found) {
    D->Entries[D->Index[Slot]].Val = V;
    return true;
  }
  if (D->NEntries == D->EntryCap || D->IndexFill >= D->EntryCap) {
    dictResize(M, D);
    if (!dictLookup(M, D, Key, Hash, Slot, Found))
      return false;
  }
  if (D->Index[Slot] == IxEmpty)
    ++D->IndexFill;
  D->Entries[D->NEntries] = {Hash, Key, V};
  D->Index[Slot] = static_cast<int64_t>(D->NEntries++);
  ++D->Used;
  return true;
}

bool pyr::dictSet(VM &M, DictObject *D, Value Key, Value V) {
  int64_t H;
  if (!hashValue(M, Key, H))
    return false;
  return dictInsert(M, D, Key, H, V);
}

/// The entry of \p Key or null; false on error.
static bool dictFind(VM &M, DictObject *D, Value Key, DictEntry *&E,
                     size_t *SlotOut = nullptr) {
  int64_t H;
  if (!hashValue(M, Key, H))
    return false;
  size_t Slot;
  bool Found;
  if (!dictLookup(M, D, Key, H, Slot, Found))
    return false;
  E = Found ? &D->Entries[D->Index[Slot]] : nullptr;
  if (SlotOut)
    *SlotOut = Slot;
  return true;
}

int pyr::dictGet(VM &M, DictObject *D, Value Key, Value &Out) {
  DictEntry *E;
  if (!dictFind(M, D, Key, E))
    return -1;
  if (!E)
    return 0;
  Out = E->Val;
  return 1;
}

static void dictRemoveAt(DictObject *D, size_t Slot) {
  DictEntry &E = D->Entries[D->Index[Slot]];
  E.Key = Value::undef();
  E.Val = Value::undef();
  D->Index[Slot] = IxDummy;
  --D->Used;
}

bool pyr::dictDelItem(VM &M, DictObject *D, Value Key) {
  DictEntry *E;
  size_t Slot;
  if (!dictFind(M, D, Key, E, &Slot))
    return false;
  if (!E)
    return keyError(M, Key);
  dictRemoveAt(D, Slot);
  return true;
}

static void dictClear(VM &M, DictObject *D) {
  std::free(D->Entries);
  std::free(D->Index);
  D->Used = D->NEntries = 0;
  dictAllocTables(M, D, 8);
}

static bool dictMerge(VM &M, DictObject *D, DictObject *Src) {
  if (D == Src)
    return true;
  for (size_t J = 0; J < Src->NEntries; ++J) {
    DictEntry E = Src->Entries[J];
    if (!E.Key.isUndef() && !dictInsert(M, D, E.Key, E.Hash, E.Val))
      return false;
  }
  return true;
}

static DictObject *dictCopy(VM &M, DictObject *Src) {
  DictObject *D = newDict(M);
  dictMerge(M, D, Src);
  return D;
}

/// dict.update(Other) / dict(Other) for a positional argument: a dict, or
/// an iterable of pairs.
static bool dictUpdateFrom(VM &M, DictObject *D, Value Other) {
  if (isDict(Other))
    return dictMerge(M, D, asDict(Other));
  Value It, Item;
  if (!getIter(M, Other, It))
    return false;
  // Iterating may run Python code (map), which may collect.
  VM::RootScope Roots(M);
  Roots.add(It);
  Roots.add(Value::object(D));
  int R;
  for (int64_t I = 0; (R = iterNext(M, It, Item)) > 0; ++I) {
    if (!typeOf(Item)->Iter)
      return typeError(M, "cannot convert dictionary update sequence "
                          "element #" +
                              Twine(I) + " to a sequence");
    ListObject *Pair;
    if (!listFromIterable(M, Item, Pair))
      return false;
    if (Pair->Len != 2)
      return M.raise(ExcKind::ValueError,
                     "dictionary update sequence element #" + Twine(I) +
                         " has length " + Twine(Pair->Len) + "; 2 is required");
    if (!dictSet(M, D, Pair->Items[0], Pair->Items[1]))
      return false;
  }
  return R == 0;
}

static bool dictUpdateKeywords(VM &M, DictObject *D) {
  for (unsigned I = 0; I < M.NumKw; ++I)
    if (!dictSet(M, D, M.KwNames[I], M.KwValues[I]))
      return false;
  return true;
}

//===----------------------------------------------------------------------===//
// set
//===----------------------------------------------------------------------===//

static constexpr size_t SetMinSize = 8, LinearProbes = 9;

static bool slotEmpty(const SetEntry &E) {
  return E.Key.isUndef() && E.Hash == 0;
}
static bool slotActive(const SetEntry &E) { return !E.Key.isUndef(); }

static void setAllocTable(VM &M, SetObject *S, size_t Size) {
  S->Table = static_cast<SetEntry *>(checkedAlloc(Size * sizeof(SetEntry)));
  S->Mask = Size - 1;
  M.noteExternalBytes(Size * sizeof(SetEntry));
}

SetObject *pyr::newSet(VM &M, bool Frozen) {
  auto *S = static_cast<SetObject *>(
      M.newObject(sizeof(SetObject), Frozen ? &types::FrozenSet : &types::Set));
  S->Fill = S->Used = S->Finger = 0;
  setAllocTable(M, S, SetMinSize);
  return S;
}

static void setInsertClean(SetEntry *Table, size_t Mask, Value Key,
                           int64_t Hash) {
  uint64_t Perturb = static_cast<uint64_t>(Hash);
  size_t I = static_cast<size_t>(Hash) & Mask;
  SetEntry *E;
  while (true) {
    E = &Table[I];
    if (E->Key.isUndef())
      goto Found;
    if (I + LinearProbes <= Mask) {
      for (size_t J = 0; J < LinearProbes; ++J) {
        ++E;
        if (E->Key.isUndef())
          goto Found;
      }
    }
    Perturb >>= 5;
    I = (I * 5 + 1 + Perturb) & Mask;
  }
Found:
  E->Key = Key;
  E->Hash = Hash;
}

static void setResize(VM &M, SetObject *S, size_t MinUsed) {
  size_t NewSize = SetMinSize;
  while (NewSize <= MinUsed)
    NewSize <<= 1;
  SetEntry *Old = S->Table;
  size_t OldMask = S->Mask;
  setAllocTable(M, S, NewSize);
  S->Fill = S->Used;
  for (size_t I = 0; I <= OldMask; ++I)
    if (slotActive(Old[I]))
      setInsertClean(S->Table, S->Mask, Old[I].Key, Old[I].Hash);
  std::free(Old);
}

/// CPython's set_add_entry: a new item takes the last deleted slot its
/// probe passed, or else the empty slot that ended it.
static bool setAddEntry(VM &M, SetObject *S, Value Key, int64_t Hash) {
  size_t Mask = S->Mask;
  size_t I = static_cast<size_t>(Hash) & Mask;
  uint64_t Perturb = static_cast<uint64_t>(Hash);
  SetEntry *E, *FreeSlot = nullptr;
  while (true) {
    E = &S->Table[I];
    size_t Probes = (I + LinearProbes <= Mask) ? LinearProbes : 0;
    while (true) {
      if (slotEmpty(*E))
        goto FoundUnused;
      if (E->Hash == Hash && slotActive(*E)) {
        bool Eq;
        if (!sameKey(M, E->Key, E->Hash, Key, Hash, Eq))
          return false;
        if (Eq)
          return true;
      } else if (E->Hash == -1 && !slotActive(*E)) {
        FreeSlot = E;
      }
      ++E;
      if (Probes-- == 0)
        break;
    }
    Perturb >>= 5;
    I = (I * 5 + 1 + Perturb) & Mask;
  }
FoundUnused:
  if (FreeSlot) {
    ++S->Used;
    FreeSlot->Key = Key;
    FreeSlot->Hash = Hash;
    return true;
  }
  ++S->Fill;
  ++S->Used;
  E->Key = Key;
  E->Hash = Hash;
  if (S->Fill * 5 < Mask * 3)
    return true;
  setResize(M, S, S->Used > 50000 ? S->Used * 2 : S->Used * 4);
  return true;
}

/// The active slot holding \p Key, or null.
static bool setLookup(VM &M, SetObject *S, Value Key, int64_t Hash,
                      SetEntry *&Out) {
  size_t Mask = S->Mask;
  size_t I = static_cast<size_t>(Hash) & Mask;
  uint64_t Perturb = static_cast<uint64_t>(Hash);
  while (true) {
    SetEntry *E = &S->Table[I];
    size_t Probes = (I + LinearProbes <= Mask) ? LinearProbes : 0;
    while (true) {
      if (slotEmpty(*E)) {
        Out = nullptr;
        return true;
      }
      if (E->Hash == Hash && slotActive(*E)) {
        bool Eq;
        if (!sameKey(M, E->Key, E->Hash, Key, Hash, Eq))
          return false;
        if (Eq) {
          Out = E;
          return true;
        }
      }
      ++E;
      if (Probes-- == 0)
        break;
    }
    Perturb >>= 5;
    I = (I * 5 + 1 + Perturb) & Mask;
  }
}

bool pyr::setAdd(VM &M, SetObject *S, Value Key) {
  int64_t H;
  if (!hashValue(M, Key, H))
    return false;
  return setAddEntry(M, S, Key, H);
}

static int64_t frozensetHash(SetObject *S) {
  uint64_t H = 0;
  for (size_t I = 0; I <= S->Mask; ++I)
    if (slotActive(S->Table[I]))
      H ^= shuffleBits(static_cast<uint64_t>(S->Table[I].Hash));
  H ^= (uint64_t(S->Used) + 1) * 1927868237ULL;
  H ^= (H >> 11) ^ (H >> 25);
  H = H * 69069U + 907133923ULL;
  if (H == uint64_t(-1))
    H = 590923713ULL;
  return static_cast<int64_t>(H);
}

/// The hash of a set key as a lookup sees it: a set stands for the
/// frozenset with its items, as CPython's set_contains arranges.
static bool setKeyHash(VM &M, Value Key, int64_t &H) {
  if (Key.isObject() && Key.O->Type == &types::Set) {
    H = frozensetHash(asSet(Key));
    return true;
  }
  return hashValue(M, Key, H);
}

static bool setContains(VM &M, SetObject *S, Value Key, bool &Out) {
  int64_t H;
  if (!setKeyHash(M, Key, H))
    return false;
  SetEntry *E;
  if (!setLookup(M, S, Key, H, E))
    return false;
  Out = E != nullptr;
  return true;
}

static bool setContainsEntry(VM &M, SetObject *S, Value Key, int64_t H,
                             bool &Out) {
  SetEntry *E;
  if (!setLookup(M, S, Key, H, E))
    return false;
  Out = E != nullptr;
  return true;
}

/// 1 discarded, 0 not found, -1 error.
static int setDiscardEntry(VM &M, SetObject *S, Value Key, int64_t H) {
  SetEntry *E;
  if (!setLookup(M, S, Key, H, E))
    return -1;
  if (!E)
    return 0;
  E->Key = Value::undef();
  E->Hash = -1;
  --S->Used;
  return 1;
}

static void setClear(VM &M, SetObject *S) {
  std::free(S->Table);
  S->Fill = S->Used = S->Finger = 0;
  setAllocTable(M, S, SetMinSize);
}

/// CPython's set_merge.
static bool setMerge(VM &M, SetObject *S, SetObject *Other) {
  if (S == Other || Other->Used == 0)
    return true;
  if ((S->Fill + Other->Used) * 5 >= S->Mask * 3)
    setResize(M, S, (S->Used + Other->Used) * 2);
  if (S->Fill == 0 && S->Mask == Other->Mask && Other->Fill == Other->Used) {
    for (size_t I = 0; I <= Other->Mask; ++I)
      if (slotActive(Other->Table[I]))
        S->Table[I] = Other->Table[I];
    S->Fill = Other->Fill;
    S->Used = Other->Used;
    return true;
  }
  if (S->Fill == 0) {
    S->Fill = S->Used = Other->Used;
    for (size_t I = 0; I <= Other->Mask; ++I)
      if (slotActive(Other->Table[I]))
        setInsertClean(S->Table, S->Mask, Other->Table[I].Key,
                       Other->Table[I].Hash);
    return true;
  }
  for (size_t I = 0; I <= Other->Mask; ++I) {
    SetEntry E = Other->Table[I];
    if (slotActive(E) && !setAddEntry(M, S, E.Key, E.Hash))
      return false;
  }
  return true;
}

/// CPython's set_update_internal.
static bool setUpdate(VM &M, SetObject *S, Value Other) {
  if (isAnySet(Other))
    return setMerge(M, S, asSet(Other));
  if (isDict(Other)) {
    DictObject *D = asDict(Other);
    if ((S->Fill + D->Used) * 5 >= S->Mask * 3)
      setResize(M, S, (S->Used + D->Used) * 2);
    for (size_t J = 0; J < D->NEntries; ++J)
      if (!D->Entries[J].Key.isUndef() &&
          !setAddEntry(M, S, D->Entries[J].Key, D->Entries[J].Hash))
        return false;
    return true;
  }
  Value It, Item;
  if (!getIter(M, Other, It))
    return false;
  VM::RootScope Roots(M);
  Roots.add(It);
  Roots.add(Value::object(S));
  int R;
  while ((R = iterNext(M, It, Item)) > 0)
    if (!setAdd(M, S, Item))
      return false;
  return R == 0;
}

static SetObject *setCopyAs(VM &M, SetObject *S, bool Frozen) {
  SetObject *R = newSet(M, Frozen);
  setMerge(M, R, S);
  return R;
}
static bool isFrozen(const SetObject *S) {
  return S->Type == &types::FrozenSet;
}

/// A set of the items of \p V (itself if it is already a set).
static bool asSetOperand(VM &M, Value V, SetObject *&Out) {
  if (isAnySet(V)) {
    Out = asSet(V);
    return true;
  }
  Out = newSet(M, false);
  return setUpdate(M, Out, V);
}

/// CPython's set_intersection; the result has \p S's type.
static bool setIntersection(VM &M, SetObject *S, Value Other, SetObject *&Out) {
  if (Other.isObject() && Other.O == S) {
    Out = setCopyAs(M, S, isFrozen(S));
    return true;
  }
  SetObject *Result = newSet(M, isFrozen(S));
  if (isAnySet(Other)) {
    SetObject *A = S, *B = asSet(Other);
    if (B->Used > A->Used)
      std::swap(A, B);
    for (size_t I = 0; I <= B->Mask; ++I) {
      SetEntry E = B->Table[I];
      if (!slotActive(E))
        continue;
      bool In;
      if (!setContainsEntry(M, A, E.Key, E.Hash, In))
        return false;
      if (In && !setAddEntry(M, Result, E.Key, E.Hash))
        return false;
    }
    Out = Result;
    return true;
  }
  Value It, Item;
  if (!getIter(M, Other, It))
    return false;
  VM::RootScope Roots(M);
  Roots.add(It);
  Roots.add(Value::object(S));
  Roots.add(Value::object(Result));
  int R;
  while ((R = iterNext(M, It, Item)) > 0) {
    int64_t H;
    bool In;
    if (!hashValue(M, Item, H) || !setContainsEntry(M, S, Item, H, In))
      return false;
    if (In && !setAddEntry(M, Result, Item, H))
      return false;
  }
  Out = Result;
  return R == 0;
}

/// CPython's set_difference_update_internal.
static bool setDifferenceUpdate(VM &M, SetObject *S, Value Other) {
  if (Other.isObject() && Other.O == S) {
    setClear(M, S);
    return true;
  }
  if (isAnySet(Other)) {
    SetObject *O = asSet(Other);
    for (size_t I = 0; I <= O->Mask; ++I)
      if (slotActive(O->Table[I]) &&
          setDiscardEntry(M, S, O->Table[I].Key, O->Table[I].Hash) < 0)
        return false;
  } else {
    Value It, Item;
    if (!getIter(M, Other, It))
      return false;
    VM::RootScope Roots(M);
    Roots.add(It);
    Roots.add(Value::object(S));
    int R;
    while ((R = iterNext(M, It, Item)) > 0) {
      int64_t H;
      if (!hashValue(M, Item, H) || setDiscardEntry(M, S, Item, H) < 0)
        return false;
    }
    if (R < 0)
      return false;
  }
  if (S->Fill - S->Used <= S->Mask / 4)
    return true;
  setResize(M, S, S->Used > 50000 ? S->Used * 2 : S->Used * 4);
  return true;
}

/// CPython's set_difference.
static bool setDifference(VM &M, SetObject *S, Value Other, SetObject *&Out) {
  size_t OtherSize = isAnySet(Other) ? asSet(Other)->Used
                     : isDict(Other) ? asDict(Other)->Used
                                     : SIZE_MAX;
  if (OtherSize == SIZE_MAX || (S->Used >> 2) > OtherSize) {
    Out = setCopyAs(M, S, isFrozen(S));
    return setDifferenceUpdate(M, Out, Other);
  }
  SetObject *Result = newSet(M, isFrozen(S));
  for (size_t I = 0; I <= S->Mask; ++I) {
    SetEntry E = S->Table[I];
    if (!slotActive(E))
      continue;
    bool In;
    if (isDict(Other)) {
      DictEntry *DE;
      if (!dictFind(M, asDict(Other), E.Key, DE))
        return false;
      In = DE != nullptr;
    } else if (!setContainsEntry(M, asSet(Other), E.Key, E.Hash, In)) {
      return false;
    }
    if (!In && !setAddEntry(M, Result, E.Key, E.Hash))
      return false;
  }
  Out = Result;
  return true;
}

/// CPython's set_symmetric_difference_update.
static bool setSymmetricDifferenceUpdate(VM &M, SetObject *S, Value Other) {
  if (Other.isObject() && Other.O == S) {
    setClear(M, S);
    return true;
  }
  SetObject *O;
  if (isAnySet(Other)) {
    O = asSet(Other);
  } else {
    O = newSet(M, isFrozen(S));
    if (!setUpdate(M, O, Other))
      return false;
  }
  for (size_t I = 0; I <= O->Mask; ++I) {
    SetEntry E = O->Table[I];
    if (!slotActive(E))
      continue;
    int R = setDiscardEntry(M, S, E.Key, E.Hash);
    if (R < 0 || (R == 0 && !setAddEntry(M, S, E.Key, E.Hash)))
      return false;
  }
  return true;
}

static bool setSymmetricDifference(VM &M, SetObject *S, Value Other,
                                   SetObject *&Out) {
  Out = newSet(M, isFrozen(S));
  return setUpdate(M, Out, Other) &&
         setSymmetricDifferenceUpdate(M, Out, Value::object(S));
}

static bool setIsSubset(VM &M, SetObject *S, SetObject *O, bool &Out) {
  if (S->Used > O->Used) {
    Out = false;
    return true;
  }
  for (size_t I = 0; I <= S->Mask; ++I) {
    SetEntry E = S->Table[I];
    if (!slotActive(E))
      continue;
    bool In;
    if (!setContainsEntry(M, O, E.Key, E.Hash, In))
      return false;
    if (!In) {
      Out = false;
      return true;
    }
  }
  Out = true;
  return true;
}

/// Replace \p S's table with \p T's (set_swap_bodies, one way).
static void setTakeBody(SetObject *S, SetObject *T) {
  std::swap(S->Table, T->Table);
  std::swap(S->Mask, T->Mask);
  std::swap(S->Fill, T->Fill);
  std::swap(S->Used, T->Used);
  std::swap(S->Finger, T->Finger);
}

//===----------------------------------------------------------------------===//
// repr, collector hooks, iteration
//===----------------------------------------------------------------------===//

static void reprDict(Value V, std::string &Out) {
  DictObject *D = asDict(V);
  if (D->Used == 0) {
    Out += "{}";
    return;
  }
  if (!reprEnterObject(D)) {
    Out += "{...}";
    return;
  }
  Out += '{';
  bool First = true;
  for (size_t J = 0; J < D->NEntries; ++J) {
    if (D->Entries[J].Key.isUndef())
      continue;
    if (!First)
      Out += ", ";
    First = false;
    appendRepr(D->Entries[J].Key, Out);
    Out += ": ";
    appendRepr(D->Entries[J].Val, Out);
  }
  Out += '}';
  reprLeaveObject();
}

static void reprSet(Value V, std::string &Out) {
  SetObject *S = asSet(V);
  const char *Name = typeName(V);
  if (S->Used == 0) {
    Out += Name;
    Out += "()";
    return;
  }
  if (!reprEnterObject(S)) {
    Out += Name;
    Out += "(...)";
    return;
  }
  if (isFrozen(S)) {
    Out += Name;
    Out += '(';
  }
  Out += '{';
  bool First = true;
  for (size_t I = 0; I <= S->Mask; ++I) {
    if (!slotActive(S->Table[I]))
      continue;
    if (!First)
      Out += ", ";
    First = false;
    appendRepr(S->Table[I].Key, Out);
  }
  Out += '}';
  if (isFrozen(S))
    Out += ')';
  reprLeaveObject();
}

static void reprView(Value V, std::string &Out) {
  DictObject *D = asDict(static_cast<DictViewObject *>(V.O)->Dict);
  if (!reprEnterObject(V.O)) {
    Out += "...";
    return;
  }
  Out += typeName(V);
  Out += "([";
  bool First = true;
  for (size_t J = 0; J < D->NEntries; ++J) {
    DictEntry &E = D->Entries[J];
    if (E.Key.isUndef())
      continue;
    if (!First)
      Out += ", ";
    First = false;
    if (V.O->Type == &types::DictKeys) {
      appendRepr(E.Key, Out);
    } else if (V.O->Type == &types::DictValues) {
      appendRepr(E.Val, Out);
    } else {
      Out += '(';
      appendRepr(E.Key, Out);
      Out += ", ";
      appendRepr(E.Val, Out);
      Out += ')';
    }
  }
  Out += "])";
  reprLeaveObject();
}

static void reprObjectAt(Value V, std::string &Out) {
  char Buf[64];
  snprintf(Buf, sizeof(Buf), "<%s object at %p>", typeName(V), (void *)V.O);
  Out += Buf;
}

static void traceDict(Object *O, VM &M) {
  auto *D = static_cast<DictObject *>(O);
  for (size_t J = 0; J < D->NEntries; ++J) {
    M.markValue(D->Entries[J].Key);
    M.markValue(D->Entries[J].Val);
  }
}
static void finalizeDict(Object *O) {
  auto *D = static_cast<DictObject *>(O);
  std::free(D->Entries);
  std::free(D->Index);
}
static size_t sizeDict(const Object *O) {
  auto *D = static_cast<const DictObject *>(O);
  return sizeof(DictObject) + D->IndexSize * sizeof(int64_t) +
         D->EntryCap * sizeof(DictEntry);
}
static void traceSet(Object *O, VM &M) {
  auto *S = static_cast<SetObject *>(O);
  for (size_t I = 0; I <= S->Mask; ++I)
    M.markValue(S->Table[I].Key);
}
static void finalizeSet(Object *O) {
  std::free(static_cast<SetObject *>(O)->Table);
}
static size_t sizeSet(const Object *O) {
  return sizeof(SetObject) +
         (static_cast<const SetObject *>(O)->Mask + 1) * sizeof(SetEntry);
}
static void traceView(Object *O, VM &M) {
  M.markValue(static_cast<DictViewObject *>(O)->Dict);
}
static size_t sizeView(const Object *) { return sizeof(DictViewObject); }
static void traceIter(Object *O, VM &M) {
  M.markValue(static_cast<DictIterObject *>(O)->Container);
}
static size_t sizeIter(const Object *) { return sizeof(DictIterObject); }

static Value newIter(VM &M, const TypeObject *T, Value C, size_t Used) {
  auto *It =
      static_cast<DictIterObject *>(M.newObject(sizeof(DictIterObject), T));
  It->Container = C;
  It->Pos = 0;
  It->UsedAtStart = It->Remaining = Used;
  return Value::object(It);
}

static bool iterDict(VM &M, Value V, Value &It) {
  It = newIter(M, &types::DictKeyIterator, V, asDict(V)->Used);
  return true;
}
static bool iterView(VM &M, Value V, Value &It) {
  Value D = static_cast<DictViewObject *>(V.O)->Dict;
  const TypeObject *T = V.O->Type == &types::DictKeys ? &types::DictKeyIterator
                        : V.O->Type == &types::DictValues
                            ? &types::DictValueIterator
                            : &types::DictItemIterator;
  It = newIter(M, T, D, asDict(D)->Used);
  return true;
}
static bool iterSet(VM &M, Value V, Value &It) {
  It = newIter(M, &types::SetIterator, V, asSet(V)->Used);
  return true;
}
static bool iterSelf(VM &, Value V, Value &It) {
  It = V;
  return true;
}

/// What an iterator over a dict yields for entry \p E: its key, its value,
/// or (for items) a new (key, value) tuple.
static Value entryItem(VM &M, const DictEntry &E, bool Key, bool Val) {
  if (Key)
    return E.Key;
  if (Val)
    return E.Val;
  TupleObject *T = M.newTuple(2);
  T->Items[0] = E.Key;
  T->Items[1] = E.Val;
  return Value::object(T);
}

static int nextDict(VM &M, Object *O, Value &Item) {
  auto *It = static_cast<DictIterObject *>(O);
  if (It->Container.isUndef())
    return 0;
  DictObject *D = asDict(It->Container);
  if (D->Used != It->UsedAtStart) {
    It->UsedAtStart = SIZE_MAX;
    M.raise(ExcKind::RuntimeError, "dictionary changed size during iteration");
    return -1;
  }
  while (It->Pos < D->NEntries && D->Entries[It->Pos].Key.isUndef())
    ++It->Pos;
  if (It->Pos >= D->NEntries) {
    It->Container = Value::undef();
    return 0;
  }
  if (It->Remaining == 0) {
    It->Container = Value::undef();
    M.raise(ExcKind::RuntimeError, "dictionary keys changed during iteration");
    return -1;
  }
  --It->Remaining;
  DictEntry &E = D->Entries[It->Pos++];
  Item = entryItem(M, E, O->Type == &types::DictKeyIterator,
                   O->Type == &types::DictValueIterator);
  return 1;
}

/// reversed() of a dict or view: Pos is one past the next entry to look
/// at, fixed at the dict's end when made (CPython's dictreviter_iternext;
/// entries added later are not seen).
static int nextDictReverse(VM &M, Object *O, Value &Item) {
  auto *It = static_cast<DictIterObject *>(O);
  if (It->Container.isUndef())
    return 0;
  DictObject *D = asDict(It->Container);
  if (D->Used != It->UsedAtStart) {
    It->UsedAtStart = SIZE_MAX;
    M.raise(ExcKind::RuntimeError, "dictionary changed size during iteration");
    return -1;
  }
  if (It->Pos > D->NEntries)
    It->Pos = D->NEntries;
  while (It->Pos > 0 && D->Entries[It->Pos - 1].Key.isUndef())
    --It->Pos;
  if (It->Pos == 0) {
    It->Container = Value::undef();
    return 0;
  }
  DictEntry &E = D->Entries[--It->Pos];
  Item = entryItem(M, E, O->Type == &types::DictReverseKeyIterator,
                   O->Type == &types::DictReverseValueIterator);
  return 1;
}

bool pyr::reversedDict(VM &M, Value V, Value &Result) {
  const TypeObject *VT = V.O->Type;
  Value D = VT == &types::Dict ? V : static_cast<DictViewObject *>(V.O)->Dict;
  const TypeObject *T =
      VT == &types::DictValues  ? &types::DictReverseValueIterator
      : VT == &types::DictItems ? &types::DictReverseItemIterator
                                : &types::DictReverseKeyIterator;
  Result = newIter(M, T, D, asDict(D)->Used);
  static_cast<DictIterObject *>(Result.O)->Pos = asDict(D)->NEntries;
  return true;
}

static int nextSet(VM &M, Object *O, Value &Item) {
  auto *It = static_cast<DictIterObject *>(O);
  if (It->Container.isUndef())
    return 0;
  SetObject *S = asSet(It->Container);
  if (S->Used != It->UsedAtStart) {
    It->UsedAtStart = SIZE_MAX;
    M.raise(ExcKind::RuntimeError, "Set changed size during iteration");
    return -1;
  }
  while (It->Pos <= S->Mask && !slotActive(S->Table[It->Pos]))
    ++It->Pos;
  if (It->Pos > S->Mask) {
    It->Container = Value::undef();
    return 0;
  }
  Item = S->Table[It->Pos++].Key;
  return 1;
}

//===----------------------------------------------------------------------===//
// Operations used by the interpreter
//===----------------------------------------------------------------------===//

int64_t pyr::dictSetLen(Value V) {
  if (isDict(V))
    return asDict(V)->Used;
  if (isAnySet(V))
    return asSet(V)->Used;
  if (V.isObject() &&
      (V.O->Type == &types::DictKeys || V.O->Type == &types::DictValues ||
       V.O->Type == &types::DictItems))
    return asDict(static_cast<DictViewObject *>(V.O)->Dict)->Used;
  return -1;
}

int pyr::dictSetContains(VM &M, Value Item, Value C, bool &Out) {
  if (!C.isObject())
    return 0;
  const TypeObject *T = C.O->Type;
  if (T == &types::Dict || T == &types::DictKeys) {
    Value D = T == &types::Dict ? C : static_cast<DictViewObject *>(C.O)->Dict;
    DictEntry *E;
    if (!dictFind(M, asDict(D), Item, E))
      return -1;
    Out = E != nullptr;
    return 1;
  }
  if (T == &types::Set || T == &types::FrozenSet)
    return setContains(M, asSet(C), Item, Out) ? 1 : -1;
  if (T == &types::DictItems) {
    Out = false;
    if (!isTuple(Item) || asTuple(Item)->Len != 2)
      return 1;
    DictEntry *E;
    if (!dictFind(M, asDict(static_cast<DictViewObject *>(C.O)->Dict),
                  asTuple(Item)->Items[0], E))
      return -1;
    if (E && !equalItems(M, E->Val, asTuple(Item)->Items[1], Out))
      return -1;
    return 1;
  }
  return 0;
}

//===----------------------------------------------------------------------===//
// keys() and items() views as sets (CPython's dictobject.c dictviews_*)
//===----------------------------------------------------------------------===//

static bool isSetLikeView(Value V) {
  return V.isObject() &&
         (V.O->Type == &types::DictKeys || V.O->Type == &types::DictItems);
}
static bool isSetOrView(Value V) { return isAnySet(V) || isSetLikeView(V); }
static Value viewDict(Value V) {
  return static_cast<DictViewObject *>(V.O)->Dict;
}
static Value newView(VM &M, const TypeObject *T, Value D);

/// CPython's dictviews_to_set: a new set of the items of \p V.
static bool viewToSet(VM &M, Value V, SetObject *&Out) {
  if (V.isObject() && V.O->Type == &types::DictKeys)
    V = viewDict(V);
  Out = newSet(M, false);
  return setUpdate(M, Out, V);
}

/// Whether some item of \p Items has (item in \p Container) == \p Want:
/// the loop of all_contained_in and of dictviews_isdisjoint.
static bool anyMembership(VM &M, Value Items, Value Container, bool Want,
                          bool &Found) {
  Value It, Item;
  if (!getIter(M, Items, It))
    return false;
  VM::RootScope Roots(M);
  Roots.add(It);
  Roots.add(Container);
  int R;
  while ((R = iterNext(M, It, Item)) > 0) {
    bool In;
    if (!containsOp(M, Item, Container, In))
      return false;
    if (In == Want) {
      Found = true;
      return true;
    }
  }
  Found = false;
  return R == 0;
}

/// Whether every item of \p Self is in \p Other (all_contained_in).
static bool allContainedIn(VM &M, Value Self, Value Other, bool &Out) {
  bool Missing;
  if (!anyMembership(M, Self, Other, /*Want=*/false, Missing))
    return false;
  Out = !Missing;
  return true;
}

/// _PyDictView_Intersect: the smaller operand is iterated, unless the
/// other is a set at least as large (then set.intersection(view)).
static bool viewIntersect(VM &M, Value Self, Value Other, Value &Out) {
  if (!isSetLikeView(Self))
    std::swap(Self, Other);
  int64_t LenSelf = dictSetLen(Self);
  SetObject *Res;
  if (Other.isObject() && Other.O->Type == &types::Set &&
      LenSelf <= int64_t(asSet(Other)->Used)) {
    if (!setIntersection(M, asSet(Other), Self, Res))
      return false;
    Out = Value::object(Res);
    return true;
  }
  if (isSetLikeView(Other) && dictSetLen(Other) > LenSelf)
    std::swap(Self, Other);
  Res = newSet(M, false);
  Value It, Item;
  if (!getIter(M, Other, It))
    return false;
  VM::RootScope Roots(M);
  Roots.add(It);
  Roots.add(Self);
  Roots.add(Value::object(Res));
  int R;
  while ((R = iterNext(M, It, Item)) > 0) {
    bool In;
    if (!containsOp(M, Item, Self, In) || (In && !setAdd(M, Res, Item)))
      return false;
  }
  if (R < 0)
    return false;
  Out = Value::object(Res);
  return true;
}

/// dictitems_xor: the pairs of either items view whose key is not in the
/// other with an equal value, in CPython's order.
static bool itemsXor(VM &M, Value L, Value R, Value &Out) {
  DictObject *Rest = dictCopy(M, asDict(viewDict(L)));
  SetObject *Res = newSet(M, false);
  VM::RootScope Roots(M);
  Roots.add(Value::object(Rest));
  Roots.add(Value::object(Res));
  DictObject *D2 = asDict(viewDict(R));
  for (size_t J = 0; J < D2->NEntries; ++J) {
    DictEntry E = D2->Entries[J];
    if (E.Key.isUndef())
      continue;
    Value V1;
    int Found = dictGet(M, Rest, E.Key, V1);
    if (Found < 0)
      return false;
    bool Delete = false;
    if (Found && !equalItems(M, V1, E.Val, Delete))
      return false;
    if (Delete) {
      if (!dictDelItem(M, Rest, E.Key))
        return false;
      continue;
    }
    TupleObject *Pair = M.newTuple(2);
    Pair->Items[0] = E.Key;
    Pair->Items[1] = E.Val;
    if (!setAdd(M, Res, Value::object(Pair)))
      return false;
  }
  if (!setUpdate(M, Res, newView(M, &types::DictItems, Value::object(Rest))))
    return false;
  Out = Value::object(Res);
  return true;
}

/// |, &, - and ^ with a keys() or items() view on either side: CPython's
/// dictviews_or and the like, which make a new set from the left operand
/// (whatever it is: a set's own operators decline a view operand).
static int viewBinaryOp(VM &M, Opcode Op, Value L, Value R, Value &Out) {
  if (Op == Opcode::BitAnd)
    return viewIntersect(M, L, R, Out) ? 1 : -1;
  if (Op == Opcode::BitXor && isSetLikeView(L) && isSetLikeView(R) &&
      L.O->Type == &types::DictItems && R.O->Type == &types::DictItems)
    return itemsXor(M, L, R, Out) ? 1 : -1;
  SetObject *Res;
  if (!viewToSet(M, L, Res))
    return -1;
  bool OK = Op == Opcode::BitOr ? setUpdate(M, Res, R)
            : Op == Opcode::Sub ? setDifferenceUpdate(M, Res, R)
                                : setSymmetricDifferenceUpdate(M, Res, R);
  if (!OK)
    return -1;
  Out = Value::object(Res);
  return 1;
}

/// dictview_richcompare, for a view \p Self and a set or view \p Other.
static bool viewCompare(VM &M, Opcode Op, Value Self, Value Other, bool &Out) {
  int64_t LenSelf = dictSetLen(Self), LenOther = dictSetLen(Other);
  Out = false;
  switch (Op) {
  case Opcode::Eq:
    return LenSelf != LenOther || allContainedIn(M, Self, Other, Out);
  case Opcode::Lt:
    return LenSelf >= LenOther || allContainedIn(M, Self, Other, Out);
  case Opcode::Le:
    return LenSelf > LenOther || allContainedIn(M, Self, Other, Out);
  case Opcode::Gt:
    return LenSelf <= LenOther || allContainedIn(M, Other, Self, Out);
  default:
    return LenSelf < LenOther || allContainedIn(M, Other, Self, Out);
  }
}

/// dictviews_isdisjoint.
static bool viewIsDisjointM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N != 2)
    return M.raise(ExcKind::TypeError,
                   Twine(Args[0].O->Type->Name) +
                       ".isdisjoint() takes exactly one argument (" +
                       Twine(N - 1) + " given)");
  Value Self = Args[0], Other = Args[1];
  if (Self.O == Other.O) {
    Result = Value::boolean(dictSetLen(Self) == 0);
    return true;
  }
  if (isSetOrView(Other) && dictSetLen(Other) > dictSetLen(Self))
    std::swap(Self, Other);
  bool Shared;
  if (!anyMembership(M, Other, Self, /*Want=*/true, Shared))
    return false;
  Result = Value::boolean(!Shared);
  return true;
}

int pyr::dictSetEqual(VM &M, Value L, Value R, bool &Out) {
  if (isSetLikeView(L) || isSetLikeView(R)) {
    if (!isSetOrView(L) || !isSetOrView(R))
      return 0;
    if (!isSetLikeView(L))
      std::swap(L, R);
    return viewCompare(M, Opcode::Eq, L, R, Out) ? 1 : -1;
  }
  if (isAnySet(L) && isAnySet(R)) {
    SetObject *A = asSet(L), *B = asSet(R);
    if (A->Used != B->Used) {
      Out = false;
      return 1;
    }
    return setIsSubset(M, A, B, Out) ? 1 : -1;
  }
  if (isDict(L) && isDict(R)) {
    DictObject *A = asDict(L), *B = asDict(R);
    Out = false;
    if (A->Used != B->Used)
      return 1;
    for (size_t J = 0; J < A->NEntries; ++J) {
      DictEntry E = A->Entries[J];
      if (E.Key.isUndef())
        continue;
      size_t Slot;
      bool Found;
      if (!dictLookup(M, B, E.Key, E.Hash, Slot, Found))
        return -1;
      if (!Found)
        return 1;
      bool Eq;
      if (!equalItems(M, E.Val, B->Entries[B->Index[Slot]].Val, Eq))
        return -1;
      if (!Eq)
        return 1;
    }
    Out = true;
    return 1;
  }
  return 0;
}

int pyr::dictSetBinaryOp(VM &M, Opcode Shown, Value L, Value R, Value &Out) {
  Opcode Op = getPlainOpcode(Shown);
  bool InPlace = Op != Shown;
  if (isDict(L) && isDict(R) && Op == Opcode::BitOr) {
    if (InPlace) {
      if (!dictMerge(M, asDict(L), asDict(R)))
        return -1;
      Out = L;
      return 1;
    }
    DictObject *D = dictCopy(M, asDict(L));
    if (!dictMerge(M, D, asDict(R)))
      return -1;
    Out = Value::object(D);
    return 1;
  }
  if (isDict(L) && InPlace && Op == Opcode::BitOr) {
    if (!dictUpdateFrom(M, asDict(L), R))
      return -1;
    Out = L;
    return 1;
  }
  if (Op != Opcode::BitOr && Op != Opcode::BitAnd && Op != Opcode::Sub &&
      Op != Opcode::BitXor)
    return 0;
  // A view has no in-place operators, and a set's decline a view: the
  // view's own make a new set.
  if (isSetLikeView(L) || isSetLikeView(R))
    return viewBinaryOp(M, Op, L, R, Out);
  if (!isAnySet(L) || !isAnySet(R))
    return 0;
  SetObject *S = asSet(L), *Res = nullptr;
  // In-place operators mutate a set; a frozenset gets a new object.
  if (InPlace && !isFrozen(S)) {
    bool OK;
    switch (Op) {
    case Opcode::BitOr:
      OK = setUpdate(M, S, R);
      break;
    case Opcode::BitAnd: {
      OK = setIntersection(M, S, R, Res);
      if (OK)
        setTakeBody(S, Res);
      break;
    }
    case Opcode::Sub:
      OK = setDifferenceUpdate(M, S, R);
      break;
    default:
      OK = setSymmetricDifferenceUpdate(M, S, R);
      break;
    }
    if (!OK)
      return -1;
    Out = L;
    return 1;
  }
  bool OK;
  switch (Op) {
  case Opcode::BitOr:
    Res = setCopyAs(M, S, isFrozen(S));
    OK = L.O == R.O || setUpdate(M, Res, R);
    break;
  case Opcode::BitAnd:
    OK = setIntersection(M, S, R, Res);
    break;
  case Opcode::Sub:
    OK = setDifference(M, S, R, Res);
    break;
  default:
    OK = setSymmetricDifference(M, S, R, Res);
    break;
  }
  if (!OK)
    return -1;
  Out = Value::object(Res);
  return 1;
}

int pyr::setCompare(VM &M, Opcode Op, Value L, Value R, Value &Out) {
  if (isSetLikeView(L) || isSetLikeView(R)) {
    if (!isSetOrView(L) || !isSetOrView(R))
      return 0;
    if (!isSetLikeView(L)) {
      // The set declines; the view answers the reflected comparison.
      std::swap(L, R);
      Op = Op == Opcode::Lt   ? Opcode::Gt
           : Op == Opcode::Le ? Opcode::Ge
           : Op == Opcode::Gt ? Opcode::Lt
                              : Opcode::Le;
    }
    bool B;
    if (!viewCompare(M, Op, L, R, B))
      return -1;
    Out = Value::boolean(B);
    return 1;
  }
  if (!isAnySet(L) || !isAnySet(R))
    return 0;
  SetObject *A = asSet(L), *B = asSet(R);
  bool Res;
  bool OK;
  switch (Op) {
  case Opcode::Le:
    OK = setIsSubset(M, A, B, Res);
    break;
  case Opcode::Ge:
    OK = setIsSubset(M, B, A, Res);
    break;
  case Opcode::Lt:
    OK = setIsSubset(M, A, B, Res);
    Res = Res && A->Used < B->Used;
    break;
  default:
    OK = setIsSubset(M, B, A, Res);
    Res = Res && A->Used > B->Used;
    break;
  }
  if (!OK)
    return -1;
  Out = Value::boolean(Res);
  return 1;
}

//===----------------------------------------------------------------------===//
// Methods
//===----------------------------------------------------------------------===//

static bool argRange(VM &M, const char *Name, unsigned N, unsigned Min,
                     unsigned Max) {
  unsigned Given = N - 1;
  if (Given >= Min && Given <= Max)
    return true;
  if (Min == Max && Min == 0)
    return typeError(M, Twine(Name) + "() takes no arguments (" + Twine(Given) +
                            " given)");
  if (Min == Max && Min == 1)
    return typeError(M, Twine(Name) + "() takes exactly one argument (" +
                            Twine(Given) + " given)");
  if (Given < Min)
    return typeError(M, Twine(Name) + " expected at least " + Twine(Min) +
                            " argument" + (Min == 1 ? "" : "s") + ", got " +
                            Twine(Given));
  return typeError(M, Twine(Name) + " expected at most " + Twine(Max) +
                          " argument" + (Max == 1 ? "" : "s") + ", got " +
                          Twine(Given));
}

static Value newView(VM &M, const TypeObject *T, Value D) {
  auto *V =
      static_cast<DictViewObject *>(M.newObject(sizeof(DictViewObject), T));
  V->Dict = D;
  return Value::object(V);
}

static bool dictGetM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (!argRange(M, "get", N, 1, 2))
    return false;
  int R = dictGet(M, asDict(Args[0]), Args[1], Result);
  if (R < 0)
    return false;
  if (R == 0)
    Result = N > 2 ? Args[2] : Value::none();
  return true;
}
static bool dictKeysM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (!argRange(M, "dict.keys", N, 0, 0))
    return false;
  Result = newView(M, &types::DictKeys, Args[0]);
  return true;
}
static bool dictValuesM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (!argRange(M, "dict.values", N, 0, 0))
    return false;
  Result = newView(M, &types::DictValues, Args[0]);
  return true;
}
static bool dictItemsM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (!argRange(M, "dict.items", N, 0, 0))
    return false;
  Result = newView(M, &types::DictItems, Args[0]);
  return true;
}
static bool dictPopM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (!argRange(M, "pop", N, 1, 2))
    return false;
  DictObject *D = asDict(Args[0]);
  DictEntry *E;
  size_t Slot;
  if (!dictFind(M, D, Args[1], E, &Slot))
    return false;
  if (!E) {
    if (N > 2) {
      Result = Args[2];
      return true;
    }
    return keyError(M, Args[1]);
  }
  Result = E->Val;
  dictRemoveAt(D, Slot);
  return true;
}
static bool dictSetdefaultM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (!argRange(M, "setdefault", N, 1, 2))
    return false;
  DictObject *D = asDict(Args[0]);
  int R = dictGet(M, D, Args[1], Result);
  if (R < 0)
    return false;
  if (R == 0) {
    Result = N > 2 ? Args[2] : Value::none();
    return dictSet(M, D, Args[1], Result);
  }
  return true;
}
static bool dictUpdateM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (!argRange(M, "update", N, 0, 1))
    return false;
  if (N > 1 && !dictUpdateFrom(M, asDict(Args[0]), Args[1]))
    return false;
  if (!dictUpdateKeywords(M, asDict(Args[0])))
    return false;
  Result = Value::none();
  return true;
}
/// dict.fromkeys(iterable[, value]), a classmethod: Args[0] (the class or
/// an instance) is ignored, as pyr has no dict subclasses.
static bool dictFromkeysM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N < 2)
    return typeError(M, "fromkeys expected at least 1 argument, got 0");
  if (N > 3)
    return typeError(M, "fromkeys expected at most 2 arguments, got " +
                            Twine(N - 1));
  Value V = N == 3 ? Args[2] : Value::none();
  DictObject *D = newDict(M);
  Value It, Item;
  if (!getIter(M, Args[1], It))
    return false;
  // Iterating may run Python code (map), which may collect.
  VM::RootScope Roots(M);
  Roots.add(It);
  Roots.add(Value::object(D));
  Roots.add(V);
  int R;
  while ((R = iterNext(M, It, Item)) > 0)
    if (!dictSet(M, D, Item, V))
      return false;
  if (R < 0)
    return false;
  Result = Value::object(D);
  return true;
}

static bool dictCopyM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (!argRange(M, "dict.copy", N, 0, 0))
    return false;
  Result = Value::object(dictCopy(M, asDict(Args[0])));
  return true;
}
static bool dictClearM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (!argRange(M, "dict.clear", N, 0, 0))
    return false;
  dictClear(M, asDict(Args[0]));
  Result = Value::none();
  return true;
}
static bool dictPopitemM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (!argRange(M, "dict.popitem", N, 0, 0))
    return false;
  DictObject *D = asDict(Args[0]);
  if (D->Used == 0)
    return M.raise(ExcKind::KeyError, "'popitem(): dictionary is empty'");
  size_t J = D->NEntries;
  while (D->Entries[J - 1].Key.isUndef())
    --J;
  DictEntry &E = D->Entries[J - 1];
  TupleObject *T = M.newTuple(2);
  T->Items[0] = E.Key;
  T->Items[1] = E.Val;
  size_t Slot;
  bool Found;
  dictLookup(M, D, E.Key, E.Hash, Slot, Found);
  dictRemoveAt(D, Slot);
  D->NEntries = J - 1;
  Result = Value::object(T);
  return true;
}

static bool setAddM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (!argRange(M, "set.add", N, 1, 1))
    return false;
  Result = Value::none();
  return setAdd(M, asSet(Args[0]), Args[1]);
}
static bool setRemoveDiscard(VM &M, Value *Args, unsigned N, Value &Result,
                             bool Remove) {
  if (!argRange(M, Remove ? "set.remove" : "set.discard", N, 1, 1))
    return false;
  int64_t H;
  if (!setKeyHash(M, Args[1], H))
    return false;
  int R = setDiscardEntry(M, asSet(Args[0]), Args[1], H);
  if (R < 0)
    return false;
  if (R == 0 && Remove)
    return keyError(M, Args[1]);
  Result = Value::none();
  return true;
}
static bool setRemoveM(VM &M, Value *Args, unsigned N, Value &Result) {
  return setRemoveDiscard(M, Args, N, Result, true);
}
static bool setDiscardM(VM &M, Value *Args, unsigned N, Value &Result) {
  return setRemoveDiscard(M, Args, N, Result, false);
}
static bool setPopM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (!argRange(M, "set.pop", N, 0, 0))
    return false;
  SetObject *S = asSet(Args[0]);
  if (S->Used == 0)
    return M.raise(ExcKind::KeyError, "'pop from an empty set'");
  size_t I = S->Finger & S->Mask;
  while (!slotActive(S->Table[I]))
    I = I == S->Mask ? 0 : I + 1;
  Result = S->Table[I].Key;
  S->Table[I].Key = Value::undef();
  S->Table[I].Hash = -1;
  --S->Used;
  S->Finger = I + 1;
  return true;
}
static bool setClearM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (!argRange(M, "set.clear", N, 0, 0))
    return false;
  setClear(M, asSet(Args[0]));
  Result = Value::none();
  return true;
}
static bool setCopyM(VM &M, Value *Args, unsigned N, Value &Result) {
  SetObject *S = asSet(Args[0]);
  if (!argRange(M, isFrozen(S) ? "frozenset.copy" : "set.copy", N, 0, 0))
    return false;
  Result = isFrozen(S) ? Args[0] : Value::object(setCopyAs(M, S, false));
  return true;
}
static bool setUpdateM(VM &M, Value *Args, unsigned N, Value &Result) {
  for (unsigned I = 1; I < N; ++I)
    if (!setUpdate(M, asSet(Args[0]), Args[I]))
      return false;
  Result = Value::none();
  return true;
}
static bool setUnionM(VM &M, Value *Args, unsigned N, Value &Result) {
  SetObject *S = asSet(Args[0]);
  SetObject *R = setCopyAs(M, S, isFrozen(S));
  for (unsigned I = 1; I < N; ++I)
    if (!(Args[I].isObject() && Args[I].O == S) && !setUpdate(M, R, Args[I]))
      return false;
  Result = Value::object(R);
  return true;
}
static bool setIntersectionM(VM &M, Value *Args, unsigned N, Value &Result) {
  SetObject *S = asSet(Args[0]);
  if (N == 1) {
    Result = Value::object(setCopyAs(M, S, isFrozen(S)));
    return true;
  }
  SetObject *R = S;
  for (unsigned I = 1; I < N; ++I) {
    SetObject *Next;
    if (!setIntersection(M, R, Args[I], Next))
      return false;
    R = Next;
  }
  Result = Value::object(R);
  return true;
}
static bool setIntersectionUpdateM(VM &M, Value *Args, unsigned N,
                                   Value &Result) {
  Value Tmp;
  if (!setIntersectionM(M, Args, N, Tmp))
    return false;
  setTakeBody(asSet(Args[0]), asSet(Tmp));
  Result = Value::none();
  return true;
}
static bool setDifferenceM(VM &M, Value *Args, unsigned N, Value &Result) {
  SetObject *S = asSet(Args[0]);
  if (N == 1) {
    Result = Value::object(setCopyAs(M, S, isFrozen(S)));
    return true;
  }
  SetObject *R;
  if (!setDifference(M, S, Args[1], R))
    return false;
  for (unsigned I = 2; I < N; ++I)
    if (!setDifferenceUpdate(M, R, Args[I]))
      return false;
  Result = Value::object(R);
  return true;
}
static bool setDifferenceUpdateM(VM &M, Value *Args, unsigned N,
                                 Value &Result) {
  for (unsigned I = 1; I < N; ++I)
    if (!setDifferenceUpdate(M, asSet(Args[0]), Args[I]))
      return false;
  Result = Value::none();
  return true;
}
static bool setSymDiffM(VM &M, Value *Args, unsigned N, Value &Result) {
  SetObject *S = asSet(Args[0]);
  if (!argRange(M,
                isFrozen(S) ? "frozenset.symmetric_difference"
                            : "set.symmetric_difference",
                N, 1, 1))
    return false;
  SetObject *R;
  if (!setSymmetricDifference(M, S, Args[1], R))
    return false;
  Result = Value::object(R);
  return true;
}
static bool setSymDiffUpdateM(VM &M, Value *Args, unsigned N, Value &Result) {
  if (!argRange(M, "set.symmetric_difference_update", N, 1, 1))
    return false;
  Result = Value::none();
  return setSymmetricDifferenceUpdate(M, asSet(Args[0]), Args[1]);
}
static bool setIsSubsetM(VM &M, Value *Args, unsigned N, Value &Result) {
  SetObject *S = asSet(Args[0]);
  if (!argRange(M, isFrozen(S) ? "frozenset.issubset" : "set.issubset", N, 1,
                1))
    return false;
  SetObject *O;
  bool R;
  if (!asSetOperand(M, Args[1], O) || !setIsSubset(M, S, O, R))
    return false;
  Result = Value::boolean(R);
  return true;
}
static bool setIsSupersetM(VM &M, Value *Args, unsigned N, Value &Result) {
  SetObject *S = asSet(Args[0]);
  if (!argRange(M, isFrozen(S) ? "frozenset.issuperset" : "set.issuperset", N,
                1, 1))
    return false;
  SetObject *O;
  bool R;
  if (!asSetOperand(M, Args[1], O) || !setIsSubset(M, O, S, R))
    return false;
  Result = Value::boolean(R);
  return true;
}
static bool setIsDisjointM(VM &M, Value *Args, unsigned N, Value &Result) {
  SetObject *S = asSet(Args[0]);
  if (!argRange(M, isFrozen(S) ? "frozenset.isdisjoint" : "set.isdisjoint", N,
                1, 1))
    return false;
  SetObject *O;
  if (!asSetOperand(M, Args[1], O))
    return false;
  SetObject *A = S, *B = O;
  if (B->Used > A->Used)
    std::swap(A, B);
  for (size_t I = 0; I <= B->Mask; ++I) {
    SetEntry E = B->Table[I];
    if (!slotActive(E))
      continue;
    bool In;
    if (!setContainsEntry(M, A, E.Key, E.Hash, In))
      return false;
    if (In) {
      Result = Value::boolean(false);
      return true;
    }
  }
  Result = Value::boolean(true);
  return true;
}

bool pyr::isDictUpdateMethod(BuiltinFn Fn) { return Fn == dictUpdateM; }

#define METHOD(Name, Fn)                                                       \
  { {&types::BuiltinFunction, nullptr, true}, Name, Fn }
static const BuiltinFunctionObject DictMethods[] = {
    METHOD("get", dictGetM),           METHOD("keys", dictKeysM),
    METHOD("values", dictValuesM),     METHOD("items", dictItemsM),
    METHOD("pop", dictPopM),           METHOD("setdefault", dictSetdefaultM),
    METHOD("update", dictUpdateM),     METHOD("copy", dictCopyM),
    METHOD("clear", dictClearM),       METHOD("popitem", dictPopitemM),
    METHOD("fromkeys", dictFromkeysM),
};
static const BuiltinFunctionObject SetMethods[] = {
    METHOD("add", setAddM),
    METHOD("remove", setRemoveM),
    METHOD("discard", setDiscardM),
    METHOD("pop", setPopM),
    METHOD("clear", setClearM),
    METHOD("copy", setCopyM),
    METHOD("update", setUpdateM),
    METHOD("union", setUnionM),
    METHOD("intersection", setIntersectionM),
    METHOD("intersection_update", setIntersectionUpdateM),
    METHOD("difference", setDifferenceM),
    METHOD("difference_update", setDifferenceUpdateM),
    METHOD("symmetric_difference", setSymDiffM),
    METHOD("symmetric_difference_update", setSymDiffUpdateM),
    METHOD("issubset", setIsSubsetM),
    METHOD("issuperset", setIsSupersetM),
    METHOD("isdisjoint", setIsDisjointM),
};
static const BuiltinFunctionObject FrozenSetMethods[] = {
    METHOD("copy", setCopyM),
    METHOD("union", setUnionM),
    METHOD("intersection", setIntersectionM),
    METHOD("difference", setDifferenceM),
    METHOD("symmetric_difference", setSymDiffM),
    METHOD("issubset", setIsSubsetM),
    METHOD("issuperset", setIsSupersetM),
    METHOD("isdisjoint", setIsDisjointM),
};

static constexpr TypeObject iteratorType(const char *Name,
                                         int (*Next)(VM &, Object *, Value &)) {
  return TypeObject{Name,      nullptr,  reprObjectAt, nullptr,
                    traceIter, nullptr,  sizeIter,     nullptr,
                    0,         iterSelf, Next};
}
static const BuiltinFunctionObject DictKeysMethods[] = {
    METHOD("isdisjoint", viewIsDisjointM),
};
static const BuiltinFunctionObject DictItemsMethods[] = {
    METHOD("isdisjoint", viewIsDisjointM),
};
#undef METHOD
static constexpr TypeObject
viewType(const char *Name, const BuiltinFunctionObject *Methods = nullptr,
         unsigned NumMethods = 0) {
  return TypeObject{Name,    nullptr,  reprView, nullptr,    traceView,
                    nullptr, sizeView, Methods,  NumMethods, iterView};
}

namespace pyr {
namespace types {
const TypeObject Dict{"dict",   nullptr,     reprDict,
                      nullptr,  traceDict,   finalizeDict,
                      sizeDict, DictMethods, std::size(DictMethods),
                      iterDict, nullptr,     builtin_dict};
const TypeObject Set{"set",   nullptr,    reprSet,
                     nullptr, traceSet,   finalizeSet,
                     sizeSet, SetMethods, std::size(SetMethods),
                     iterSet, nullptr,    builtin_set};
const TypeObject FrozenSet{
    "frozenset", nullptr,          reprSet,
    nullptr,     traceSet,         finalizeSet,
    sizeSet,     FrozenSetMethods, std::size(FrozenSetMethods),
    iterSet,     nullptr,          builtin_frozenset};
const TypeObject DictKeys =
    viewType("dict_keys", DictKeysMethods, std::size(DictKeysMethods));
const TypeObject DictValues = viewType("dict_values");
const TypeObject DictItems =
    viewType("dict_items", DictItemsMethods, std::size(DictItemsMethods));
const TypeObject DictKeyIterator = iteratorType("dict_keyiterator", nextDict);
const TypeObject DictValueIterator =
    iteratorType("dict_valueiterator", nextDict);
const TypeObject DictItemIterator = iteratorType("dict_itemiterator", nextDict);
const TypeObject SetIterator = iteratorType("set_iterator", nextSet);
const TypeObject DictReverseKeyIterator =
    iteratorType("dict_reversekeyiterator", nextDictReverse);
const TypeObject DictReverseValueIterator =
    iteratorType("dict_reversevalueiterator", nextDictReverse);
const TypeObject DictReverseItemIterator =
    iteratorType("dict_reverseitemiterator", nextDictReverse);
} // namespace types
} // namespace pyr

//===----------------------------------------------------------------------===//
// Builtins
//===----------------------------------------------------------------------===//

bool pyr::builtin_dict(VM &M, Value *Args, unsigned N, Value &Result) {
  if (N > 1)
    return typeError(M, "dict expected at most 1 argument, got " + Twine(N));
  DictObject *D = newDict(M);
  Result = Value::object(D);
  if (N == 1 && !dictUpdateFrom(M, D, Args[0]))
    return false;
  return dictUpdateKeywords(M, D);
}

static bool makeSet(VM &M, const char *Name, bool Frozen, Value *Args,
                    unsigned N, Value &Result) {
  if (N > 1)
    return typeError(M, Twine(Name) + " expected at most 1 argument, got " +
                            Twine(N));
  if (Frozen && N == 1 && Args[0].isObject() &&
      Args[0].O->Type == &types::FrozenSet) {
    Result = Args[0];
    return true;
  }
  SetObject *S = newSet(M, Frozen);
  Result = Value::object(S);
  return N == 0 || setUpdate(M, S, Args[0]);
}

bool pyr::builtin_set(VM &M, Value *Args, unsigned N, Value &Result) {
  return makeSet(M, "set", false, Args, N, Result);
}
bool pyr::builtin_frozenset(VM &M, Value *Args, unsigned N, Value &Result) {
  return makeSet(M, "frozenset", true, Args, N, Result);
}

bool pyr::displayUpdate(VM &M, Opcode Op, Value C, Value V) {
  if (Op == Opcode::DictUpdate) {
    if (!isDict(C))
      return typeError(M, "DictUpdate on a non-dict");
    if (!isDict(V))
      return typeError(M,
                       Twine("'") + typeName(V) + "' object is not a mapping");
    return dictMerge(M, asDict(C), asDict(V));
  }
  if (!C.isObject() || C.O->Type != &types::Set)
    return typeError(M, "SetAdd on a non-set");
  if (Op == Opcode::SetAdd)
    return setAdd(M, asSet(C), V);
  return setUpdate(M, asSet(C), V);
}

bool pyr::buildSet(VM &M, const Value *Items, unsigned N, unsigned Mode,
                   Value &Out) {
  SetObject *S = newSet(M, /*Frozen=*/Mode != 0);
  Out = Value::object(S);
  for (unsigned J = 0; J < N; ++J)
    if (!setAdd(M, S, Items[J]))
      return false;
  if (Mode == 0)
    return true;
  // CPython folds the display into a frozenset constant, which its
  // constant merging rebuilds from the frozenset's own iteration order.
  SetObject *Rebuilt = newSet(M, /*Frozen=*/true);
  for (size_t I = 0; I <= S->Mask; ++I)
    if (slotActive(S->Table[I]) &&
        !setAddEntry(M, Rebuilt, S->Table[I].Key, S->Table[I].Hash))
      return false;
  if (Mode == 2) {
    Out = Value::object(Rebuilt);
    return true;
  }
  // BUILD_SET 0; SET_UPDATE const.
  SetObject *Result = newSet(M, /*Frozen=*/false);
  Out = Value::object(Result);
  return setMerge(M, Result, Rebuilt);
}
