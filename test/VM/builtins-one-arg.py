# RUN: %diff-python %s | FileCheck %s
# abs, len, chr, ord, hex, oct, bin, repr, str and bool on every type pyr has;
# repr escapes what CPython's str.isprintable() rejects.
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(True), abs(False), abs(-9223372036854775807))
print(len(''), len('abc'), len('héllo'), len('日本語'), len('\U0001F600x'))
print(chr(65), chr(233), chr(0x65e5), chr(0x1F600), chr(True), repr(chr(0)), repr(chr(127)))
print(ord('a'), ord('é'), ord('日'), ord('\U0001F600'), ord('\x00'))
print(hex(0), hex(255), hex(-255), hex(9223372036854775807), hex(-9223372036854775807 - 1), hex(True))
print(oct(0), oct(8), oct(-8), bin(0), bin(5), bin(-5), bin(-9223372036854775807 - 1))
print(repr('a'), repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('tab\tnl\ncr\r\\'))
print(repr('\x85\xa0\xad\u200b\u2028\ufeff\U000e0001\ue000é日'), repr('\x7f\x1b'))
print(repr(1), repr(2.5), repr(None), repr(True), repr(-0.0), repr(1e16))
print(str(), str(1), str(2.5), str(None), str(True), str('x'), str(-0.0))
print(bool(), bool(0), bool(1), bool(''), bool('a'), bool(0.0), bool(-0.0), bool(None), bool(2.5))
print(len(repr('日')), len(str(12345)))
# CHECK: 5 5 2.5 0.0 1 0 9223372036854775807
# CHECK-NEXT: 0 3 5 3 2
# CHECK-NEXT: A é 日 😀  '\x00' '\x7f'
# CHECK-NEXT: 97 233 26085 128512 0
# CHECK-NEXT: 0x0 0xff -0xff 0x7fffffffffffffff -0x8000000000000000 0x1
# CHECK-NEXT: 0o0 0o10 -0o10 0b0 0b101 -0b101 -0b1000000000000000000000000000000000000000000000000000000000000000
# CHECK-NEXT: 'a' "it's" 'say "hi"' 'both \' and "' 'tab\tnl\ncr\r\\'
# CHECK-NEXT: '\x85\xa0\xad\u200b\u2028\ufeff\U000e0001\ue000é日' '\x7f\x1b'
# CHECK-NEXT: 1 2.5 None True -0.0 1e+16
# CHECK-NEXT:  1 2.5 None True x -0.0
# CHECK-NEXT: False False True False True False False False True
# CHECK-NEXT: 3 5
