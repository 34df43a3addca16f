//===- Suggestions.cpp - "Did you mean" for NameError and AttributeError --===//
//
// CPython 3.11 ends the display of an uncaught NameError with
// ". Did you mean: 'NAME'?" when a bound name is close enough to the
// missing one. The candidates are searched in three groups, each in
// dictionary order: the failing frame's bound locals, the module's globals,
// the builtins. The first group with a match decides; within a group the
// first closest name wins. Closeness is an edit distance in which a
// change of letter case costs 1 and any other edit 2, and a match must
// need at most about a third of the characters changed.
//
//===----------------------------------------------------------------------===//

#include "VM.h"
#include "llvm/ADT/STLExtras.h"
#include <algorithm>

using namespace pyr;
using llvm::StringRef;

namespace {
constexpr size_t MoveCost = 2;
constexpr size_t CaseCost = 1;
constexpr size_t MaxStringSize = 40;
constexpr size_t MaxCandidates = 750;
} // namespace

static size_t substitutionCost(char A, char B) {
  if (A == B)
    return 0;
  auto Lower = [](char C) -> char {
    return C >= 'A' && C <= 'Z' ? char(C - 'A' + 'a') : C;
  };
  return Lower(A) == Lower(B) ? CaseCost : MoveCost;
}

size_t pyr::suggestionDistance(StringRef A, StringRef B, size_t MaxCost) {
  // Common prefixes and suffixes cost nothing.
  while (!A.empty() && !B.empty() && A.front() == B.front()) {
    A = A.drop_front();
    B = B.drop_front();
  }
  while (!A.empty() && !B.empty() && A.back() == B.back()) {
    A = A.drop_back();
    B = B.drop_back();
  }
  if (A.empty() || B.empty())
    return (A.size() + B.size()) * MoveCost;
  if (A.size() > MaxStringSize || B.size() > MaxStringSize)
    return MaxCost + 1;
  if (B.size() < A.size())
    std::swap(A, B);
  if ((B.size() - A.size()) * MoveCost > MaxCost)
    return MaxCost + 1;

  // One row of the edit-distance matrix, updated in place: Row[I] is the
  // cost of turning B's prefix so far into A[0..I].
  size_t Row[MaxStringSize];
  for (size_t I = 0; I < A.size(); ++I)
    Row[I] = (I + 1) * MoveCost;
  size_t Result = 0;
  for (size_t J = 0; J < B.size(); ++J) {
    size_t Diagonal = J * MoveCost; // Cost of B[0..J) into A[0..0).
    Result = Diagonal;
    size_t RowMin = SIZE_MAX;
    for (size_t I = 0; I < A.size(); ++I) {
      size_t Substitute = Diagonal + substitutionCost(B[J], A[I]);
      Diagonal = Row[I];
      size_t InsertDelete = std::min(Result, Diagonal) + MoveCost;
      Result = std::min(InsertDelete, Substitute);
      Row[I] = Result;
      RowMin = std::min(RowMin, Result);
    }
    if (RowMin > MaxCost)
      return MaxCost + 1;
  }
  return Result;
}

/// The closest of \p Candidates to \p Name, or "" when none is close enough.
static StringRef closestName(StringRef Name,
                             llvm::ArrayRef<StringRef> Candidates) {
  if (Candidates.size() >= MaxCandidates)
    return "";
  StringRef Best;
  size_t BestDistance = SIZE_MAX;
  for (StringRef C : Candidates) {
    if (C == Name)
      continue;
    size_t MaxDistance = (Name.size() + C.size() + 3) * MoveCost / 6;
    // Ties keep the earlier candidate.
    MaxDistance = std::min(MaxDistance, BestDistance - 1);
    size_t D = suggestionDistance(Name, C, MaxDistance);
    if (D > MaxDistance)
      continue;
    if (Best.empty() || D < BestDistance) {
      Best = C;
      BestDistance = D;
    }
  }
  return Best;
}

std::string VM::suggestGlobalName(StringRef Name) const {
  llvm::SmallVector<StringRef, 64> Candidates;
  // The failing frame's locals; a module frame's locals are its globals,
  // searched next anyway.
  const Frame &F = Frames.back();
  const CodeObject &C = *F.LC->Code;
  if (F.LC != &Linked[0]) {
    for (size_t I = 0; I < C.NumLocals; ++I)
      if (!Stack[F.Base + I].isUndef())
        Candidates.push_back(C.LocalNames[I]);
    StringRef S = closestName(Name, Candidates);
    if (!S.empty())
      return S.str();
    Candidates.clear();
  }
  // Globals: the attributes of __main__, then the program's globals in the
  // order they were first bound.
  bool HasFile = FileName != "<string>";
#define MODULE_ATTR(AName)                                                     \
  if (HasFile || (StringRef(#AName) != "__file__" &&                           \
                  StringRef(#AName) != "__cached__"))                          \
    Candidates.push_back(#AName);
#include "pyr/VM/CPythonNames.def"
  for (uint32_t G : GlobalOrder)
    if (!Globals[G].isUndef())
      Candidates.push_back(Prog->GlobalNames[G]);
  StringRef S = closestName(Name, Candidates);
  if (!S.empty())
    return S.str();
  Candidates.clear();
#define CPYTHON_BUILTIN(BName) Candidates.push_back(#BName);
#include "pyr/VM/CPythonNames.def"
  return closestName(Name, Candidates).str();
}

std::string pyr::suggestAttribute(StringRef TypeName, StringRef Name) {
  // An AttributeError's candidates are dir() of the object.
  StringRef Names;
#define TYPE_ATTRS(TName, TNames)                                              \
  if (TypeName == #TName)                                                      \
    Names = TNames;
#include "pyr/VM/CPythonAttrs.def"
  llvm::SmallVector<StringRef, 96> Candidates;
  Names.split(Candidates, ' ', -1, /*KeepEmpty=*/false);
  return closestName(Name, Candidates).str();
}
