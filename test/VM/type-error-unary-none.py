# RUN: %diff-python %s | FileCheck %s
print(+None)

# CHECK: [exit 1] TypeError: bad operand type for unary +: 'NoneType'
