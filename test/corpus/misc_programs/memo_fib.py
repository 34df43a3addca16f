# misc_programs: memoised fibonacci with a dict (global cache and default-arg cache), big values, call counts
cache = {0: 0, 1: 1}
calls = 0
def fib(n):
    global calls
    calls += 1
    if n not in cache:
        cache[n] = fib(n - 1) + fib(n - 2)
    return cache[n]
print(fib(30), calls)
print(fib(200))
print(calls, len(cache))
def fib2(n, _memo={}):
    if n < 2:
        return n
    if n in _memo:
        return _memo[n]
    v = fib2(n - 1) + fib2(n - 2)
    _memo[n] = v
    return v
print([fib2(i) for i in range(15)], fib2(90))
print(fib(300) == fib2(300), str(fib(300))[:20])
