# RUN: %diff-python %s | FileCheck %s
# ZeroDivisionError wording of int % 0.
x = 0
print(-7 % x)

# CHECK: [exit 1] ZeroDivisionError: integer modulo by zero
