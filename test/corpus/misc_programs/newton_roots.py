# misc_programs: Newton's method for square and cube roots on floats and integer square roots on ints
def sqrt(x):
    if x == 0:
        return 0.0
    g = x
    i = 0
    while i < 60:
        g = (g + x / g) / 2
        i += 1
    return g
def cbrt(x):
    g = x if x > 1 else 1.0
    i = 0
    while i < 200:
        g = (2 * g + x / (g * g)) / 3
        i += 1
    return g
print(sqrt(2), sqrt(2) ** 2, sqrt(1e-10), sqrt(1e300), sqrt(0), 2 ** 0.5 == sqrt(2))
print(cbrt(27), cbrt(2), cbrt(1000), cbrt(0.001))
def isqrt(n):
    lo = 0
    hi = min(n, 3037000499) + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
print(isqrt(99), isqrt(100), isqrt(10 ** 18 - 1), isqrt(3037000499 ** 2), int(sqrt(10 ** 15)))
