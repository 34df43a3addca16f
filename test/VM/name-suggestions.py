# RUN: %diff-python %s | FileCheck %s
# "Did you mean" for a NameError: the function's bound locals are searched
# first, so 'countr' suggests the local 'counter' over the global
# 'counted'; an unbound local ('countz') is not a candidate.
counted = 1
def f(n):
    counter = n
    if n > 5:
        countz = 0
    return countr + 1
print(f(1))
# CHECK: [exit 1] NameError: name 'countr' is not defined. Did you mean: 'counter'?
