# RUN: %diff-python %s | FileCheck %s
# Shifts: arithmetic right shifts, any right shift count, left shifts that
# still fit in 64 bits (including -1 << 63, the most negative int).
print(1 << 0, 1 << 1, 1 << 62, 3 << 61, -1 << 62, -1 << 63, -2 << 62)
print(0 << 0, 0 << 63, 0 << 64, 0 << 1000000)
print(5 >> 1, -5 >> 1, -1 >> 1, 1 >> 1, -8 >> 3, 1000 >> 3)
print(-1 >> 63, -1 >> 64, -1 >> 1000, 1 >> 63, 1 >> 64, 12345 >> 10000)
print(9223372036854775807 >> 62, 9223372036854775807 >> 63)
print((-9223372036854775807 - 1) >> 63, (-9223372036854775807 - 1) >> 100)
print(True << 3, 8 >> True, True >> 1)
n = 0
while n < 66:
    if n % 13 == 0 or n > 60:
        print(n, 1 << n if n < 63 else -1 << n if n == 63 else 0, -12345 >> n)
    n += 1

# CHECK: 1 2 4611686018427387904 6917529027641081856 -4611686018427387904 -9223372036854775808 -9223372036854775808
# CHECK-NEXT: 0 0 0 0
# CHECK-NEXT: 2 -3 -1 0 -1 125
# CHECK-NEXT: -1 -1 -1 0 0 0
# CHECK-NEXT: 1 0
# CHECK-NEXT: -1 -1
# CHECK-NEXT: 8 4 0
# CHECK-NEXT: 0 1 -12345
# CHECK-NEXT: 13 8192 -2
# CHECK-NEXT: 26 67108864 -1
# CHECK-NEXT: 39 549755813888 -1
# CHECK-NEXT: 52 4503599627370496 -1
# CHECK-NEXT: 61 2305843009213693952 -1
# CHECK-NEXT: 62 4611686018427387904 -1
# CHECK-NEXT: 63 -9223372036854775808 -1
# CHECK-NEXT: 64 0 -1
# CHECK-NEXT: 65 0 -1
