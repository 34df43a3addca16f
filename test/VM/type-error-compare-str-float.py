# RUN: %diff-python %s | FileCheck %s
print('b' > 1.5)

# CHECK: [exit 1] TypeError: '>' not supported between instances of 'str' and 'float'
