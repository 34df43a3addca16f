//===- SourceEncoding.cpp - PEP 263 source encodings ----------------------===//

#include "SourceEncoding.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace pyr;
using namespace pyr::encoding;
using llvm::StringRef;

namespace {
enum class C : uint8_t {
  NotText,
  UTF8,
  ASCII,
  Latin1,
  Unsupported,
  Table0,
  Table1,
  Table2,
  Table3,
  Table4,
  Table5,
  Table6,
  Table7,
  Table8,
  Table9,
  Table10,
  Table11,
};

struct CodecName {
  const char *Name;
  C Kind;
};
} // namespace

// The names (normalized as CPython's encodings.normalize_encoding() does)
// under which CPython 3.11 finds a codec, and the byte tables of the
// single-byte encodings pyr decodes. Generated with CPython 3.11:
//
//   for n in aliases.keys() | aliases.values() | encodings modules:
//     info = codecs.lookup(n)   # skipped if not found
//     kind = NotText if not info._is_text_encoding else by info.name
//   table[b - 0x80] = ord(bytes([b]).decode(name)) or 0 if undefined
//
// The tables are cp1250, cp1251, cp1252, iso8859-2, iso8859-5, iso8859-7,
// iso8859-15, koi8-r, koi8-u, cp437, cp866 and mac-roman.
// Sorted for binary search.
static const CodecName CodecNames[] = {
    {"037", C::Unsupported},
    {"1026", C::Unsupported},
    {"1125", C::Unsupported},
    {"1140", C::Unsupported},
    {"1250", C::Table0},
    {"1251", C::Table1},
    {"1252", C::Table2},
    {"1253", C::Unsupported},
    {"1254", C::Unsupported},
    {"1255", C::Unsupported},
    {"1256", C::Unsupported},
    {"1257", C::Unsupported},
    {"1258", C::Unsupported},
    {"273", C::Unsupported},
    {"424", C::Unsupported},
    {"437", C::Table9},
    {"500", C::Unsupported},
    {"646", C::ASCII},
    {"775", C::Unsupported},
    {"850", C::Unsupported},
    {"852", C::Unsupported},
    {"855", C::Unsupported},
    {"857", C::Unsupported},
    {"858", C::Unsupported},
    {"860", C::Unsupported},
    {"861", C::Unsupported},
    {"862", C::Unsupported},
    {"863", C::Unsupported},
    {"864", C::Unsupported},
    {"865", C::Unsupported},
    {"866", C::Table10},
    {"869", C::Unsupported},
    {"8859", C::Latin1},
    {"932", C::Unsupported},
    {"936", C::Unsupported},
    {"949", C::Unsupported},
    {"950", C::Unsupported},
    {"ansi_x3.4_1968", C::ASCII},
    {"ansi_x3.4_1986", C::ASCII},
    {"ansi_x3_4_1968", C::ASCII},
    {"arabic", C::Unsupported},
    {"ascii", C::ASCII},
    {"asmo_708", C::Unsupported},
    {"base64", C::NotText},
    {"base64_codec", C::NotText},
    {"base_64", C::NotText},
    {"big5", C::Unsupported},
    {"big5_hkscs", C::Unsupported},
    {"big5_tw", C::Unsupported},
    {"big5hkscs", C::Unsupported},
    {"bz2", C::NotText},
    {"bz2_codec", C::NotText},
    {"charmap", C::Unsupported},
    {"chinese", C::Unsupported},
    {"cp037", C::Unsupported},
    {"cp1006", C::Unsupported},
    {"cp1026", C::Unsupported},
    {"cp1051", C::Unsupported},
    {"cp1125", C::Unsupported},
    {"cp1140", C::Unsupported},
    {"cp1250", C::Table0},
    {"cp1251", C::Table1},
    {"cp1252", C::Table2},
    {"cp1253", C::Unsupported},
    {"cp1254", C::Unsupported},
    {"cp1255", C::Unsupported},
    {"cp1256", C::Unsupported},
    {"cp1257", C::Unsupported},
    {"cp1258", C::Unsupported},
    {"cp1361", C::Unsupported},
    {"cp154", C::Unsupported},
    {"cp273", C::Unsupported},
    {"cp367", C::ASCII},
    {"cp424", C::Unsupported},
    {"cp437", C::Table9},
    {"cp500", C::Unsupported},
    {"cp65001", C::UTF8},
    {"cp720", C::Unsupported},
    {"cp737", C::Unsupported},
    {"cp775", C::Unsupported},
    {"cp819", C::Latin1},
    {"cp850", C::Unsupported},
    {"cp852", C::Unsupported},
    {"cp855", C::Unsupported},
    {"cp856", C::Unsupported},
    {"cp857", C::Unsupported},
    {"cp858", C::Unsupported},
    {"cp860", C::Unsupported},
    {"cp861", C::Unsupported},
    {"cp862", C::Unsupported},
    {"cp863", C::Unsupported},
    {"cp864", C::Unsupported},
    {"cp865", C::Unsupported},
    {"cp866", C::Table10},
    {"cp866u", C::Unsupported},
    {"cp869", C::Unsupported},
    {"cp874", C::Unsupported},
    {"cp875", C::Unsupported},
    {"cp932", C::Unsupported},
    {"cp936", C::Unsupported},
    {"cp949", C::Unsupported},
    {"cp950", C::Unsupported},
    {"cp_gr", C::Unsupported},
    {"cp_is", C::Unsupported},
    {"csascii", C::ASCII},
    {"csbig5", C::Unsupported},
    {"csibm037", C::Unsupported},
    {"csibm1026", C::Unsupported},
    {"csibm273", C::Unsupported},
    {"csibm424", C::Unsupported},
    {"csibm500", C::Unsupported},
    {"csibm855", C::Unsupported},
    {"csibm857", C::Unsupported},
    {"csibm858", C::Unsupported},
    {"csibm860", C::Unsupported},
    {"csibm861", C::Unsupported},
    {"csibm863", C::Unsupported},
    {"csibm864", C::Unsupported},
    {"csibm865", C::Unsupported},
    {"csibm866", C::Table10},
    {"csibm869", C::Unsupported},
    {"csiso2022jp", C::Unsupported},
    {"csiso2022kr", C::Unsupported},
    {"csiso58gb231280", C::Unsupported},
    {"csisolatin1", C::Latin1},
    {"csisolatin2", C::Table3},
    {"csisolatin3", C::Unsupported},
    {"csisolatin4", C::Unsupported},
    {"csisolatin5", C::Unsupported},
    {"csisolatin6", C::Unsupported},
    {"csisolatinarabic", C::Unsupported},
    {"csisolatincyrillic", C::Table4},
    {"csisolatingreek", C::Table5},
    {"csisolatinhebrew", C::Unsupported},
    {"cskoi8r", C::Table7},
    {"cspc775baltic", C::Unsupported},
    {"cspc850multilingual", C::Unsupported},
    {"cspc862latinhebrew", C::Unsupported},
    {"cspc8codepage437", C::Table9},
    {"cspcp852", C::Unsupported},
    {"csptcp154", C::Unsupported},
    {"csshiftjis", C::Unsupported},
    {"cyrillic", C::Table4},
    {"cyrillic_asian", C::Unsupported},
    {"ebcdic_cp_be", C::Unsupported},
    {"ebcdic_cp_ca", C::Unsupported},
    {"ebcdic_cp_ch", C::Unsupported},
    {"ebcdic_cp_he", C::Unsupported},
    {"ebcdic_cp_nl", C::Unsupported},
    {"ebcdic_cp_us", C::Unsupported},
    {"ebcdic_cp_wt", C::Unsupported},
    {"ecma_114", C::Unsupported},
    {"ecma_118", C::Table5},
    {"elot_928", C::Table5},
    {"euc_cn", C::Unsupported},
    {"euc_jis2004", C::Unsupported},
    {"euc_jis_2004", C::Unsupported},
    {"euc_jisx0213", C::Unsupported},
    {"euc_jp", C::Unsupported},
    {"euc_kr", C::Unsupported},
    {"euccn", C::Unsupported},
    {"eucgb2312_cn", C::Unsupported},
    {"eucjis2004", C::Unsupported},
    {"eucjisx0213", C::Unsupported},
    {"eucjp", C::Unsupported},
    {"euckr", C::Unsupported},
    {"gb18030", C::Unsupported},
    {"gb18030_2000", C::Unsupported},
    {"gb2312", C::Unsupported},
    {"gb2312_1980", C::Unsupported},
    {"gb2312_80", C::Unsupported},
    {"gbk", C::Unsupported},
    {"greek", C::Table5},
    {"greek8", C::Table5},
    {"hebrew", C::Unsupported},
    {"hex", C::NotText},
    {"hex_codec", C::NotText},
    {"hkscs", C::Unsupported},
    {"hp_roman8", C::Unsupported},
    {"hz", C::Unsupported},
    {"hz_gb", C::Unsupported},
    {"hz_gb_2312", C::Unsupported},
    {"hzgb", C::Unsupported},
    {"ibm037", C::Unsupported},
    {"ibm039", C::Unsupported},
    {"ibm1026", C::Unsupported},
    {"ibm1051", C::Unsupported},
    {"ibm1125", C::Unsupported},
    {"ibm1140", C::Unsupported},
    {"ibm273", C::Unsupported},
    {"ibm367", C::ASCII},
    {"ibm424", C::Unsupported},
    {"ibm437", C::Table9},
    {"ibm500", C::Unsupported},
    {"ibm775", C::Unsupported},
    {"ibm819", C::Latin1},
    {"ibm850", C::Unsupported},
    {"ibm852", C::Unsupported},
    {"ibm855", C::Unsupported},
    {"ibm857", C::Unsupported},
    {"ibm858", C::Unsupported},
    {"ibm860", C::Unsupported},
    {"ibm861", C::Unsupported},
    {"ibm862", C::Unsupported},
    {"ibm863", C::Unsupported},
    {"ibm864", C::Unsupported},
    {"ibm865", C::Unsupported},
    {"ibm866", C::Table10},
    {"ibm869", C::Unsupported},
    {"idna", C::Unsupported},
    {"iso2022_jp", C::Unsupported},
    {"iso2022_jp_1", C::Unsupported},
    {"iso2022_jp_2", C::Unsupported},
    {"iso2022_jp_2004", C::Unsupported},
    {"iso2022_jp_3", C::Unsupported},
    {"iso2022_jp_ext", C::Unsupported},
    {"iso2022_kr", C::Unsupported},
    {"iso2022jp", C::Unsupported},
    {"iso2022jp_1", C::Unsupported},
    {"iso2022jp_2", C::Unsupported},
    {"iso2022jp_2004", C::Unsupported},
    {"iso2022jp_3", C::Unsupported},
    {"iso2022jp_ext", C::Unsupported},
    {"iso2022kr", C::Unsupported},
    {"iso646_us", C::ASCII},
    {"iso8859", C::Latin1},
    {"iso8859_1", C::Latin1},
    {"iso8859_10", C::Unsupported},
    {"iso8859_11", C::Unsupported},
    {"iso8859_13", C::Unsupported},
    {"iso8859_14", C::Unsupported},
    {"iso8859_15", C::Table6},
    {"iso8859_16", C::Unsupported},
    {"iso8859_2", C::Table3},
    {"iso8859_3", C::Unsupported},
    {"iso8859_4", C::Unsupported},
    {"iso8859_5", C::Table4},
    {"iso8859_6", C::Unsupported},
    {"iso8859_7", C::Table5},
    {"iso8859_8", C::Unsupported},
    {"iso8859_9", C::Unsupported},
    {"iso_2022_jp", C::Unsupported},
    {"iso_2022_jp_1", C::Unsupported},
    {"iso_2022_jp_2", C::Unsupported},
    {"iso_2022_jp_2004", C::Unsupported},
    {"iso_2022_jp_3", C::Unsupported},
    {"iso_2022_jp_ext", C::Unsupported},
    {"iso_2022_kr", C::Unsupported},
    {"iso_646.irv_1991", C::ASCII},
    {"iso_8859_1", C::Latin1},
    {"iso_8859_10", C::Unsupported},
    {"iso_8859_10_1992", C::Unsupported},
    {"iso_8859_11", C::Unsupported},
    {"iso_8859_11_2001", C::Unsupported},
    {"iso_8859_13", C::Unsupported},
    {"iso_8859_14", C::Unsupported},
    {"iso_8859_14_1998", C::Unsupported},
    {"iso_8859_15", C::Table6},
    {"iso_8859_16", C::Unsupported},
    {"iso_8859_16_2001", C::Unsupported},
    {"iso_8859_1_1987", C::Latin1},
    {"iso_8859_2", C::Table3},
    {"iso_8859_2_1987", C::Table3},
    {"iso_8859_3", C::Unsupported},
    {"iso_8859_3_1988", C::Unsupported},
    {"iso_8859_4", C::Unsupported},
    {"iso_8859_4_1988", C::Unsupported},
    {"iso_8859_5", C::Table4},
    {"iso_8859_5_1988", C::Table4},
    {"iso_8859_6", C::Unsupported},
    {"iso_8859_6_1987", C::Unsupported},
    {"iso_8859_7", C::Table5},
    {"iso_8859_7_1987", C::Table5},
    {"iso_8859_8", C::Unsupported},
    {"iso_8859_8_1988", C::Unsupported},
    {"iso_8859_9", C::Unsupported},
    {"iso_8859_9_1989", C::Unsupported},
    {"iso_celtic", C::Unsupported},
    {"iso_ir_100", C::Latin1},
    {"iso_ir_101", C::Table3},
    {"iso_ir_109", C::Unsupported},
    {"iso_ir_110", C::Unsupported},
    {"iso_ir_126", C::Table5},
    {"iso_ir_127", C::Unsupported},
    {"iso_ir_138", C::Unsupported},
    {"iso_ir_144", C::Table4},
    {"iso_ir_148", C::Unsupported},
    {"iso_ir_157", C::Unsupported},
    {"iso_ir_166", C::Unsupported},
    {"iso_ir_199", C::Unsupported},
    {"iso_ir_226", C::Unsupported},
    {"iso_ir_58", C::Unsupported},
    {"iso_ir_6", C::ASCII},
    {"jisx0213", C::Unsupported},
    {"johab", C::Unsupported},
    {"koi8_r", C::Table7},
    {"koi8_t", C::Unsupported},
    {"koi8_u", C::Table8},
    {"korean", C::Unsupported},
    {"ks_c_5601", C::Unsupported},
    {"ks_c_5601_1987", C::Unsupported},
    {"ks_x_1001", C::Unsupported},
    {"ksc5601", C::Unsupported},
    {"ksx1001", C::Unsupported},
    {"kz1048", C::Unsupported},
    {"kz_1048", C::Unsupported},
    {"l1", C::Latin1},
    {"l10", C::Unsupported},
    {"l2", C::Table3},
    {"l3", C::Unsupported},
    {"l4", C::Unsupported},
    {"l5", C::Unsupported},
    {"l6", C::Unsupported},
    {"l7", C::Unsupported},
    {"l8", C::Unsupported},
    {"l9", C::Table6},
    {"latin", C::Latin1},
    {"latin1", C::Latin1},
    {"latin10", C::Unsupported},
    {"latin2", C::Table3},
    {"latin3", C::Unsupported},
    {"latin4", C::Unsupported},
    {"latin5", C::Unsupported},
    {"latin6", C::Unsupported},
    {"latin7", C::Unsupported},
    {"latin8", C::Unsupported},
    {"latin9", C::Table6},
    {"latin_1", C::Latin1},
    {"mac_arabic", C::Unsupported},
    {"mac_centeuro", C::Unsupported},
    {"mac_croatian", C::Unsupported},
    {"mac_cyrillic", C::Unsupported},
    {"mac_farsi", C::Unsupported},
    {"mac_greek", C::Unsupported},
    {"mac_iceland", C::Unsupported},
    {"mac_latin2", C::Unsupported},
    {"mac_roman", C::Table11},
    {"mac_romanian", C::Unsupported},
    {"mac_turkish", C::Unsupported},
    {"maccentraleurope", C::Unsupported},
    {"maccyrillic", C::Unsupported},
    {"macgreek", C::Unsupported},
    {"maciceland", C::Unsupported},
    {"macintosh", C::Table11},
    {"maclatin2", C::Unsupported},
    {"macroman", C::Table11},
    {"macturkish", C::Unsupported},
    {"ms1361", C::Unsupported},
    {"ms932", C::Unsupported},
    {"ms936", C::Unsupported},
    {"ms949", C::Unsupported},
    {"ms950", C::Unsupported},
    {"ms_kanji", C::Unsupported},
    {"mskanji", C::Unsupported},
    {"palmos", C::Unsupported},
    {"pt154", C::Unsupported},
    {"ptcp154", C::Unsupported},
    {"punycode", C::Unsupported},
    {"quopri", C::NotText},
    {"quopri_codec", C::NotText},
    {"quoted_printable", C::NotText},
    {"quotedprintable", C::NotText},
    {"r8", C::Unsupported},
    {"raw_unicode_escape", C::Unsupported},
    {"rk1048", C::Unsupported},
    {"roman8", C::Unsupported},
    {"rot13", C::NotText},
    {"rot_13", C::NotText},
    {"ruscii", C::Unsupported},
    {"s_jis", C::Unsupported},
    {"s_jis_2004", C::Unsupported},
    {"s_jisx0213", C::Unsupported},
    {"shift_jis", C::Unsupported},
    {"shift_jis_2004", C::Unsupported},
    {"shift_jisx0213", C::Unsupported},
    {"shiftjis", C::Unsupported},
    {"shiftjis2004", C::Unsupported},
    {"shiftjisx0213", C::Unsupported},
    {"sjis", C::Unsupported},
    {"sjis_2004", C::Unsupported},
    {"sjisx0213", C::Unsupported},
    {"strk1048_2002", C::Unsupported},
    {"thai", C::Unsupported},
    {"tis620", C::Unsupported},
    {"tis_620", C::Unsupported},
    {"tis_620_0", C::Unsupported},
    {"tis_620_2529_0", C::Unsupported},
    {"tis_620_2529_1", C::Unsupported},
    {"u16", C::Unsupported},
    {"u32", C::Unsupported},
    {"u7", C::Unsupported},
    {"u8", C::UTF8},
    {"u_jis", C::Unsupported},
    {"uhc", C::Unsupported},
    {"ujis", C::Unsupported},
    {"undefined", C::Unsupported},
    {"unicode_1_1_utf_7", C::Unsupported},
    {"unicode_escape", C::Unsupported},
    {"unicodebigunmarked", C::Unsupported},
    {"unicodelittleunmarked", C::Unsupported},
    {"us", C::ASCII},
    {"us_ascii", C::ASCII},
    {"utf", C::UTF8},
    {"utf16", C::Unsupported},
    {"utf32", C::Unsupported},
    {"utf7", C::Unsupported},
    {"utf8", C::UTF8},
    {"utf8_ucs2", C::UTF8},
    {"utf8_ucs4", C::UTF8},
    {"utf_16", C::Unsupported},
    {"utf_16_be", C::Unsupported},
    {"utf_16_le", C::Unsupported},
    {"utf_16be", C::Unsupported},
    {"utf_16le", C::Unsupported},
    {"utf_32", C::Unsupported},
    {"utf_32_be", C::Unsupported},
    {"utf_32_le", C::Unsupported},
    {"utf_32be", C::Unsupported},
    {"utf_32le", C::Unsupported},
    {"utf_7", C::Unsupported},
    {"utf_8", C::UTF8},
    {"utf_8_sig", C::Unsupported},
    {"uu", C::NotText},
    {"uu_codec", C::NotText},
    {"windows_1250", C::Table0},
    {"windows_1251", C::Table1},
    {"windows_1252", C::Table2},
    {"windows_1253", C::Unsupported},
    {"windows_1254", C::Unsupported},
    {"windows_1255", C::Unsupported},
    {"windows_1256", C::Unsupported},
    {"windows_1257", C::Unsupported},
    {"windows_1258", C::Unsupported},
    {"x_mac_japanese", C::Unsupported},
    {"x_mac_korean", C::Unsupported},
    {"x_mac_simp_chinese", C::Unsupported},
    {"x_mac_trad_chinese", C::Unsupported},
    {"zip", C::NotText},
    {"zlib", C::NotText},
    {"zlib_codec", C::NotText},
};

