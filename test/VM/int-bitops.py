# RUN: %diff-python %s | FileCheck %s
# Bitwise operators on negative ints behave as on infinite two's complement.
print(-5 & 3, -5 | 3, -5 ^ 3, -5 & -3, -5 | -3, -5 ^ -3)
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-13, ~0, ~-1)
print(-1 & 9223372036854775807, -1 ^ 9223372036854775807)
print((-9223372036854775807 - 1) | 1, ~9223372036854775807)
print(6 & 3 | 8 ^ 1, 6 & (3 | 8) ^ 1, 1 | 2 ^ 3 & 4)
print(-(1 << 62) & ((1 << 62) - 1), ~(-(1 << 62)))

# CHECK: 3 -5 -8 -7 -1 6
# CHECK-NEXT: 8 14 6 -13 12 -1 0
# CHECK-NEXT: 9223372036854775807 -9223372036854775808
# CHECK-NEXT: -9223372036854775807 -9223372036854775808
# CHECK-NEXT: 11 3 3
# CHECK-NEXT: 0 4611686018427387903
