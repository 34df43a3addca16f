# RUN: %diff-python %s | FileCheck %s
'abc'(1)

# CHECK: [exit 1] TypeError: 'str' object is not callable
