# strings: +, * (incl. bool and negative counts), comparisons, len/min/max/ord/chr on unicode text
a = 'héllo'
b = '中文😀'
print(a + b, len(a + b), b * 2, 2 * b, a * 0, a * -1, a * True, a * False, len(b * 100))
print(a < b, a > b, 'a' < 'é' < '中' < '😀', 'Z' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < 'a')
print(a == 'h' + 'é' + 'llo', a != 'hello', 'é' == 'e\u0301', 'a' * 3 == 'aaa')
print(min(a), max(a), min(b), max(b), min('hello', 'help'), max('a', 'B', 'c'))
print(ord('é'), ord('中'), ord('😀'), chr(233) + chr(20013) + chr(128512), chr(0x41) * 3)
s = ''
c = ord('a')
while c <= ord('z'):
    s = s + chr(c)
    c += 1
print(s, len(s))
t = ''
k = 0
while k < 5:
    t = chr(0x4e00 + k) + t
    k += 1
print(t, len(t), min(t), max(t))
print(str(12) + str(3.5) + str(True) + str(None) + str(-0.0), repr(str(1e100)))
print(len(''), bool(''), bool(' '), not '', '' or 'default', 'x' and 'y')
