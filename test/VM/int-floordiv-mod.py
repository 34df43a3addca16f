# RUN: %diff-python %s | FileCheck %s
# Floor division and modulo round towards negative infinity; the result of
# % takes the sign of the divisor.
a = 7
while a >= -7:
    print(a, a // 3, a % 3, a // -3, a % -3)
    a -= 1
print(-1 // 10, -1 % 10, 1 // -10, 1 % -10)
print(-9223372036854775807 // 2, -9223372036854775807 % 2)
print((-9223372036854775807 - 1) // 3, (-9223372036854775807 - 1) % 3)
print((-9223372036854775807 - 1) % -1, 9223372036854775807 % -1)
print(9223372036854775807 // -9223372036854775807, 5 // 9223372036854775807)
print(-5 // 9223372036854775807, -5 % 9223372036854775807)
print(100 // 7 * 7 + 100 % 7, -100 // 7 * 7 + -100 % 7)

# CHECK: 7 2 1 -3 -2
# CHECK-NEXT: 6 2 0 -2 0
# CHECK-NEXT: 5 1 2 -2 -1
# CHECK-NEXT: 4 1 1 -2 -2
# CHECK-NEXT: 3 1 0 -1 0
# CHECK-NEXT: 2 0 2 -1 -1
# CHECK-NEXT: 1 0 1 -1 -2
# CHECK-NEXT: 0 0 0 0 0
# CHECK-NEXT: -1 -1 2 0 -1
# CHECK-NEXT: -2 -1 1 0 -2
# CHECK-NEXT: -3 -1 0 1 0
# CHECK-NEXT: -4 -2 2 1 -1
# CHECK-NEXT: -5 -2 1 1 -2
# CHECK-NEXT: -6 -2 0 2 0
# CHECK-NEXT: -7 -3 2 2 -1
# CHECK-NEXT: -1 9 -1 -9
# CHECK-NEXT: -4611686018427387904 1
# CHECK-NEXT: -3074457345618258603 1
# CHECK-NEXT: 0 0
# CHECK-NEXT: -1 0
# CHECK-NEXT: -1 9223372036854775802
# CHECK-NEXT: 100 -100
