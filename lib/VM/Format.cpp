//===- Format.cpp - format() and the format-spec mini-language ------------===//

#include "Format.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Twine.h"
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>

using namespace pyr;

/// "'c'" for a printable ASCII code, "'\xNN'" otherwise, as CPython shows a
/// presentation type in its errors.
static std::string showCode(uint32_t C) {
  char Buf[16];
  if (C > 32 && C < 128)
    snprintf(Buf, sizeof(Buf), "'%c'", char(C));
  else
    snprintf(Buf, sizeof(Buf), "'\\x%x'", unsigned(C));
  return Buf;
}

static bool unknownCode(VM &M, uint32_t Type, const char *TypeName) {
  return M.raise(ExcKind::ValueError, "Unknown format code " + showCode(Type) +
                                          " for object of type '" + TypeName +
                                          "'");
}

static bool isAlign(uint32_t C) {
  return C == '<' || C == '>' || C == '=' || C == '^';
}

/// Reads decimal digits at \p Pos into \p Out; the number of digits read,
/// or -1 (with ValueError raised) if it overflows a Py_ssize_t.
static int readInteger(VM &M, llvm::ArrayRef<uint32_t> CPs, size_t &Pos,
                       int64_t &Out) {
  int N = 0;
  int64_t Acc = 0;
  for (; Pos < CPs.size() && CPs[Pos] >= '0' && CPs[Pos] <= '9'; ++Pos, ++N) {
    int64_t D = CPs[Pos] - '0';
    if (Acc > (INT64_MAX - D) / 10) {
      M.raise(ExcKind::ValueError, "Too many decimal digits in format string");
      return -1;
    }
    Acc = Acc * 10 + D;
  }
  Out = Acc;
  return N;
}

bool pyr::parseFormatSpec(VM &M, llvm::StringRef Spec, const char *TypeName,
                          char DefaultAlign, char DefaultType, FormatSpec &S) {
  llvm::SmallVector<uint32_t, 32> CPs;
  const auto *P = reinterpret_cast<const unsigned char *>(Spec.data());
  const auto *End = P + Spec.size();
  while (P < End)
    CPs.push_back(decodeCodePoint(P));
  size_t Pos = 0, N = CPs.size();
  S = FormatSpec();
  S.Align = DefaultAlign;
  S.Type = uint32_t(DefaultType);
  bool FillSpecified = false, AlignSpecified = false;
  if (N - Pos >= 2 && isAlign(CPs[Pos + 1])) {
    S.Align = char(CPs[Pos + 1]);
    S.Fill = CPs[Pos];
    FillSpecified = AlignSpecified = true;
    Pos += 2;
  } else if (N - Pos >= 1 && isAlign(CPs[Pos])) {
    S.Align = char(CPs[Pos]);
    AlignSpecified = true;
    ++Pos;
  }
  if (Pos < N && (CPs[Pos] == '+' || CPs[Pos] == '-' || CPs[Pos] == ' '))
    S.Sign = char(CPs[Pos++]);
  if (Pos < N && CPs[Pos] == 'z') {
    S.NoNegZero = true;
    ++Pos;
  }
  if (Pos < N && CPs[Pos] == '#') {
    S.Alternate = true;
    ++Pos;
  }
  // '0' before the width pads numbers with zeros after the sign; a str
  // keeps its left alignment (3.10+).
  if (!FillSpecified && Pos < N && CPs[Pos] == '0') {
    S.Fill = '0';
    if (!AlignSpecified && DefaultAlign == '>')
      S.Align = '=';
    ++Pos;
  }
  int Consumed = readInteger(M, CPs, Pos, S.Width);
  if (Consumed < 0)
    return false;
  if (Consumed == 0)
    S.Width = -1;
  // Wider than memory: CPython fails to allocate the result.
  if (S.Width > 0 && static_cast<uint64_t>(S.Width) > maxAllocBytes())
    return noMemory(M);
  if (Pos < N && CPs[Pos] == ',') {
    S.Grouping = ',';
    ++Pos;
  }
  if (Pos < N && CPs[Pos] == '_') {
    if (S.Grouping)
      return M.raise(ExcKind::ValueError, "Cannot specify both ',' and '_'.");
    S.Grouping = '_';
    ++Pos;
  }
  if (Pos < N && CPs[Pos] == ',') {
    if (S.Grouping == '_')
      return M.raise(ExcKind::ValueError, "Cannot specify both ',' and '_'.");
    return M.raise(ExcKind::ValueError, "Cannot specify ',' with ','.");
  }
  if (Pos < N && CPs[Pos] == '.') {
    ++Pos;
    Consumed = readInteger(M, CPs, Pos, S.Precision);
    if (Consumed < 0)
      return false;
    if (Consumed == 0)
      return M.raise(ExcKind::ValueError, "Format specifier missing precision");
  }
  if (N - Pos > 1)
    return M.raise(ExcKind::ValueError,
                   llvm::Twine("Invalid format specifier '") + Spec +
                       "' for object of type '" + TypeName + "'");
  if (N - Pos == 1)
    S.Type = CPs[Pos++];
  if (S.Grouping) {
    switch (S.Type) {
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'G':
    case '%':
    case 'F':
    case 0:
      break;
    case 'b':
    case 'o':
    case 'x':
    case 'X':
      if (S.Grouping == '_')
        break;
      [[fallthrough]];
    default:
      return M.raise(ExcKind::ValueError,
                     llvm::Twine("Cannot specify '") + llvm::Twine(S.Grouping) +
                         "' with " + showCode(S.Type) + ".");
    }
  }
  return true;
}

