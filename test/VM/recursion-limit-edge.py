# RUN: %diff-python %s | FileCheck %s
# One frame more than recursion-error.py's deepest successful call.
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(998))

# CHECK: 998