/// Code points of bytes 0x80-0xFF; 0 marks a byte the codec leaves undefined.
static const uint16_t ByteTables[][128] = {
    // cp1250
    {
        0x20AC, 0x0000, 0x201A, 0x0000, 0x201E, 0x2026, 0x2020, 0x2021, 0x0000,
        0x2030, 0x0160, 0x2039, 0x015A, 0x0164, 0x017D, 0x0179, 0x0000, 0x2018,
        0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x0000, 0x2122, 0x0161,
        0x203A, 0x015B, 0x0165, 0x017E, 0x017A, 0x00A0, 0x02C7, 0x02D8, 0x0141,
        0x00A4, 0x0104, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x015E, 0x00AB, 0x00AC,
        0x00AD, 0x00AE, 0x017B, 0x00B0, 0x00B1, 0x02DB, 0x0142, 0x00B4, 0x00B5,
        0x00B6, 0x00B7, 0x00B8, 0x0105, 0x015F, 0x00BB, 0x013D, 0x02DD, 0x013E,
        0x017C, 0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7,
        0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E, 0x0110,
        0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7, 0x0158, 0x016E,
        0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF, 0x0155, 0x00E1, 0x00E2,
        0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7, 0x010D, 0x00E9, 0x0119, 0x00EB,
        0x011B, 0x00ED, 0x00EE, 0x010F, 0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4,
        0x0151, 0x00F6, 0x00F7, 0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD,
        0x0163, 0x02D9,
    },
    // cp1251
    {
        0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC,
        0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F, 0x0452, 0x2018,
        0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x0000, 0x2122, 0x0459,
        0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408,
        0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC,
        0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5,
        0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455,
        0x0457, 0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
        0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F, 0x0420,
        0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429,
        0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F, 0x0430, 0x0431, 0x0432,
        0x0433, 0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043A, 0x043B,
        0x043C, 0x043D, 0x043E, 0x043F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0444,
        0x0445, 0x0446, 0x0447, 0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D,
        0x044E, 0x044F,
    },
    // cp1252
    {
        0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6,
        0x2030, 0x0160, 0x2039, 0x0152, 0x0000, 0x017D, 0x0000, 0x0000, 0x2018,
        0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161,
        0x203A, 0x0153, 0x0000, 0x017E, 0x0178, 0x00A0, 0x00A1, 0x00A2, 0x00A3,
        0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC,
        0x00AD, 0x00AE, 0x00AF, 0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5,
        0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE,
        0x00BF, 0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
        0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF, 0x00D0,
        0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9,
        0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF, 0x00E0, 0x00E1, 0x00E2,
        0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB,
        0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4,
        0x00F5, 0x00F6, 0x00F7, 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD,
        0x00FE, 0x00FF,
    },
    // iso8859-2
    {
        0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087, 0x0088,
        0x0089, 0x008A, 0x008B, 0x008C, 0x008D, 0x008E, 0x008F, 0x0090, 0x0091,
        0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097, 0x0098, 0x0099, 0x009A,
        0x009B, 0x009C, 0x009D, 0x009E, 0x009F, 0x00A0, 0x0104, 0x02D8, 0x0141,
        0x00A4, 0x013D, 0x015A, 0x00A7, 0x00A8, 0x0160, 0x015E, 0x0164, 0x0179,
        0x00AD, 0x017D, 0x017B, 0x00B0, 0x0105, 0x02DB, 0x0142, 0x00B4, 0x013E,
        0x015B, 0x02C7, 0x00B8, 0x0161, 0x015F, 0x0165, 0x017A, 0x02DD, 0x017E,
        0x017C, 0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7,
        0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E, 0x0110,
        0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7, 0x0158, 0x016E,
        0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF, 0x0155, 0x00E1, 0x00E2,
        0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7, 0x010D, 0x00E9, 0x0119, 0x00EB,
        0x011B, 0x00ED, 0x00EE, 0x010F, 0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4,
        0x0151, 0x00F6, 0x00F7, 0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD,
        0x0163, 0x02D9,
    },
    // iso8859-5
    {
        0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087, 0x0088,
        0x0089, 0x008A, 0x008B, 0x008C, 0x008D, 0x008E, 0x008F, 0x0090, 0x0091,
        0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097, 0x0098, 0x0099, 0x009A,
        0x009B, 0x009C, 0x009D, 0x009E, 0x009F, 0x00A0, 0x0401, 0x0402, 0x0403,
        0x0404, 0x0405, 0x0406, 0x0407, 0x0408, 0x0409, 0x040A, 0x040B, 0x040C,
        0x00AD, 0x040E, 0x040F, 0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415,
        0x0416, 0x0417, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E,
        0x041F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
        0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F, 0x0430,
        0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439,
        0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F, 0x0440, 0x0441, 0x0442,
        0x0443, 0x0444, 0x0445, 0x0446, 0x0447, 0x0448, 0x0449, 0x044A, 0x044B,
        0x044C, 0x044D, 0x044E, 0x044F, 0x2116, 0x0451, 0x0452, 0x0453, 0x0454,
        0x0455, 0x0456, 0x0457, 0x0458, 0x0459, 0x045A, 0x045B, 0x045C, 0x00A7,
        0x045E, 0x045F,
    },
    // iso8859-7
    {
        0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087, 0x0088,
        0x0089, 0x008A, 0x008B, 0x008C, 0x008D, 0x008E, 0x008F, 0x0090, 0x0091,
        0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097, 0x0098, 0x0099, 0x009A,
        0x009B, 0x009C, 0x009D, 0x009E, 0x009F, 0x00A0, 0x2018, 0x2019, 0x00A3,
        0x20AC, 0x20AF, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x037A, 0x00AB, 0x00AC,
        0x00AD, 0x0000, 0x2015, 0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x0384, 0x0385,
        0x0386, 0x00B7, 0x0388, 0x0389, 0x038A, 0x00BB, 0x038C, 0x00BD, 0x038E,
        0x038F, 0x0390, 0x0391, 0x0392, 0x0393, 0x0394, 0x0395, 0x0396, 0x0397,
        0x0398, 0x0399, 0x039A, 0x039B, 0x039C, 0x039D, 0x039E, 0x039F, 0x03A0,
        0x03A1, 0x0000, 0x03A3, 0x03A4, 0x03A5, 0x03A6, 0x03A7, 0x03A8, 0x03A9,
        0x03AA, 0x03AB, 0x03AC, 0x03AD, 0x03AE, 0x03AF, 0x03B0, 0x03B1, 0x03B2,
        0x03B3, 0x03B4, 0x03B5, 0x03B6, 0x03B7, 0x03B8, 0x03B9, 0x03BA, 0x03BB,
        0x03BC, 0x03BD, 0x03BE, 0x03BF, 0x03C0, 0x03C1, 0x03C2, 0x03C3, 0x03C4,
        0x03C5, 0x03C6, 0x03C7, 0x03C8, 0x03C9, 0x03CA, 0x03CB, 0x03CC, 0x03CD,
        0x03CE, 0x0000,
    },
    // iso8859-15
    {
        0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087, 0x0088,
        0x0089, 0x008A, 0x008B, 0x008C, 0x008D, 0x008E, 0x008F, 0x0090, 0x0091,
        0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097, 0x0098, 0x0099, 0x009A,
        0x009B, 0x009C, 0x009D, 0x009E, 0x009F, 0x00A0, 0x00A1, 0x00A2, 0x00A3,
        0x20AC, 0x00A5, 0x0160, 0x00A7, 0x0161, 0x00A9, 0x00AA, 0x00AB, 0x00AC,
        0x00AD, 0x00AE, 0x00AF, 0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x017D, 0x00B5,
        0x00B6, 0x00B7, 0x017E, 0x00B9, 0x00BA, 0x00BB, 0x0152, 0x0153, 0x0178,
        0x00BF, 0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
        0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF, 0x00D0,
        0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9,
        0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF, 0x00E0, 0x00E1, 0x00E2,
        0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB,
        0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4,
        0x00F5, 0x00F6, 0x00F7, 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD,
        0x00FE, 0x00FF,
    },
    // koi8-r
    {
        0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, 0x252C,
        0x2534, 0x253C, 0x2580, 0x2584, 0x2588, 0x258C, 0x2590, 0x2591, 0x2592,
        0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248, 0x2264, 0x2265, 0x00A0,
        0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7, 0x2550, 0x2551, 0x2552, 0x0451,
        0x2553, 0x2554, 0x2555, 0x2556, 0x2557, 0x2558, 0x2559, 0x255A, 0x255B,
        0x255C, 0x255D, 0x255E, 0x255F, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563,
        0x2564, 0x2565, 0x2566, 0x2567, 0x2568, 0x2569, 0x256A, 0x256B, 0x256C,
        0x00A9, 0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433,
        0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,
        0x044F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432, 0x044C, 0x044B,
        0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A, 0x042E, 0x0410, 0x0411,
        0x0426, 0x0414, 0x0415, 0x0424, 0x0413, 0x0425, 0x0418, 0x0419, 0x041A,
        0x041B, 0x041C, 0x041D, 0x041E, 0x041F, 0x042F, 0x0420, 0x0421, 0x0422,
        0x0423, 0x0416, 0x0412, 0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429,
        0x0427, 0x042A,
    },
    // koi8-u
    {
        0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, 0x252C,
        0x2534, 0x253C, 0x2580, 0x2584, 0x2588, 0x258C, 0x2590, 0x2591, 0x2592,
        0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248, 0x2264, 0x2265, 0x00A0,
        0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7, 0x2550, 0x2551, 0x2552, 0x0451,
        0x0454, 0x2554, 0x0456, 0x0457, 0x2557, 0x2558, 0x2559, 0x255A, 0x255B,
        0x0491, 0x255D, 0x255E, 0x255F, 0x2560, 0x2561, 0x0401, 0x0404, 0x2563,
        0x0406, 0x0407, 0x2566, 0x2567, 0x2568, 0x2569, 0x256A, 0x0490, 0x256C,
        0x00A9, 0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433,
        0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,
        0x044F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432, 0x044C, 0x044B,
        0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A, 0x042E, 0x0410, 0x0411,
        0x0426, 0x0414, 0x0415, 0x0424, 0x0413, 0x0425, 0x0418, 0x0419, 0x041A,
        0x041B, 0x041C, 0x041D, 0x041E, 0x041F, 0x042F, 0x0420, 0x0421, 0x0422,
        0x0423, 0x0416, 0x0412, 0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429,
        0x0427, 0x042A,
    },
    // cp437
    {
        0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA,
        0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6,
        0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, 0x00FF, 0x00D6, 0x00DC,
        0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA,
        0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC,
        0x00A1, 0x00AB, 0x00BB, 0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561,
        0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B,
        0x2510, 0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
        0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567, 0x2568,
        0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518,
        0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580, 0x03B1, 0x00DF, 0x0393,
        0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4, 0x03A6, 0x0398, 0x03A9, 0x03B4,
        0x221E, 0x03C6, 0x03B5, 0x2229, 0x2261, 0x00B1, 0x2265, 0x2264, 0x2320,
        0x2321, 0x00F7, 0x2248, 0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2,
        0x25A0, 0x00A0,
    },
    // cp866
    {
        0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418,
        0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F, 0x0420, 0x0421,
        0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042A,
        0x042B, 0x042C, 0x042D, 0x042E, 0x042F, 0x0430, 0x0431, 0x0432, 0x0433,
        0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C,
        0x043D, 0x043E, 0x043F, 0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561,
        0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B,
        0x2510, 0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
        0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567, 0x2568,
        0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518,
        0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580, 0x0440, 0x0441, 0x0442,
        0x0443, 0x0444, 0x0445, 0x0446, 0x0447, 0x0448, 0x0449, 0x044A, 0x044B,
        0x044C, 0x044D, 0x044E, 0x044F, 0x0401, 0x0451, 0x0404, 0x0454, 0x0407,
        0x0457, 0x040E, 0x045E, 0x00B0, 0x2219, 0x00B7, 0x221A, 0x2116, 0x00A4,
        0x25A0, 0x00A0,
    },
    // mac-roman
    {
        0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0,
        0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB,
        0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3, 0x00F2, 0x00F4, 0x00F6,
        0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3,
        0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8,
        0x2260, 0x00C6, 0x00D8, 0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5,
        0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6,
        0x00F8, 0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
        0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153, 0x2013,
        0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178,
        0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02, 0x2021, 0x00B7, 0x201A,
        0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE,
        0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9,
        0x0131, 0x02C6, 0x02DC, 0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD,
        0x02DB, 0x02C7,
    },
};