//===----------------------------------------------------------------------===//
// Number layout
//===----------------------------------------------------------------------===//

static void appendFill(uint32_t Fill, int64_t N, std::string &Out) {
  if (N <= 0)
    return;
  if (Fill < 0x80) {
    Out.append(size_t(N), char(Fill));
    return;
  }
  std::string One;
  appendUTF8(Fill, One);
  Out.reserve(Out.size() + One.size() * size_t(N));
  for (int64_t I = 0; I < N; ++I)
    Out += One;
}

/// CPython's _PyUnicode_InsertThousandsGrouping: \p Digits with \p Sep
/// between groups of \p Group digits, left-padded with zeros (grouped too)
/// to at least \p MinWidth characters.
static void groupDigits(llvm::StringRef Digits, char Sep, int Group,
                        int64_t MinWidth, std::string &Out) {
  if (Digits.empty())
    return;
  if (!Sep) {
    if (MinWidth > int64_t(Digits.size()))
      Out.append(size_t(MinWidth) - Digits.size(), '0');
    Out += Digits;
    return;
  }
  // Built right to left, then reversed.
  std::string Rev;
  int64_t Remaining = int64_t(Digits.size());
  bool UseSep = false;
  for (;;) {
    int64_t L = std::min<int64_t>(
        Group, std::max<int64_t>(std::max(Remaining, MinWidth), 1));
    int64_t Zeros = std::max<int64_t>(0, L - Remaining);
    int64_t Chars = std::max<int64_t>(0, std::min(Remaining, L));
    if (UseSep)
      Rev += Sep;
    for (int64_t I = 0; I < Chars; ++I)
      Rev += Digits[size_t(Remaining - 1 - I)];
    Rev.append(size_t(Zeros), '0');
    UseSep = true;
    Remaining -= Chars;
    MinWidth -= L;
    if (Remaining <= 0 && MinWidth <= 0)
      break;
    MinWidth -= 1;
  }
  Out.append(Rev.rbegin(), Rev.rend());
}

/// Lays out [sign][prefix][digits grouped][rest] padded to the width, as
/// CPython's calc_number_widths and fill_number do.
static void layoutNumber(const FormatSpec &S, bool Negative,
                         llvm::StringRef Prefix, llvm::StringRef Digits,
                         llvm::StringRef Rest, int Group, std::string &Out) {
  char SignChar = 0;
  if (Negative)
    SignChar = '-';
  else if (S.Sign == '+')
    SignChar = '+';
  else if (S.Sign == ' ')
    SignChar = ' ';
  // Rest is ASCII except for the character of a 'c': count code points.
  int64_t RestLen = 0;
  for (char C : Rest)
    RestLen += (static_cast<unsigned char>(C) & 0xC0) != 0x80;
  int64_t NonDigit = (SignChar ? 1 : 0) + int64_t(Prefix.size()) + RestLen;
  int64_t MinWidth = S.Fill == '0' && S.Align == '=' ? S.Width - NonDigit : 0;
  std::string Grouped;
  groupDigits(Digits, S.Grouping, Group, MinWidth, Grouped);
  int64_t Len = NonDigit + int64_t(Grouped.size());
  int64_t Pad = S.Width > Len ? S.Width - Len : 0;
  int64_t Left = 0, Middle = 0, Right = 0;
  switch (S.Align) {
  case '<':
    Right = Pad;
    break;
  case '^':
    Left = Pad / 2;
    Right = Pad - Left;
    break;
  case '=':
    Middle = Pad;
    break;
  default:
    Left = Pad;
    break;
  }
  appendFill(S.Fill, Left, Out);
  if (SignChar)
    Out += SignChar;
  Out += Prefix;
  appendFill(S.Fill, Middle, Out);
  Out += Grouped;
  Out += Rest;
  appendFill(S.Fill, Right, Out);
}

