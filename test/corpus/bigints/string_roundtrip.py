# bigints: int('9'*50) and friends - parsing, str/repr, hex/bin/oct of big values, bases
n = int('9' * 50)
print(n, n + 1, len(str(n + 1)), n // 10 ** 49)
m = int('-' + '123456789' * 5)
print(m, repr(m), abs(m), -m)
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 70 + 1))
print(hex(-(2 ** 90) - 1), int(hex(3 ** 80), 16) == 3 ** 80)
print(int('1' * 70, 2), int('z' * 20, 36), int('7' * 40, 8))
print(str(10 ** 50)[:10], str(10 ** 50)[-5:], len(str(10 ** 100)))
print(int('  +000123456789012345678901234567890  '), int('1_000_000_000_000_000_000_000'))
x = 1
for i in range(1, 30):
    x = x * 10 + i % 10
print(x, len(str(x)), str(x)[::-1][:5])
print(f'{2 ** 80:,}', f'{2 ** 80:x}', f'{-(10 ** 20):_}', f'{10 ** 25:>30}')
