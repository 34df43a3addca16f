# RUN: %diff-python %s | FileCheck %s
# ZeroDivisionError wording of float / 0, also for int / 0.0.
print(1.5 / 2)
print(1 / 0.0)

# CHECK: 0.75
# CHECK-NEXT: [exit 1] ZeroDivisionError: float division by zero
