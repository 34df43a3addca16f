# RUN: %diff-python %s | FileCheck %s
print('a' - 'b')

# CHECK: [exit 1] TypeError: unsupported operand type(s) for -: 'str' and 'str'