void pyr::layoutInteger(
    const FormatSpec &S, bool Negative,
    llvm::function_ref<void(unsigned, std::string &)> Digits,
    std::string &Out) {
  unsigned Base = 10;
  const char *Prefix = "";
  int Group = 3;
  switch (S.Type) {
  case 'b':
    Base = 2;
    Prefix = "0b";
    Group = 4;
    break;
  case 'o':
    Base = 8;
    Prefix = "0o";
    Group = 4;
    break;
  case 'x':
    Base = 16;
    Prefix = "0x";
    Group = 4;
    break;
  case 'X':
    Base = 16;
    Prefix = "0X";
    Group = 4;
    break;
  default:
    break;
  }
  std::string D;
  Digits(Base, D);
  if (S.Type == 'X')
    for (char &C : D)
      C = char(toupper(static_cast<unsigned char>(C)));
  layoutNumber(S, Negative, S.Alternate ? Prefix : "", D, "", Group, Out);
}

static bool formatFloatWith(VM &M, FormatSpec S, double D, std::string &Out);

/// Appends the digits of |Z| in \p Base; false (raised) if decimal text
/// would pass CPython's 4300-digit limit.
static bool bigMagnitudeDigits(VM &M, mpz_srcptr Z, int Base,
                               std::string &Out) {
  size_t Start = Out.size();
  if (Base != 10)
    bigint::appendInBase(Z, Base, "", Out);
  else if (!bigint::appendDecimal(Z, Out))
    return strLimitError(M);
  if (Out.size() > Start && Out[Start] == '-')
    Out.erase(Start, 1);
  return true;
}

bool pyr::formatInt(VM &M, const FormatSpec &S, const char *TypeName,
                    Value IntV, std::string &Out) {
  bool Big = isBigInt(IntV);
  int64_t V = Big ? 0 : IntV.I;
  switch (S.Type) {
  case 'b':
  case 'c':
  case 'd':
  case 'o':
  case 'x':
  case 'X':
  case 'n':
    break;
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G':
  case '%': {
    double D = double(V);
    if (Big && !bigint::toDouble(bigOf(IntV), D))
      return M.raise(ExcKind::OverflowError,
                     "int too large to convert to float");
    return formatFloatWith(M, S, D, Out);
  }
  default:
    return unknownCode(M, S.Type, TypeName);
  }
  if (S.Precision != -1)
    return M.raise(ExcKind::ValueError,
                   "Precision not allowed in integer format specifier");
  if (S.NoNegZero)
    return M.raise(ExcKind::ValueError, "Negative zero coercion (z) not "
                                        "allowed in integer format specifier");
  if (S.Type == 'c') {
    if (S.Sign)
      return M.raise(ExcKind::ValueError,
                     "Sign not allowed with integer format specifier 'c'");
    if (S.Alternate)
      return M.raise(ExcKind::ValueError, "Alternate form (#) not allowed "
                                          "with integer format specifier 'c'");
    if (Big)
      return M.raise(ExcKind::OverflowError,
                     "Python int too large to convert to C long");
    if (V < 0 || V > 0x10FFFF)
      return M.raise(ExcKind::OverflowError, "%c arg not in range(0x110000)");
    // The character is laid out like a one-digit number.
    std::string C;
    appendUTF8(uint32_t(V), C);
    FormatSpec T = S;
    T.Grouping = 0;
    layoutNumber(T, false, "", "", C, 3, Out);
    return true;
  }
  if (Big) {
    mpz_srcptr Z = bigOf(IntV);
    // Decimal digits are made (and the digit limit checked) before the
    // layout, whose digit callback cannot fail; the other bases have no
    // limit.
    std::string Decimal;
    if ((S.Type == 'd' || S.Type == 'n' || S.Type == 0) &&
        !bigMagnitudeDigits(M, Z, 10, Decimal))
      return false;
    layoutInteger(
        S, mpz_sgn(Z) < 0,
        [&](unsigned Base, std::string &D) {
          if (Base == 10)
            D += Decimal;
          else
            bigMagnitudeDigits(M, Z, int(Base), D);
        },
        Out);
    return true;
  }
  uint64_t Mag = V < 0 ? 0 - static_cast<uint64_t>(V) : uint64_t(V);
  layoutInteger(
      S, V < 0,
      [Mag](unsigned Base, std::string &D) {
        char Buf[72];
        auto R = std::to_chars(Buf, Buf + sizeof(Buf), Mag, int(Base));
        D.append(Buf, R.ptr);
      },
      Out);
  return true;
}

//===----------------------------------------------------------------------===//
// Floats
//===----------------------------------------------------------------------===//

