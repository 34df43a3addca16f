# tuples: functions returning tuples, swapping, divmod-style results, min/max tracking
def stats(values):
    lo = hi = values[0]
    total = 0
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
        total += v
    return lo, hi, total / len(values)
print(stats([4, 8, 15, 16, 23, 42]))
lo, hi, avg = stats([-3, 3])
print(lo, hi, avg)
def split_name(full):
    first, _, last = full.partition(' ')
    return first, last
print(split_name('Grace Hopper'), split_name('Plato'))
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 'xyz'
print(x, y, z)
def fib_pair(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a, b
print([fib_pair(n) for n in range(6)])
