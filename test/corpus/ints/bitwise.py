# ints: & | ^ ~ << >> including negative operands (two's complement semantics)
vals = [0, 1, 5, -1, -6, 255, -256]
for v in vals:
    print(v, ~v, v << 3, v >> 1, v & 0xF, v | 0x10, v ^ 0xFF)
print(6 & 3, 6 | 3, 6 ^ 3, ~0, ~~7)
print(-8 >> 1, -7 >> 1, -1 >> 100, 1 << 62, 1 << 63, 1 << 64)
print(0b1010 & 0b0110, 0o17 | 0x10, 0xFFFF ^ 0x0F0F)
flags = 0
for bit in [0, 3, 5]:
    flags |= 1 << bit
print(flags, bin(flags))
flags &= ~(1 << 3)
print(flags, bin(flags))
print([(flags >> i) & 1 for i in range(8)])
x = 0x12345678
print(hex((x >> 16) & 0xFFFF), hex(x & 0xFFFF))
print(True & False, True | False, True ^ True, ~True, True << 4)