/// The significant digits of \p A (> 0, finite) without trailing zeros and
/// the decimal point position (value = 0.DIGITS * 10^DecPt): the shortest
/// round-tripping digits if \p NDigits is 0, else correctly rounded to
/// \p NDigits digits.
static void floatDigits(double A, int NDigits, std::string &Digits,
                        int &DecPt) {
  std::string Buf;
  if (NDigits == 0) {
    char B[64];
    auto R = std::to_chars(B, B + sizeof(B), A, std::chars_format::scientific);
    Buf.assign(B, R.ptr);
  } else {
    int Len = snprintf(nullptr, 0, "%.*e", NDigits - 1, A);
    Buf.resize(size_t(Len) + 1);
    snprintf(&Buf[0], Buf.size(), "%.*e", NDigits - 1, A);
    Buf.resize(size_t(Len));
  }
  size_t E = Buf.find('e');
  Digits.clear();
  for (size_t I = 0; I < E; ++I)
    if (Buf[I] != '.')
      Digits += Buf[I];
  while (Digits.size() > 1 && Digits.back() == '0')
    Digits.pop_back();
  int Exp = 0;
  const char *ExpStart = Buf.data() + E + 1;
  if (*ExpStart == '+')
    ++ExpStart;
  std::from_chars(ExpStart, Buf.data() + Buf.size(), Exp);
  DecPt = Exp + 1;
}

/// CPython's PyOS_double_to_string for a non-negative \p A (or nan):
/// Type is one of 'e', 'f', 'g', 'r' (repr's shortest digits).
static void floatToString(double A, char Type, int Prec, bool Alt, bool AddDot0,
                          bool Upper, std::string &Out) {
  if (std::isnan(A) || std::isinf(A)) {
    Out += std::isnan(A) ? (Upper ? "NAN" : "nan") : (Upper ? "INF" : "inf");
    return;
  }
  if (Type == 'f' || Type == 'e') {
    const char *Fmt = Type == 'f' ? "%.*f" : "%.*e";
    // A double has at most 767 significant digits and 1074 after the
    // point; further digits are zeros, appended here rather than by
    // snprintf.
    int Cap = Type == 'f' ? 1100 : 800;
    int Digits = std::min(Prec, Cap);
    int Len = snprintf(nullptr, 0, Fmt, Digits, A);
    size_t Start = Out.size();
    Out.resize(Start + size_t(Len) + 1);
    snprintf(&Out[Start], size_t(Len) + 1, Fmt, Digits, A);
    Out.resize(Start + size_t(Len));
    if (Prec > Digits) {
      size_t At = Type == 'f' ? Out.size() : Out.find('e', Start);
      Out.insert(At, size_t(Prec - Digits), '0');
    }
    if (Alt && Prec == 0) {
      if (Type == 'f')
        Out += '.';
      else
        Out.insert(Start + 1, 1, '.');
    }
    if (Type == 'e' && Upper)
      for (size_t I = Start; I < Out.size(); ++I)
        if (Out[I] == 'e')
          Out[I] = 'E';
    return;
  }
  int P = Prec == 0 ? 1 : Prec;
  std::string Digits;
  int DecPt;
  if (A == 0) {
    Digits = "0";
    DecPt = 1;
  } else {
    // Beyond 800 digits every double's expansion is exact.
    floatDigits(A, Type == 'r' ? 0 : std::min(P, 800), Digits, DecPt);
  }
  int NDigits = int(Digits.size());
  bool UseExp;
  int VEnd = NDigits;
  if (Type == 'r') {
    UseExp = DecPt <= -4 || DecPt > 16;
  } else {
    UseExp = DecPt <= -4 || DecPt > (AddDot0 ? P - 1 : P);
    if (Alt)
      VEnd = P;
  }
  int Exp = 0;
  if (UseExp) {
    Exp = DecPt - 1;
    DecPt = 1;
  }
  if (!UseExp && AddDot0)
    VEnd = std::max(VEnd, DecPt + 1);
  else
    VEnd = std::max(VEnd, DecPt);
  std::string Frac;
  if (DecPt <= 0) {
    Out += '0';
    Frac.append(size_t(-DecPt), '0');
    Frac += Digits;
  } else if (DecPt >= NDigits) {
    Out += Digits;
    Out.append(size_t(DecPt - NDigits), '0');
  } else {
    Out.append(Digits, 0, size_t(DecPt));
    Frac.append(Digits, size_t(DecPt), std::string::npos);
  }
  if (int(Frac.size()) < VEnd - DecPt)
    Frac.append(size_t(VEnd - DecPt) - Frac.size(), '0');
  if (!Frac.empty() || Alt)
    Out += '.';
  Out += Frac;
  if (UseExp) {
    char Buf[16];
    snprintf(Buf, sizeof(Buf), "%c%c%02d", Upper ? 'E' : 'e',
             Exp < 0 ? '-' : '+', Exp < 0 ? -Exp : Exp);
    Out += Buf;
  }
}

