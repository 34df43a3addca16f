# RUN: %diff-python %s | FileCheck %s
# Comparisons between big ints, small ints and floats are exact, as in
# CPython (no rounding of the int to a float first).
print(2 ** 64 + 1 == 2.0 ** 64, 2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64)
print(10 ** 400 > 1e308, 10 ** 400 < float('inf'), -10 ** 400 > float('-inf'), 10 ** 400 == float('inf'))
print(10 ** 400 != float('nan'), 10 ** 400 < float('nan'), 10 ** 400 >= float('nan'))
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53 + 1.0, 9007199254740993 < 9007199254740992.0)
print(2 ** 70 < 2 ** 70 + 0.5, 2 ** 70 > 2.0 ** 70 - 1, -2 ** 70 < -2.0 ** 70 + 262144, 1.5 < 2 ** 70)
print(2 ** 1023 * 2 > 1.7976931348623157e308, 2 ** 1024 - 2 ** 970 > 1.7976931348623157e308)
print(2 ** 64 > 2 ** 63, -2 ** 64 < -2 ** 63, 2 ** 64 == 2 ** 64, 2 ** 64 != 2 ** 64 + 1)
print(2 ** 64 > 9223372036854775807, -2 ** 64 < -9223372036854775808, 2 ** 64 > True, 2 ** 64 == 1)
print(10 ** 30 <= 10 ** 30, 10 ** 30 >= 10 ** 30 + 1, -10 ** 30 < 5, 5 < 10 ** 30)
print(10 ** 30 == 10.0 ** 30, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(max(2 ** 64, 2 ** 63, 1.5), min(-2 ** 64, 5, -1e30), max(10 ** 400, 1e308))
print(2 ** 64 - 2 ** 64 == 0, 2 ** 64 == '2')
def sign(n):
    if n > 0:
        return 1
    if n < 0:
        return -1
    return 0
print(sign(2 ** 70), sign(-2 ** 70), sign(2 ** 70 - 2 ** 70))
n = 0
x = 2 ** 100
while x > 2 ** 64:
    x //= 2
    n += 1
print(n, x)
# CHECK: False True True
# CHECK-NEXT: True True True False
# CHECK-NEXT: True False False
# CHECK-NEXT: False True False
# CHECK-NEXT: False False True True
# CHECK-NEXT: True True
# CHECK-NEXT: True True True True
# CHECK-NEXT: True True True False
# CHECK-NEXT: True False True True
# CHECK-NEXT: False True False
# CHECK-NEXT: 18446744073709551616 -1e+30 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
# CHECK-NEXT: True False
# CHECK-NEXT: 1 -1 0
# CHECK-NEXT: 36 18446744073709551616
