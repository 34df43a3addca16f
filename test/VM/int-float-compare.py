# RUN: %diff-python %s | FileCheck %s
# Comparisons between ints and floats are exact, not done in floating point.
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(9007199254740993 < 9007199254740994.0, 9007199254740993 != 9007199254740992.0)
print(9223372036854775807 == 9223372036854775808.0, 9223372036854775807 < 9223372036854775808.0)
print(-9223372036854775807 - 1 == -9223372036854775808.0, -9223372036854775807 > -9223372036854775808.0)
print(1 == 1.0, 1 < 1.5, 2 > 1.5, -1 < -0.5, 0 == -0.0, 3 <= 3.0, 3 >= 3.0000000000000004)
print(1 < 1e308 * 10, -(1e308 * 10) < -9223372036854775807, 1e308 > 9223372036854775807)
nan = 1e308 * 10 - 1e308 * 10
print(nan == nan, nan != nan, nan < 1, nan > 1, 1 <= nan, nan == 1, 1 != nan)
print(0.5 < True, True == 1.0, False == 0.0, 1.0 == True)

# CHECK: False True True
# CHECK-NEXT: True True
# CHECK-NEXT: False True
# CHECK-NEXT: True True
# CHECK-NEXT: True True True True True True False
# CHECK-NEXT: True True True
# CHECK-NEXT: False True False False False False True
# CHECK-NEXT: True True True True