static bool formatFloatWith(VM &M, FormatSpec S, double D, std::string &Out) {
  if (S.Precision > INT_MAX)
    return M.raise(ExcKind::ValueError, "precision too big");
  uint32_t Type = S.Type;
  bool AddDot0 = false;
  int DefaultPrecision = 6;
  if (Type == 0) {
    AddDot0 = true;
    Type = 'r';
    DefaultPrecision = 0;
  }
  if (Type == 'n')
    Type = 'g';
  bool Percent = false;
  if (Type == '%') {
    Type = 'f';
    D *= 100;
    Percent = true;
  }
  int Prec = int(S.Precision);
  if (Prec < 0)
    Prec = DefaultPrecision;
  else if (Type == 'r')
    Type = 'g';
  bool Upper = Type == 'E' || Type == 'F' || Type == 'G';
  char Lower = char(Upper ? tolower(int(Type)) : int(Type));
  bool Negative = std::signbit(D) && !std::isnan(D);
  std::string Body;
  floatToString(std::fabs(D), Lower, Prec, S.Alternate, AddDot0, Upper, Body);
  if (Negative && S.NoNegZero && std::isfinite(D)) {
    // 'z': a value that rounds to zero loses its minus sign.
    bool AllZero = true;
    for (char C : Body) {
      if (C == 'e' || C == 'E')
        break;
      if (C >= '1' && C <= '9')
        AllZero = false;
    }
    if (AllZero)
      Negative = false;
  }
  if (Percent)
    Body += '%';
  size_t IntEnd = 0;
  while (IntEnd < Body.size() && Body[IntEnd] >= '0' && Body[IntEnd] <= '9')
    ++IntEnd;
  llvm::StringRef B(Body);
  layoutNumber(S, Negative, "", B.take_front(IntEnd), B.drop_front(IntEnd), 3,
               Out);
  return true;
}

bool pyr::formatFloat(VM &M, const FormatSpec &S, double D, std::string &Out) {
  switch (S.Type) {
  case 0:
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G':
  case 'n':
  case '%':
    return formatFloatWith(M, S, D, Out);
  default:
    return unknownCode(M, S.Type, "float");
  }
}

//===----------------------------------------------------------------------===//
// Strings and the dispatch
//===----------------------------------------------------------------------===//

bool pyr::formatStr(VM &M, const FormatSpec &S, llvm::StringRef Text,
                    std::string &Out) {
  // The type is 's' unless the spec names another (even '\0').
  if (S.Type != 's')
    return unknownCode(M, S.Type, "str");
  if (S.Sign == ' ')
    return M.raise(ExcKind::ValueError,
                   "Space not allowed in string format specifier");
  if (S.Sign)
    return M.raise(ExcKind::ValueError,
                   "Sign not allowed in string format specifier");
  if (S.NoNegZero)
    return M.raise(ExcKind::ValueError, "Negative zero coercion (z) not "
                                        "allowed in string format specifier");
  if (S.Alternate)
    return M.raise(ExcKind::ValueError,
                   "Alternate form (#) not allowed in string format specifier");
  if (S.Align == '=')
    return M.raise(ExcKind::ValueError,
                   "'=' alignment not allowed in string format specifier");
  // Widths and precisions count code points, not UTF-8 bytes.
  int64_t Len = 0;
  size_t Bytes = 0;
  for (; Bytes < Text.size(); ++Bytes) {
    if ((static_cast<unsigned char>(Text[Bytes]) & 0xC0) == 0x80)
      continue;
    if (S.Precision >= 0 && Len == S.Precision)
      break;
    ++Len;
  }
  int64_t Pad = S.Width > Len ? S.Width - Len : 0;
  int64_t Left = S.Align == '>' ? Pad : S.Align == '^' ? Pad / 2 : 0;
  appendFill(S.Fill, Left, Out);
  Out += Text.take_front(Bytes);
  appendFill(S.Fill, Pad - Left, Out);
  return true;
}

bool pyr::formatValue(VM &M, Value V, llvm::StringRef Spec, std::string &Out) {
  // An empty spec is str(V) for every built-in type.
  if (Spec.empty())
    return appendStrChecked(M, V, Out);
  FormatSpec S;
  if (isAnyInt(V)) {
    const char *Name = V.isBool() ? "bool" : "int";
    return parseFormatSpec(M, Spec, Name, '>', 'd', S) &&
           formatInt(M, S, Name, V, Out);
  }
  if (V.isFloat())
    return parseFormatSpec(M, Spec, "float", '>', 0, S) &&
           formatFloat(M, S, V.F, Out);
  if (isStr(V))
    return parseFormatSpec(M, Spec, "str", '<', 's', S) &&
           formatStr(M, S, asStr(V)->str(), Out);
  // object.__format__ accepts only the empty spec.
  return M.raise(ExcKind::TypeError,
                 llvm::Twine("unsupported format string passed to ") +
                     typeOf(V)->Name + ".__format__");
}

