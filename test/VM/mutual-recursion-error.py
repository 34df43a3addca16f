# RUN: %diff-python %s | FileCheck %s
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
print(ping(0))

# CHECK: [exit 1] RecursionError: maximum recursion depth exceeded
