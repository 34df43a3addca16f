# RUN: %diff-python %s | FileCheck %s
print(~1.5)

# CHECK: [exit 1] TypeError: bad operand type for unary ~: 'float'
