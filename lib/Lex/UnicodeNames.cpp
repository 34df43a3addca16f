//===- UnicodeNames.cpp - Character names for \N{...} escapes -------------===//
//
// Looks a character name up the way CPython 3.11's \N{name} escape does
// (unicodedata's _getcode without named sequences): names and formal
// aliases case-insensitively, CJK unified ideographs and Hangul syllables
// by rule and case-sensitively. The table is constant data; nothing runs
// before the first lookup.
//
//===----------------------------------------------------------------------===//

#include "pyr/Lex/CharInfo.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace pyr {
namespace charinfo {
namespace {

#include "UnicodeNames.inc"

const char *const JamoL[] = {"G", "GG", "N", "D",  "DD", "R", "M",
                             "B", "BB", "S", "SS", "",   "J", "JJ",
                             "C", "K",  "T", "P",  "H"};
const char *const JamoV[] = {"A",   "AE", "YA", "YAE", "EO", "E",  "YEO",
                             "YE",  "O",  "WA", "WAE", "OE", "YO", "U",
                             "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
const char *const JamoT[] = {"",   "G",  "GG", "GS", "N",  "NJ", "NH",
                             "D",  "L",  "LG", "LM", "LB", "LS", "LT",
                             "LP", "LH", "M",  "B",  "BS", "S",  "SS",
                             "NG", "J",  "C",  "K",  "T",  "P",  "H"};

/// The longest jamo of \p Table that \p Name starts with: its index, and
/// \p Name advanced past it; -1 if none (CPython's find_syllable).
template <size_t N>
int findJamo(llvm::StringRef &Name, const char *const (&Table)[N]) {
  int Best = -1;
  size_t BestLen = 0;
  for (size_t I = 0; I < N; ++I) {
    size_t Len = std::strlen(Table[I]);
    if ((Best == -1 || Len > BestLen) && Name.startswith(Table[I])) {
      Best = static_cast<int>(I);
      BestLen = Len;
    }
  }
  Name = Name.drop_front(BestLen);
  return Best;
}

bool lookupHangul(llvm::StringRef Name, uint32_t &CP) {
  int L = findJamo(Name, JamoL);
  int V = findJamo(Name, JamoV);
  int T = findJamo(Name, JamoT);
  if (L < 0 || V < 0 || T < 0 || !Name.empty())
    return false;
  CP = 0xAC00 + (L * 21 + V) * 28 + T;
  return true;
}

bool lookupCJK(llvm::StringRef Hex, uint32_t &CP) {
  if (Hex.size() != 4 && Hex.size() != 5)
    return false;
  uint32_t V = 0;
  for (char C : Hex) {
    if (C >= '0' && C <= '9')
      V = V * 16 + (C - '0');
    else if (C >= 'A' && C <= 'F')
      V = V * 16 + (C - 'A' + 10);
    else
      return false;
  }
  for (const auto &R : CJKRanges)
    if (V >= R[0] && V <= R[1]) {
      CP = V;
      return true;
    }
  return false;
}

/// The entry at \p P of NameData: appends its text to \p Name (which holds
/// the previous entry's), returns its code point and advances \p P.
uint32_t decodeEntry(const unsigned char *&P, std::string &Name) {
  Name.resize(P[0]);
  Name.append(reinterpret_cast<const char *>(P + 2), P[1]);
  P += 2 + P[1];
  uint32_t CP = (uint32_t(P[0]) << 16) | (uint32_t(P[1]) << 8) | P[2];
  P += 3;
  return CP;
}

} // namespace

bool lookupCharacterName(llvm::StringRef Name, uint32_t &CP) {
  if (Name.startswith("CJK UNIFIED IDEOGRAPH-"))
    return lookupCJK(Name.drop_front(22), CP);
  if (Name.startswith("HANGUL SYLLABLE "))
    return lookupHangul(Name.drop_front(16), CP);
  std::string Key = Name.upper();
  const auto *Data = reinterpret_cast<const unsigned char *>(NameData);
  constexpr size_t NumBlocks = sizeof(NameBlocks) / sizeof(NameBlocks[0]);
  // The last block whose first name is <= Key.
  const uint32_t *B = std::upper_bound(NameBlocks, NameBlocks + NumBlocks, Key,
                                       [&](const std::string &K, uint32_t Off) {
                                         llvm::StringRef First(
                                             NameData + Off + 2, Data[Off + 1]);
                                         return llvm::StringRef(K) < First;
                                       });
  if (B == NameBlocks)
    return false;
  --B;
  const unsigned char *P = Data + *B;
  size_t Index = (B - NameBlocks) * NameBlockSize;
  std::string Entry;
  for (unsigned I = 0; I < NameBlockSize && Index + I < NumNames; ++I) {
    uint32_t Found = decodeEntry(P, Entry);
    if (Entry == Key) {
      CP = Found;
      return true;
    }
  }
  return false;
}

} // namespace charinfo
} // namespace pyr
