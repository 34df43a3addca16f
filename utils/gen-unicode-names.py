#!/usr/bin/python3
"""Generates lib/Lex/UnicodeNames.inc, the table the \\N{name} escape of str
literals looks names up in, from CPython 3.11 itself (run with
/usr/bin/python3; Unicode 14.0): every name unicodedata.name() gives, plus
the formal name aliases, each checked against unicodedata.lookup().
CJK unified ideographs and Hangul syllables are named by rule and are not
listed; the table gives the ranges of the ideographs.

The names are sorted and front-coded in blocks of NameBlockSize entries:
each entry is a byte with the length of the prefix it shares with the
previous entry (0 at a block's start), a byte with the length of the rest,
the rest, and the code point in three bytes, most significant first.

Usage: gen-unicode-names.py > lib/Lex/UnicodeNames.inc"""
import sys
import unicodedata

BLOCK = 32

# Formal name aliases of Unicode 14.0 (NameAliases.txt) other than the
# variation selectors' VSn, which follow a rule. unicodedata has no way to
# list them; each one is checked against unicodedata.lookup() below.
ALIASES = """
0000 NULL|NUL
0001 START OF HEADING|SOH
0002 START OF TEXT|STX
0003 END OF TEXT|ETX
0004 END OF TRANSMISSION|EOT
0005 ENQUIRY|ENQ
0006 ACKNOWLEDGE|ACK
0007 ALERT|BEL
0008 BACKSPACE|BS
0009 CHARACTER TABULATION|HORIZONTAL TABULATION|HT|TAB
000A LINE FEED|NEW LINE|END OF LINE|LF|NL|EOL
000B LINE TABULATION|VERTICAL TABULATION|VT
000C FORM FEED|FF
000D CARRIAGE RETURN|CR
000E SHIFT OUT|LOCKING-SHIFT ONE|SO
000F SHIFT IN|LOCKING-SHIFT ZERO|SI
0010 DATA LINK ESCAPE|DLE
0011 DEVICE CONTROL ONE|DC1
0012 DEVICE CONTROL TWO|DC2
0013 DEVICE CONTROL THREE|DC3
0014 DEVICE CONTROL FOUR|DC4
0015 NEGATIVE ACKNOWLEDGE|NAK
0016 SYNCHRONOUS IDLE|SYN
0017 END OF TRANSMISSION BLOCK|ETB
0018 CANCEL|CAN
0019 END OF MEDIUM|EOM
001A SUBSTITUTE|SUB
001B ESCAPE|ESC
001C INFORMATION SEPARATOR FOUR|FILE SEPARATOR|FS
001D INFORMATION SEPARATOR THREE|GROUP SEPARATOR|GS
001E INFORMATION SEPARATOR TWO|RECORD SEPARATOR|RS
001F INFORMATION SEPARATOR ONE|UNIT SEPARATOR|US
0020 SP
007F DELETE|DEL
0080 PADDING CHARACTER|PAD
0081 HIGH OCTET PRESET|HOP
0082 BREAK PERMITTED HERE|BPH
0083 NO BREAK HERE|NBH
0084 INDEX|IND
0085 NEXT LINE|NEL
0086 START OF SELECTED AREA|SSA
0087 END OF SELECTED AREA|ESA
0088 CHARACTER TABULATION SET|HORIZONTAL TABULATION SET|HTS
0089 CHARACTER TABULATION WITH JUSTIFICATION|HORIZONTAL TABULATION WITH JUSTIFICATION|HTJ
008A LINE TABULATION SET|VERTICAL TABULATION SET|VTS
008B PARTIAL LINE FORWARD|PARTIAL LINE DOWN|PLD
008C PARTIAL LINE BACKWARD|PARTIAL LINE UP|PLU
008D REVERSE LINE FEED|REVERSE INDEX|RI
008E SINGLE SHIFT TWO|SINGLE-SHIFT-2|SS2
008F SINGLE SHIFT THREE|SINGLE-SHIFT-3|SS3
0090 DEVICE CONTROL STRING|DCS
0091 PRIVATE USE ONE|PRIVATE USE-1|PU1
0092 PRIVATE USE TWO|PRIVATE USE-2|PU2
0093 SET TRANSMIT STATE|STS
0094 CANCEL CHARACTER|CCH
0095 MESSAGE WAITING|MW
0096 START OF GUARDED AREA|START OF PROTECTED AREA|SPA
0097 END OF GUARDED AREA|END OF PROTECTED AREA|EPA
0098 START OF STRING|SOS
0099 SINGLE GRAPHIC CHARACTER INTRODUCER|SGC
009A SINGLE CHARACTER INTRODUCER|SCI
009B CONTROL SEQUENCE INTRODUCER|CSI
009C STRING TERMINATOR|ST
009D OPERATING SYSTEM COMMAND|OSC
009E PRIVACY MESSAGE|PM
009F APPLICATION PROGRAM COMMAND|APC
00A0 NBSP
00AD SHY
01A2 LATIN CAPITAL LETTER GHA
01A3 LATIN SMALL LETTER GHA
034F CGJ
061C ALM
0709 SYRIAC SUBLINEAR COLON SKEWED LEFT
0CDE KANNADA LETTER LLLA
0E9D LAO LETTER FO FON
0E9F LAO LETTER FO FAY
0EA3 LAO LETTER RO
0EA5 LAO LETTER LO
0FD0 TIBETAN MARK BKA- SHOG GI MGO RGYAN
11EC HANGUL JONGSEONG YESIEUNG-KIYEOK
11ED HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK
11EE HANGUL JONGSEONG SSANGYESIEUNG
11EF HANGUL JONGSEONG YESIEUNG-KHIEUKH
180B FVS1
180C FVS2
180D FVS3
180E MVS
180F FVS4
200B ZWSP
200C ZWNJ
200D ZWJ
200E LRM
200F RLM
202A LRE
202B RLE
202C PDF
202D LRO
202E RLO
202F NNBSP
205F MMSP
2060 WJ
2066 LRI
2067 RLI
2068 FSI
2069 PDI
2118 WEIERSTRASS ELLIPTIC FUNCTION
2448 MICR ON US SYMBOL
2449 MICR DASH SYMBOL
2B7A LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
2B7C RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
A015 YI SYLLABLE ITERATION MARK
AA6E MYANMAR LETTER KHAMTI LLA
FE18 PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET
FEFF BYTE ORDER MARK|BOM|ZWNBSP
122D4 CUNEIFORM SIGN NU11 TENU
122D5 CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR
16E56 MEDEFAIDRIN CAPITAL LETTER H
16E57 MEDEFAIDRIN CAPITAL LETTER NG
16E76 MEDEFAIDRIN SMALL LETTER H
16E77 MEDEFAIDRIN SMALL LETTER NG
1B001 HENTAIGANA LETTER E-1
1D0C5 BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS
"""

