//===- Format.h - format() and the format-spec mini-language ----*- C++ -*-===//
//
// Private to lib/VM: Python's format(value, spec) for the built-in types,
// following CPython 3.11's Python/formatter_unicode.c (results and error
// messages), used by the format() builtin and by f-strings.
//
//===----------------------------------------------------------------------===//

#ifndef PYR_LIB_VM_FORMAT_H
#define PYR_LIB_VM_FORMAT_H

#include "VM.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <string>

namespace pyr {

/// A parsed format spec: [[fill]align][sign][z][#][0][width][grouping]
/// [.precision][type].
struct FormatSpec {
  uint32_t Fill = ' ';
  char Align = 0;         ///< '<', '>', '=', '^'; the type's default if 0.
  char Sign = 0;          ///< '+', '-', ' ' or 0.
  bool NoNegZero = false; ///< 'z'
  bool Alternate = false; ///< '#'
  int64_t Width = -1;
  char Grouping = 0; ///< ',' or '_' or 0.
  int64_t Precision = -1;
  uint32_t Type = 0; ///< The presentation type, 0 if omitted.
};

/// Parses \p Spec as CPython does for an object of type \p TypeName whose
/// default alignment and presentation type are \p DefaultAlign and
/// \p DefaultType (0 for none); raises ValueError and returns false on a
/// malformed spec.
bool parseFormatSpec(VM &M, llvm::StringRef Spec, const char *TypeName,
                     char DefaultAlign, char DefaultType, FormatSpec &Out);

/// Appends format(V, Spec) to \p Out, or raises and returns false.
bool formatValue(VM &M, Value V, llvm::StringRef Spec, std::string &Out);

/// Integer presentation types ('b', 'c', 'd', 'n', 'o', 'x', 'X' and
/// omitted) laid out from the magnitude's digits, so that any integer
/// representation can share it: \p Digits(Base, Out) appends the magnitude
/// in base 2, 8, 10 or 16 (lowercase). \p S has passed the checks of
/// formatInt, and its type is not 'c' or a float type.
void layoutInteger(const FormatSpec &S, bool Negative,
                   llvm::function_ref<void(unsigned, std::string &)> Digits,
                   std::string &Out);

/// format() of an int of any size (or a bool, as an int) with a parsed
/// spec.
bool formatInt(VM &M, const FormatSpec &S, const char *TypeName, Value V,
               std::string &Out);
/// format() of a float with a parsed spec.
bool formatFloat(VM &M, const FormatSpec &S, double D, std::string &Out);
/// format() of a str's UTF-8 text with a parsed spec.
bool formatStr(VM &M, const FormatSpec &S, llvm::StringRef Text,
               std::string &Out);

/// printf-style formatting, Fmt % args, appended to Out. \p IsTuple says
/// the N values are the items of a tuple operand; otherwise N is 1 and
/// the value is the operand itself.
bool percentFormat(VM &M, llvm::StringRef Fmt, const Value *Args, unsigned N,
                   bool IsTuple, std::string &Out);

/// Appends ascii(V): repr(V) with every non-ASCII character escaped; false
/// (raised) for an int beyond the decimal digit limit.
bool appendAscii(VM &M, Value V, std::string &Out);

/// The FormatValue opcode: Out = format(conv(V), spec) with the conversion
/// in Flags & 3 and, if Flags & 4, the spec in Out on entry.
bool formatValueOp(VM &M, Value V, unsigned Flags, Value &Out);
/// The BuildString opcode: Out = the concatenation of N strs (a TypeError
/// if one is not a str, which only hand-made bytecode can cause).
bool buildString(VM &M, const Value *Parts, unsigned N, Value &Out);

} // namespace pyr

#endif
