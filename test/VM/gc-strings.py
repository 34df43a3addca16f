# RUN: %diff-python %s | FileCheck %s
# Allocates many strings, enough for several garbage collections, while
# keeping some alive in locals, globals and deep frames.
def build(n):
    s = ''
    i = 0
    while i < n:
        s = s + 'x'
        i += 1
    return s
def rep(k):
    t = 'ab' * k
    return t + t
keep = build(10)
j = 0
while j < 300:
    a = build(j)
    b = rep(j * 100)
    c = a + b
    if j % 75 == 0:
        print(j, c == a + b, a < b, 'x' * 3)
    j += 1
def deep(s, n):
    if n == 0:
        return s
    return deep(s + 'y', n - 1)
print(deep('', 500) == 'y' * 500)
big = 'z' * 3000000
print(big == 'z' * 3000000, big < 'z' * 3000001, keep)

# CHECK: 0 True False xxx
# CHECK-NEXT: 75 True False xxx
# CHECK-NEXT: 150 True False xxx
# CHECK-NEXT: 225 True False xxx
# CHECK-NEXT: True
# CHECK-NEXT: True True xxxxxxxxxx
