# RUN: %diff-python %s | FileCheck %s
# An int zero to a negative power is a float operation.
print(0 ** 0)
print(0 ** -2)

# CHECK: 1
# CHECK-NEXT: [exit 1] ZeroDivisionError: 0.0 cannot be raised to a negative power