//===----------------------------------------------------------------------===//
// f-strings and ascii()
//===----------------------------------------------------------------------===//

bool pyr::appendAscii(VM &M, Value V, std::string &Out) {
  std::string Repr;
  if (!appendReprChecked(M, V, Repr))
    return false;
  const auto *P = reinterpret_cast<const unsigned char *>(Repr.data());
  const auto *End = P + Repr.size();
  while (P < End) {
    if (*P < 0x80) {
      Out += char(*P++);
      continue;
    }
    appendCodePointEscape(decodeCodePoint(P), Out);
  }
  return true;
}

bool pyr::formatValueOp(VM &M, Value V, unsigned Flags, Value &Out) {
  std::string Converted;
  switch (Flags & 3) {
  case 1:
    if (!isStr(V)) {
      if (!appendStrChecked(M, V, Converted))
        return false;
      V = Value::object(M.newStr(Converted));
    }
    break;
  case 2:
    if (!appendReprChecked(M, V, Converted))
      return false;
    V = Value::object(M.newStr(Converted));
    break;
  case 3:
    if (!appendAscii(M, V, Converted))
      return false;
    V = Value::object(M.newStr(Converted));
    break;
  default:
    break;
  }
  llvm::StringRef Spec = (Flags & 4) && isStr(Out) ? asStr(Out)->str() : "";
  if (Spec.empty() && isStr(V)) {
    Out = V;
    return true;
  }
  std::string S;
  if (!formatValue(M, V, Spec, S))
    return false;
  Out = Value::object(M.newStr(S));
  return true;
}

bool pyr::buildString(VM &M, const Value *Parts, unsigned N, Value &Out) {
  size_t Len = 0;
  for (unsigned I = 0; I < N; ++I) {
    // Compiled code only joins strs; a hand-made file may not.
    if (!isStr(Parts[I]))
      return M.raise(ExcKind::TypeError, llvm::Twine("sequence item ") +
                                             llvm::Twine(I) +
                                             ": expected str instance, " +
                                             typeOf(Parts[I])->Name + " found");
    Len += asStr(Parts[I])->Len;
  }
  StrObject *S = M.newStrUninit(Len);
  char *P = S->Data;
  for (unsigned I = 0; I < N; ++I) {
    llvm::StringRef Part = asStr(Parts[I])->str();
    memcpy(P, Part.data(), Part.size());
    P += Part.size();
  }
  Out = Value::object(S);
  return true;
}

//===----------------------------------------------------------------------===//
// printf-style formatting (str % args)
//===----------------------------------------------------------------------===//

namespace {
/// The argument list of CPython's unicode_format: a single operand is used
/// once; a tuple's items in order.
struct PercentArgs {
  const Value *Args;
  int64_t Len; ///< -1 for a single non-tuple operand.
  int64_t Idx; ///< -2 before the single operand is used.
  bool next(VM &M, Value &V) {
    if (Idx < Len) {
      int64_t I = Idx++;
      V = Len < 0 ? Args[0] : Args[I];
      return true;
    }
    return M.raise(ExcKind::TypeError,
                   "not enough arguments for format string");
  }
};
} // namespace

/// Pads [Sign][Prefix]Body to Width the way printf does: left-justified
/// with '-', zeros after the sign and prefix with '0' (numbers only),
/// spaces before otherwise.
static void percentPad(bool Left, bool Zero, int64_t Width, char Sign,
                       llvm::StringRef Prefix, llvm::StringRef Body,
                       std::string &Out) {
  int64_t Len = (Sign ? 1 : 0) + int64_t(Prefix.size());
  for (char C : Body)
    Len += (static_cast<unsigned char>(C) & 0xC0) != 0x80;
  int64_t Pad = Width > Len ? Width - Len : 0;
  if (!Left && !Zero)
    Out.append(size_t(Pad), ' ');
  if (Sign)
    Out += Sign;
  Out += Prefix;
  if (!Left && Zero)
    Out.append(size_t(Pad), '0');
  Out += Body;
  if (Left)
    Out.append(size_t(Pad), ' ');
}

