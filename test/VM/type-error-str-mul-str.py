# RUN: %diff-python %s | FileCheck %s
print('ab' * 'c')

# CHECK: [exit 1] TypeError: can't multiply sequence by non-int of type 'str'
