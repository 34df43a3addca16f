# ints: values at the signed 64-bit boundaries whose results stay in range, int/float comparisons there
big = 9223372036854775807
small = -9223372036854775807 - 1
print(big, small, big - 1, small + 1, -big, small + big, big + small)
print(big // 2, big % 2, big // -3, big % -3, small // 3, small % 3, small // -7, small % -7)
print(big // big, small // small, small // big, small % big, big % small)
print(abs(-big), abs(small + 1), -(small + 1))
print(hex(big), hex(small), oct(small), bin(big), bin(small))
print(int('-9223372036854775808'), int('9223372036854775807'), int('-0x8000000000000000', 16))
print(big == 9223372036854775808.0, big < 9223372036854775808.0, float(big), float(small))
print(small == -9223372036854775808.0, small < -9223372036854775807, big / 1, small / -2)
print(3037000499 * 3037000499, -3037000499 * 3037000499, 2 ** 62 + (2 ** 62 - 1))
print(big >> 1, big >> 62, big >> 63, small >> 1, small >> 63, small >> 200, 1 << 62, -1 << 63)
print(big & small, big | small, big ^ small, ~big, ~small, big & -big)
print(max(big, small), min(big, small, 0), pow(2, 62), pow(-2, 63), pow(3, 39))
print(pow(big, 2, 1000000007), pow(small, 3, 1000000007), pow(big, big, 97))
print(big * 1.0, int(9.2e18), int(-9.2e18), int(float(small)))
