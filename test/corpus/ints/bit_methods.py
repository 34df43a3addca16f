# ints: int methods bit_length, bit_count, to_bytes-free numeric helpers, as_integer_ratio
for n in [0, 1, 2, 3, 255, 256, -1, -256, 2 ** 40]:
    print(n, n.bit_length(), n.bit_count())
print((12).as_integer_ratio(), (-7).numerator, (5).denominator, (9).real, (9).imag)
print((10).conjugate(), abs(-10), (-10).__abs__())
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(16)])
print([i.bit_count() for i in range(16)])
def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0
print([k for k in range(70) if is_power_of_two(k)])
