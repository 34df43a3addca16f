# RUN: %diff-python %s | FileCheck %s
print(3 & 1.0)

# CHECK: [exit 1] TypeError: unsupported operand type(s) for &: 'int' and 'float'
