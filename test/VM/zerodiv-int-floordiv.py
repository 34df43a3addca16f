# RUN: %diff-python %s | FileCheck %s
# ZeroDivisionError wording of int // 0.
print(7 // 1)
print(7 // 0)

# CHECK: 7
# CHECK-NEXT: [exit 1] ZeroDivisionError: integer division or modulo by zero
