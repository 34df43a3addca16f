# RUN: %diff-python %s | FileCheck %s
# ** is spelled '** or pow()' in the message.
print(2 ** None)

# CHECK: [exit 1] TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'NoneType'
