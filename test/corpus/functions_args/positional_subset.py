# functions_args: positional-only style calls, recursion and mutual recursion, functions as values, implicit None
def add(a, b):
    return a + b
def apply(f, x, y):
    return f(x, y)
print(apply(add, 2, 3), apply(add, 'ab', 'cd'), apply(max, 3, 9), apply(pow, 2, 10))
def nothing():
    pass
def early(n):
    if n > 0:
        return 'positive'
    print('not positive')
print(nothing(), early(5), early(-1))
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
print(is_even(10), is_odd(7), is_even(301))
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(0), fact(5), fact(20))
def hanoi(n, a, b, c):
    if n == 0:
        return 0
    return hanoi(n - 1, a, c, b) + 1 + hanoi(n - 1, c, b, a)
print(hanoi(10, 'A', 'B', 'C'), hanoi(16, 1, 2, 3))
f = fact
g = f
print(g(6), f is fact, f == g, add is not fact)
def outer(x):
    def inner(y):
        return y * 2
    return inner(x) + inner(1)
print(outer(10))
