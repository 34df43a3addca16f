//===- SourceEncoding.h - PEP 263 source encodings --------------*- C++ -*-===//
//
// The encoding declaration ("# -*- coding: latin-1 -*-") on the first two
// lines of a Python file, and the decoding of the single-byte encodings pyr
// supports. Private to the lexer library: readInputFile() decodes files to
// UTF-8 and the lexer checks the declaration the way CPython does.
//
//===----------------------------------------------------------------------===//

#ifndef PYR_LIB_LEX_SOURCEENCODING_H
#define PYR_LIB_LEX_SOURCEENCODING_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <string>

namespace pyr {
namespace encoding {

enum class CodecKind : uint8_t {
  Unknown,     ///< Not a codec CPython knows.
  NotText,     ///< A bytes-to-bytes codec such as 'rot13'.
  UTF8,        ///< UTF-8 under any of its names.
  ASCII,       ///< ASCII under any of its names.
  Latin1,      ///< ISO-8859-1.
  Table,       ///< A single-byte encoding decoded with a table.
  Unsupported, ///< A text codec pyr cannot decode (e.g. 'gbk').
};

struct Codec {
  CodecKind Kind = CodecKind::Unknown;
  /// Table: code points of bytes 0x80-0xFF, 0 where undefined.
  const uint16_t *Table = nullptr;
};

/// The encoding name declared on line 1 or 2 (line 2 only when line 1 is
/// blank or a comment), or "" if there is none. \p Buf starts after any
/// UTF-8 byte order mark.
llvm::StringRef findCodingCookie(llvm::StringRef Buf);

/// CPython's get_normal_name(): "utf-8" and "iso-8859-1" for the spellings
/// of those two, else the name unchanged.
std::string normalCookieName(llvm::StringRef Name);

/// Look a declared name up the way CPython's codec registry does.
Codec lookupCodec(llvm::StringRef Name);

/// Decode \p In with the single-byte codec \p C (Latin1 or Table) into UTF-8.
/// Returns false, with the offset of the first undefined byte in \p Bad,
/// if a byte has no character.
bool decodeSingleByte(const Codec &C, llvm::StringRef In, std::string &Out,
                      size_t &Bad);

} // namespace encoding
} // namespace pyr

#endif
