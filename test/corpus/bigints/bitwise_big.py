# bigints: bitwise operators on big and negative big ints, shifts beyond 64 bits
x = (1 << 200) | 1
print(x, x.bit_length(), x >> 199, x & 0xFF, x ^ (1 << 200))
y = -(1 << 100)
print(y >> 50, y >> 99, y >> 200, y << 3, ~y, y & 0xFFFF, y | 1)
print((1 << 64) - 1, ((1 << 64) - 1) & -(1 << 32), -1 & ((1 << 80) - 1))
mask = (1 << 128) - 1
v = 0x0123456789ABCDEF0123456789ABCDEF
print(hex(v ^ mask), hex(~v & mask), hex((v << 8) & mask), hex(v >> 64))
print(bin(2 ** 70 | 2 ** 3), (2 ** 70) & (2 ** 70 - 1), (2 ** 70) | (2 ** 70 - 1) == 2 ** 71 - 1)
print((2 ** 65).bit_count(), (3 ** 50).bit_count(), (-(2 ** 65)).bit_length())
bits = 0
for i in range(0, 150, 7):
    bits |= 1 << i
print(bits, bin(bits).count('1'))
