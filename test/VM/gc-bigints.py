# RUN: %diff-python %s | FileCheck %s
# Big ints are collected: a loop makes millions of bytes of them while a
# few stay reachable (globals, a constant, a function's registers).
keep = 2 ** 300
K = 123456789012345678901234567890
def step(x):
    y = x * x + K
    return y % (2 ** 1000 + 297)
x = 3
i = 0
total = 0
while i < 30000:
    x = step(x)
    total = (total + (x >> 900)) % K
    i += 1
print(x % 1000000007, total, keep == 2 ** 300, K)
# CHECK: 94570019 106122960911119034955362714614 True 123456789012345678901234567890