StringRef encoding::findCodingCookie(StringRef Buf) {
  // Cheap for the common case: a first line that is code.
  size_t I = 0, N = Buf.size();
  for (unsigned LineNo = 0; LineNo < 2; ++LineNo) {
    while (I < N && (Buf[I] == ' ' || Buf[I] == '\t' || Buf[I] == '\f'))
      ++I;
    if (I < N && Buf[I] == '#') {
      size_t EOL = std::min(Buf.find_first_of("\r\n", I), N);
      StringRef Line = Buf.slice(I, EOL);
      for (size_t At = Line.find("coding"); At != StringRef::npos;
           At = Line.find("coding", At + 1)) {
        StringRef Rest = Line.drop_front(At + 6);
        if (!Rest.startswith(":") && !Rest.startswith("="))
          continue;
        Rest = Rest.drop_front();
        while (!Rest.empty() && (Rest[0] == ' ' || Rest[0] == '\t'))
          Rest = Rest.drop_front();
        size_t Len = 0;
        while (Len < Rest.size() &&
               (llvm::isAlnum(Rest[Len]) || Rest[Len] == '-' ||
                Rest[Len] == '_' || Rest[Len] == '.'))
          ++Len;
        if (Len)
          return Rest.take_front(Len);
      }
      I = EOL;
    } else if (I < N && Buf[I] != '\r' && Buf[I] != '\n') {
      // Only a comment or blank line lets the search go on to line 2.
      return StringRef();
    }
    if (I < N && Buf[I] == '\r')
      ++I;
    if (I < N && Buf[I] == '\n')
      ++I;
  }
  return StringRef();
}