CJK = "CJK UNIFIED IDEOGRAPH-"
HANGUL = "HANGUL SYLLABLE "


def aliases():
    out = []
    for line in ALIASES.strip().split("\n"):
        cp, names = line.split(" ", 1)
        out += [(n, int(cp, 16)) for n in names.split("|")]
    out += [("VS%d" % (i + 1), 0xFE00 + i) for i in range(16)]
    out += [("VS%d" % (i + 17), 0xE0100 + i) for i in range(240)]
    for name, cp in out:
        if unicodedata.lookup(name) != chr(cp):
            sys.exit("alias %s is not U+%04X in CPython" % (name, cp))
    return out


def collect():
    """The listed names, sorted, and the ranges of the CJK ideographs."""
    names, cjk = {}, []
    for c in range(0x110000):
        try:
            name = unicodedata.name(chr(c))
        except ValueError:
            continue
        if name.startswith(CJK):
            if cjk and cjk[-1][1] == c - 1:
                cjk[-1][1] = c
            else:
                cjk.append([c, c])
            continue
        if name.startswith(HANGUL):
            continue
        names[name] = c
    for name, cp in aliases():
        assert name not in names
        names[name] = cp
    return sorted(names.items()), cjk


def generate():
    entries, cjk = collect()
    out = []
    w = out.append
    w("//===- UnicodeNames.inc - Character names of CPython 3.11 (generated) -*- C++ -*-===//")
    w("//")
    w("// Generated by utils/gen-unicode-names.py from CPython 3.11 (Unicode 14.0);")
    w("// do not edit. %d names and aliases, front-coded in sorted blocks." % len(entries))
    w("//")
    w("//===----------------------------------------------------------------------===//")
    w("")
    w("static constexpr unsigned NameBlockSize = %d;" % BLOCK)
    w("static constexpr unsigned NumNames = %d;" % len(entries))
    w("static const char NameData[] =")
    blocks, offset, prev = [], 0, ""
    for i, (name, cp) in enumerate(entries):
        if i % BLOCK == 0:
            blocks.append(offset)
            prev = ""
        p = 0
        while p < min(len(prev), len(name)) and prev[p] == name[p]:
            p += 1
        rest = name[p:]
        assert p < 256 and len(rest) < 256
        data = "\\%03o\\%03o%s\\%03o\\%03o\\%03o" % (
            p, len(rest), rest, cp >> 16, (cp >> 8) & 255, cp & 255)
        w('    "%s"' % data)
        offset += 2 + len(rest) + 3
        prev = name
    w("    ;")
    w("static const uint32_t NameBlocks[] = {")
    for i in range(0, len(blocks), 8):
        w("    " + " ".join("%d," % b for b in blocks[i:i + 8]))
    w("};")
    w("// The code points named CJK UNIFIED IDEOGRAPH-<hex>.")
    w("static const uint32_t CJKRanges[][2] = {")
    for a, b in cjk:
        w("    {0x%04X, 0x%04X}," % (a, b))
    w("};")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(generate())
