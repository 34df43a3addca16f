//===- CharInfo.h - Unicode classes for identifiers -------------*- C++ -*-===//
//
// The Unicode character classes CPython 3.11 (Unicode 14.0) uses to accept
// identifiers, to word its error for a character that is not allowed, and
// to decide which characters repr() escapes.
//
//===----------------------------------------------------------------------===//

#ifndef PYR_LEX_CHARINFO_H
#define PYR_LEX_CHARINFO_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>

namespace pyr {
namespace charinfo {

/// XID_Start: may begin an identifier ('_' and ASCII letters included).
bool isIdentifierStart(uint32_t CP);
/// XID_Continue: may continue an identifier (ASCII digits included).
bool isIdentifierContinue(uint32_t CP);
/// Python's str.isprintable() for one code point.
bool isPrintable(uint32_t CP);
/// The code point named \p Name as a \N{...} escape of CPython 3.11 reads
/// it (names and aliases of Unicode 14.0, any case); false if none.
bool lookupCharacterName(llvm::StringRef Name, uint32_t &CP);

} // namespace charinfo
} // namespace pyr

#endif