bool pyr::percentFormat(VM &M, llvm::StringRef Fmt, const Value *Args,
                        unsigned N, bool IsTuple, std::string &Out) {
  PercentArgs A{Args, IsTuple ? int64_t(N) : -1, IsTuple ? 0 : -2};
  // A single operand with __getitem__ (not a str) is the mapping that
  // "%(key)s" looks keys up in, as CPython's PyMapping_Check decides.
  Value Mapping =
      !IsTuple && N == 1 &&
              (isDict(Args[0]) || isList(Args[0]) || isRange(Args[0]))
          ? Args[0]
          : Value::undef();
  Value KeyArg;
  size_t I = 0;
  while (I < Fmt.size()) {
    size_t Pct = Fmt.find('%', I);
    if (Pct == llvm::StringRef::npos) {
      Out += Fmt.drop_front(I);
      break;
    }
    Out += Fmt.slice(I, Pct);
    I = Pct + 1;
    if (I < Fmt.size() && Fmt[I] == '%') {
      Out += '%';
      ++I;
      continue;
    }
    if (I < Fmt.size() && Fmt[I] == '(') {
      if (Mapping.isUndef())
        return M.raise(ExcKind::TypeError, "format requires a mapping");
      size_t KeyStart = ++I;
      int Depth = 1;
      for (; I < Fmt.size(); ++I) {
        if (Fmt[I] == ')' && --Depth == 0)
          break;
        if (Fmt[I] == '(')
          ++Depth;
      }
      if (I >= Fmt.size())
        return M.raise(ExcKind::ValueError, "incomplete format key");
      Value Key = Value::object(M.newStr(Fmt.slice(KeyStart, I)));
      ++I;
      if (!getItem(M, Mapping, Key, KeyArg))
        return false;
      A = PercentArgs{&KeyArg, -1, -2};
    }
    bool Left = false, Plus = false, Space = false, Alt = false, Zero = false;
    for (; I < Fmt.size(); ++I) {
      char C = Fmt[I];
      if (C == '-')
        Left = true;
      else if (C == '+')
        Plus = true;
      else if (C == ' ')
        Space = true;
      else if (C == '#')
        Alt = true;
      else if (C == '0')
        Zero = true;
      else
        break;
    }
    auto ReadNumber = [&](int64_t &Out, const char *What, int64_t Max) -> bool {
      if (I < Fmt.size() && Fmt[I] == '*') {
        ++I;
        Value V;
        if (!A.next(M, V))
          return false;
        if (!isAnyInt(V))
          return M.raise(ExcKind::TypeError, "* wants int");
        // As CPython: the width is a Py_ssize_t, the precision a C int.
        bool CInt = Max == INT_MAX;
        if (isBigInt(V) || (CInt && (V.I > INT_MAX || V.I < INT_MIN)))
          return M.raise(ExcKind::OverflowError,
                         CInt ? "Python int too large to convert to C int"
                              : "Python int too large to convert to C ssize_t");
        Out = V.I;
        return true;
      }
      Out = -1;
      if (I < Fmt.size() && Fmt[I] >= '0' && Fmt[I] <= '9') {
        Out = 0;
        for (; I < Fmt.size() && Fmt[I] >= '0' && Fmt[I] <= '9'; ++I) {
          if (Out > (Max - (Fmt[I] - '0')) / 10)
            return M.raise(ExcKind::ValueError, llvm::Twine(What) + " too big");
          Out = Out * 10 + (Fmt[I] - '0');
        }
      }
      return true;
    };
    int64_t Width = -1, Prec = -1;
    if (!ReadNumber(Width, "width", INT64_MAX))
      return false;
    if (Width < -1) { // A negative '*' width left-justifies.
      Left = true;
      Width = -Width;
    }
    if (Width > 0 && static_cast<uint64_t>(Width) > maxAllocBytes())
      return noMemory(M);
    if (I < Fmt.size() && Fmt[I] == '.') {
      ++I;
      if (!ReadNumber(Prec, "precision", INT_MAX))
        return false;
      if (Prec < 0)
        Prec = 0;
    }
    if (I >= Fmt.size())
      return M.raise(ExcKind::ValueError, "incomplete format");
    size_t CharAt = I;
    const auto *P = reinterpret_cast<const unsigned char *>(Fmt.data() + I);
    uint32_t Ch = decodeCodePoint(P);
    I = reinterpret_cast<const char *>(P) - Fmt.data();
    Value V;
    if (!A.next(M, V))
      return false;
    char Sign = 0;
    auto NumberSign = [&](bool Negative) {
      Sign = Negative ? '-' : Plus ? '+' : Space ? ' ' : 0;
    };
    switch (Ch) {
    case 's':
    case 'r':
    case 'a': {
      std::string T;
      if (!(Ch == 's'   ? appendStrChecked(M, V, T)
            : Ch == 'r' ? appendReprChecked(M, V, T)
                        : appendAscii(M, V, T)))
        return false;
      if (Prec >= 0) {
        size_t Bytes = 0;
        int64_t Count = 0;
        for (; Bytes < T.size(); ++Bytes) {
          if ((static_cast<unsigned char>(T[Bytes]) & 0xC0) == 0x80)
            continue;
          if (Count++ == Prec)
            break;
        }
        T.resize(Bytes);
      }
      percentPad(Left, false, Width, 0, "", T, Out);
      break;
    }
    case 'c': {
      uint32_t CP;
      if (isAnyInt(V)) {
        if (isBigInt(V) || V.I < 0 || V.I > 0x10FFFF)
          return M.raise(ExcKind::OverflowError,
                         "%c arg not in range(0x110000)");
        CP = uint32_t(V.I);
      } else if (isStr(V) && [&] {
                   llvm::StringRef S = asStr(V)->str();
                   if (S.empty())
                     return false;
                   const auto *Q =
                       reinterpret_cast<const unsigned char *>(S.data());
                   CP = decodeCodePoint(Q);
                   return Q == reinterpret_cast<const unsigned char *>(
                                   S.data() + S.size());
                 }()) {
      } else {
        return M.raise(ExcKind::TypeError, "%c requires int or char");
      }
      std::string T;
      appendUTF8(CP, T);
      percentPad(Left, false, Width, 0, "", T, Out);
      break;
    }
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o': {
      bool Decimal = Ch == 'd' || Ch == 'i' || Ch == 'u';
      std::string Digits;
      bool Negative = false;
      if (isBigInt(V)) {
        mpz_srcptr Z = bigOf(V);
        Negative = mpz_sgn(Z) < 0;
        if (!bigMagnitudeDigits(M, Z, Decimal ? 10 : Ch == 'o' ? 8 : 16,
                                Digits))
          return false;
      } else if (V.isIntLike()) {
        Negative = V.I < 0;
        uint64_t Mag =
            Negative ? 0 - static_cast<uint64_t>(V.I) : uint64_t(V.I);
        char Buf[72];
        auto R = std::to_chars(Buf, Buf + sizeof(Buf), Mag,
                               Decimal     ? 10
                               : Ch == 'o' ? 8
                                           : 16);
        Digits.assign(Buf, R.ptr);
      } else if (Decimal && V.isFloat()) {
        // int(x): the float's integral part, exactly.
        if (std::isinf(V.F))
          return M.raise(ExcKind::OverflowError,
                         "cannot convert float infinity to integer");
        if (std::isnan(V.F))
          return M.raise(ExcKind::ValueError,
                         "cannot convert float NaN to integer");
        double T = std::trunc(V.F);
        Negative = T < 0;
        char Buf[400];
        snprintf(Buf, sizeof(Buf), "%.0f", std::fabs(T));
        Digits = Buf;
      } else {
        return M.raise(ExcKind::TypeError,
                       llvm::Twine("%") + llvm::Twine(char(Ch)) + " format: " +
                           (Decimal ? "a real number" : "an integer") +
                           " is required, not " + typeOf(V)->Name);
      }
      if (Ch == 'X')
        for (char &C : Digits)
          C = char(toupper(static_cast<unsigned char>(C)));
      if (Prec > int64_t(Digits.size()))
        Digits.insert(0, size_t(Prec) - Digits.size(), '0');
      NumberSign(Negative);
      const char *Prefix = !Alt        ? ""
                           : Ch == 'x' ? "0x"
                           : Ch == 'X' ? "0X"
                           : Ch == 'o' ? "0o"
                                       : "";
      percentPad(Left, Zero, Width, Sign, Prefix, Digits, Out);
      break;
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      if (!isAnyInt(V) && !V.isFloat())
        return M.raise(ExcKind::TypeError,
                       llvm::Twine("must be real number, not ") +
                           typeOf(V)->Name);
      double D = V.isFloat() ? V.F : double(V.I);
      if (isBigInt(V) && !bigint::toDouble(bigOf(V), D))
        return M.raise(ExcKind::OverflowError,
                       "int too large to convert to float");
      bool Upper = Ch == 'E' || Ch == 'F' || Ch == 'G';
      char Lower = char(tolower(int(Ch)));
      std::string Body;
      floatToString(std::fabs(D), Lower,
                    Prec < 0 ? 6 : int(std::min<int64_t>(Prec, INT_MAX)), Alt,
                    false, Upper, Body);
      NumberSign(std::signbit(D) && !std::isnan(D));
      percentPad(Left, Zero, Width, Sign, "", Body, Out);
      break;
    }
    default: {
      char Shown = Ch >= 32 && Ch <= 126 ? char(Ch) : '?';
      int64_t Index = 0;
      for (size_t J = 0; J < CharAt; ++J)
        Index += (static_cast<unsigned char>(Fmt[J]) & 0xC0) != 0x80;
      char Hex[16];
      snprintf(Hex, sizeof(Hex), "%x", unsigned(Ch));
      return M.raise(ExcKind::ValueError,
                     llvm::Twine("unsupported format character '") +
                         llvm::Twine(Shown) + "' (0x" + Hex + ") at index " +
                         llvm::Twine(Index));
    }
    }
  }
  if (A.Idx < A.Len && Mapping.isUndef())
    return M.raise(ExcKind::TypeError,
                   "not all arguments converted during string formatting");
  return true;
}
