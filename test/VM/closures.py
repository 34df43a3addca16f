# RUN: %diff-python %s | FileCheck %s
# Closures: cells shared between a function and the functions nested in
# it, nonlocal, late binding, lambdas, default values evaluated once.
def make_counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    inc(start)
    return get

print(make_counter(4)())

def make_acc():
    total = 0
    def add(x):
        nonlocal total
        total = total + x
        return total
    return add

acc = make_acc()
print(acc(1), acc(10), acc(100))
acc2 = make_acc()
print(acc2(5), acc(0))

# Late binding: the cell is read when the inner function runs.
def late():
    x = 1
    def show():
        return x
    x = 2
    print(show())
    x = 3
    return show()
print(late())

# Three levels; the middle function only passes the cell through.
def level1(a):
    def level2():
        def level3():
            return a * 10
        return level3
    return level2()()
print(level1(4))

# A parameter captured by a nested function.
def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(1), adder(-1)(1), (lambda: 7)())

# nonlocal through an intermediate function.
def outer():
    v = 0
    def mid():
        def inner():
            nonlocal v
            v += 1
        inner()
        inner()
        return v
    return mid()
print(outer())

# Default values are evaluated once, where the def runs.
k = 10
def with_default(a, b=k * 2, c='x'):
    print(a, b, c)
k = 99
with_default(1)
with_default(1, 2)
with_default(1, 2, 3)
print((lambda a, b=3: a * b)(4), (lambda a, b=3: a * b)(4, 5))

# Recursion through a closure.
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(make_fact()(10))

# A global declaration in the enclosing function hides its local.
g = 'global'
def hides():
    global g
    def inner():
        return g
    return inner()
print(hides())

# Closures in a loop share one cell: all see the last value.
def loop_cells():
    i = 0
    f = None
    while i < 3:
        if i == 1:
            f = lambda: i
        i += 1
    return f()
print(loop_cells())
# CHECK: 8
# CHECK-NEXT: 1 11 111
# CHECK-NEXT: 5 111
# CHECK-NEXT: 2
# CHECK-NEXT: 3
# CHECK-NEXT: 40
# CHECK-NEXT: 6 0 7
# CHECK-NEXT: 2
# CHECK-NEXT: 1 20 x
# CHECK-NEXT: 1 2 x
# CHECK-NEXT: 1 2 3
# CHECK-NEXT: 12 20
# CHECK-NEXT: 3628800
# CHECK-NEXT: global
# CHECK-NEXT: 3
