# RUN: %diff-python %s | FileCheck %s
# Unsupported operand types name both types.
print(1 + 2)
print(1 + None)

# CHECK: 3
# CHECK-NEXT: [exit 1] TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'
