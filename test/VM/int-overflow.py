# RUN: %diff-python %s | FileCheck %s
# int results beyond 64 bits become big ints, as in CPython; the ones that
# fit go back to the 64-bit form.
print(9223372036854775807 + 1, -9223372036854775807 - 2)
print(3037000500 * 3037000500, 2 ** 63, (-2) ** 64)
print(1 << 63, 3 << 62, 1 << 64)
x = -9223372036854775807 - 1
print(-x, x // -1, abs(x))
x -= 1
print(x, x + 1, -9223372036854775808, 9223372036854775808)
# CHECK: 9223372036854775808 -9223372036854775809
# CHECK-NEXT: 9223372037000250000 9223372036854775808 18446744073709551616
# CHECK-NEXT: 9223372036854775808 13835058055282163712 18446744073709551616
# CHECK-NEXT: 9223372036854775808 9223372036854775808 9223372036854775808
# CHECK-NEXT: -9223372036854775809 -9223372036854775808 -9223372036854775808 9223372036854775808
# A float result that overflows is CPython's own OverflowError.
# RUN: %diff-python %S/Inputs/float-pow-overflow.py | FileCheck --check-prefix=FLT %s
# FLT: [exit 1] OverflowError: (34, 'Numerical result out of range')
