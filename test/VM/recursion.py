# RUN: %diff-python %s | FileCheck %s
# Recursion: factorial, Ackermann (small), mutual recursion, gcd.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(0), fact(5), fact(20))
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3))
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7), is_odd(0))
def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
def hanoi(n, a, b, c):
    if n == 0:
        return 0
    return hanoi(n - 1, a, c, b) + 1 + hanoi(n - 1, c, b, a)
print(hanoi(10, 'a', 'b', 'c'))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20), fib(30))

# CHECK: 1 120 2432902008176640000
# CHECK-NEXT: 1 4 9 61
# CHECK-NEXT: True True False False
# CHECK-NEXT: 21 1 9
# CHECK-NEXT: 1023
# CHECK-NEXT: 6765 832040
