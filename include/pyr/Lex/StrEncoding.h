//===- StrEncoding.h - How pyr stores the text of a str ---------*- C++ -*-===//
//
// A Python str is a sequence of code points, lone surrogates included
// ('\ud800' is a valid str). pyr keeps str text as UTF-8 and stores a lone
// surrogate in the three-byte form CPython's 'surrogatepass' error handler
// produces. The parser encodes literals this way; the VM encodes chr() and
// decodes for len(), ord(), repr() and print().
//
//===----------------------------------------------------------------------===//

#ifndef PYR_LEX_STRENCODING_H
#define PYR_LEX_STRENCODING_H

#include <cstdint>
#include <string>

namespace pyr {

/// Append code point \p CP (at most 0x10FFFF) to \p Out.
inline void appendUTF8(uint32_t CP, std::string &Out) {
  if (CP < 0x80) {
    Out.push_back(static_cast<char>(CP));
  } else if (CP < 0x800) {
    Out.push_back(static_cast<char>(0xC0 | (CP >> 6)));
    Out.push_back(static_cast<char>(0x80 | (CP & 0x3F)));
  } else if (CP < 0x10000) {
    Out.push_back(static_cast<char>(0xE0 | (CP >> 12)));
    Out.push_back(static_cast<char>(0x80 | ((CP >> 6) & 0x3F)));
    Out.push_back(static_cast<char>(0x80 | (CP & 0x3F)));
  } else {
    Out.push_back(static_cast<char>(0xF0 | (CP >> 18)));
    Out.push_back(static_cast<char>(0x80 | ((CP >> 12) & 0x3F)));
    Out.push_back(static_cast<char>(0x80 | ((CP >> 6) & 0x3F)));
    Out.push_back(static_cast<char>(0x80 | (CP & 0x3F)));
  }
}

/// Decode the code point starting at \p P and advance past it. The bytes
/// must be str text as appendUTF8 writes it (they are trusted, not checked).
inline uint32_t decodeCodePoint(const unsigned char *&P) {
  unsigned char C = *P++;
  if (C < 0x80)
    return C;
  unsigned Extra = C >= 0xF0 ? 3 : C >= 0xE0 ? 2 : 1;
  uint32_t CP = C & (0x3F >> Extra);
  for (unsigned I = 0; I < Extra; ++I)
    CP = (CP << 6) | (*P++ & 0x3F);
  return CP;
}

} // namespace pyr

#endif
