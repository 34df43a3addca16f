# RUN: %diff-python %s | FileCheck %s
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(25))
# CHECK: 75025