std::string encoding::normalCookieName(StringRef Name) {
  std::string Buf;
  for (char Ch : Name.take_front(12))
    Buf.push_back(Ch == '_' ? '-' : llvm::toLower(Ch));
  StringRef B(Buf);
  if (B == "utf-8" || B.startswith("utf-8-"))
    return "utf-8";
  if (B == "latin-1" || B == "iso-8859-1" || B == "iso-latin-1" ||
      B.startswith("latin-1-") || B.startswith("iso-8859-1-") ||
      B.startswith("iso-latin-1-"))
    return "iso-8859-1";
  return Name.str();
}

Codec encoding::lookupCodec(StringRef Name) {
  // encodings.normalize_encoding(): runs of characters other than letters,
  // digits and '.' become one '_', dropped at either end.
  std::string Norm;
  bool Punct = false;
  for (char Ch : Name) {
    if (llvm::isAlnum(Ch) || Ch == '.') {
      if (Punct && !Norm.empty())
        Norm.push_back('_');
      Norm.push_back(llvm::toLower(Ch));
      Punct = false;
    } else {
      Punct = true;
    }
  }
  auto Find = [](StringRef Key) -> const CodecName * {
    const CodecName *It = std::lower_bound(
        std::begin(CodecNames), std::end(CodecNames), Key,
        [](const CodecName &E, StringRef K) { return StringRef(E.Name) < K; });
    return It != std::end(CodecNames) && Key == It->Name ? It : nullptr;
  };
  const CodecName *E = Find(Norm);
  if (!E) {
    std::replace(Norm.begin(), Norm.end(), '.', '_');
    E = Find(Norm);
  }
  Codec Result;
  if (!E)
    return Result;
  switch (E->Kind) {
  case C::NotText:
    Result.Kind = CodecKind::NotText;
    break;
  case C::UTF8:
    Result.Kind = CodecKind::UTF8;
    break;
  case C::ASCII:
    Result.Kind = CodecKind::ASCII;
    break;
  case C::Latin1:
    Result.Kind = CodecKind::Latin1;
    break;
  case C::Unsupported:
    Result.Kind = CodecKind::Unsupported;
    break;
  default:
    Result.Kind = CodecKind::Table;
    Result.Table = ByteTables[static_cast<unsigned>(E->Kind) -
                              static_cast<unsigned>(C::Table0)];
    break;
  }
  return Result;
}

bool encoding::decodeSingleByte(const Codec &Codec, StringRef In,
                                std::string &Out, size_t &Bad) {
  Out.clear();
  Out.reserve(In.size() + In.size() / 8);
  for (size_t I = 0; I < In.size(); ++I) {
    unsigned char B = static_cast<unsigned char>(In[I]);
    uint32_t CP = B;
    if (B >= 0x80 && Codec.Kind == CodecKind::Table)
      CP = Codec.Table[B - 0x80];
    if (CP == 0 && B != 0) {
      Bad = I;
      return false;
    }
    if (CP < 0x80) {
      Out.push_back(static_cast<char>(CP));
    } else if (CP < 0x800) {
      Out.push_back(static_cast<char>(0xC0 | (CP >> 6)));
      Out.push_back(static_cast<char>(0x80 | (CP & 0x3F)));
    } else {
      Out.push_back(static_cast<char>(0xE0 | (CP >> 12)));
      Out.push_back(static_cast<char>(0x80 | ((CP >> 6) & 0x3F)));
      Out.push_back(static_cast<char>(0x80 | (CP & 0x3F)));
    }
  }
  return true;
}
