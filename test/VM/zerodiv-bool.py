# RUN: %diff-python %s | FileCheck %s
# False is a zero int.
print(True / True)
print(1 // False)

# CHECK: 1.0
# CHECK-NEXT: [exit 1] ZeroDivisionError: integer division or modulo by zero
