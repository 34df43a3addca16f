# RUN: %diff-python %s | FileCheck %s
# Collections while strings are held in the registers of suspended frames
# (arguments, temporaries of callers deep in a recursion).
def churn(n):
    s = ''
    i = 0
    while i < n:
        s = 'ab' * 5000 + str_piece(i)
        i += 1
    return len_of(s)
def str_piece(i):
    return 'x' * (i % 7)
def len_of(s):
    return s == s
def nest(depth, keep):
    if depth == 0:
        return churn(300)
    return keep + ('!' if nest(depth - 1, keep + 'k' * depth) else '?')
print(nest(50, 'start'))
def pair(a, b):
    return a + b
x = pair('left' * 1000 + 'L', pair('mid' * 2000, 'right' * 3000 + ('z' if churn(500) else 'w')))
print(x == 'left' * 1000 + 'L' + 'mid' * 2000 + 'right' * 3000 + 'z')

# CHECK: start!
# CHECK-NEXT: True
