# closures: function factories - adders, power functions, compose, memoize decorator written as a plain function
def adder(n):
    def add(x):
        return x + n
    return add
add5 = adder(5)
print(add5(1), adder(-1)(1), adder('a')('b'))
def power(exp):
    return lambda base: base ** exp
square, cube = power(2), power(3)
print(square(7), cube(3), [power(e)(2) for e in range(6)])
def compose(f, g):
    return lambda x: f(g(x))
inc_then_sq = compose(square, add5)
print(inc_then_sq(1), compose(str, len)('hello'), compose(len, str)(12345))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
def slow_sq(n):
    print('computing', n)
    return n * n
fast = memoize(slow_sq)
print(fast(4), fast(4), fast(5), sorted(fast.cache.items()))
