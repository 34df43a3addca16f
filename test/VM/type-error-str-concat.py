# RUN: %diff-python %s | FileCheck %s
print('a' + 'b')
print('a' + 1)

# CHECK: ab
# CHECK-NEXT: [exit 1] TypeError: can only concatenate str (not "int") to str
