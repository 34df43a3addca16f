# RUN: %diff-python %s | FileCheck %s
# Unary operators on unsupported types.
print(-1.5, +2.5, ~3)
print(-'a')

# CHECK: -1.5 2.5 -4
# CHECK-NEXT: [exit 1] TypeError: bad operand type for unary -: 'str'
