# RUN: %diff-python %s | FileCheck %s
# Shifts and bit operators are not defined on floats.
print(1 << 2)
print(1.5 << 2)

# CHECK: 4
# CHECK-NEXT: [exit 1] TypeError: unsupported operand type(s) for <<: 'float' and 'int'
