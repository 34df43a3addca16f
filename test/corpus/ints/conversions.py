# ints: int() from strings in various bases, hex/oct/bin, str() and repr
print(int('42'), int('  -42  '), int('+7'), int('1_000_000'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0))
print(int('777', 8), int('0o777', 0), int('101', 2), int('0b101', 0))
print(int('z', 36), int('Zz', 36), int('10', 3))
print(int(3.99), int(-3.99), int(True), int(False), int(1e18))
print(hex(255), hex(-255), oct(8), oct(-8), bin(10), bin(-10), bin(0))
print(str(12345), repr(-12345), str(0), len(str(2 ** 63)))
for s in ['0', '00', '007', '-0', '1_2_3']:
    print(repr(s), int(s))
print(int('11111111', 2) == 0xFF == 255 == 0o377)
digits = '31415926535'
n = 0
for ch in digits:
    n = n * 10 + (ord(ch) - ord('0'))
print(n, n == int(digits))
print(int(), int('-0x10', 16), int('  0b11  ', 0))
