# RUN: %diff-python %s | FileCheck %s
# Negative number literals are folded into constants; the values, signed
# zeros and immediates must be exactly CPython's.
x = -5
y = -2147483648
z = -2147483649
w = -9223372036854775807
f = -0.0
g = -1.5e300
print(x, y, z, w, f, g, - 0.0, -(0.0), -(-3))
print(x - -32768, x + -32769, x - -1.5)
# CHECK: -5 -2147483648 -2147483649 -9223372036854775807 -0.0 -1.5e+300 -0.0 -0.0 3
# CHECK: 32763 -32774 -3.5
