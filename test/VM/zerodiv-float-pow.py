# RUN: %diff-python %s | FileCheck %s
# 0.0 to a negative power.
print(0.0 ** 2, 0.0 ** 0)
print(0.0 ** -1)

# CHECK: 0.0 1.0
# CHECK-NEXT: [exit 1] ZeroDivisionError: 0.0 cannot be raised to a negative power
