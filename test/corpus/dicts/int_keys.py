# dicts: non-string keys - ints, negative ints, tuples, floats, None, bool/int collision, frozenset keys
d = {0: 'zero', -1: 'neg', 10 ** 20: 'big', (1, 2): 'tuple', 2.5: 'float', None: 'none'}
print(d)
print(d[0], d[-1], d[10 ** 20], d[(1, 2)], d[2.5], d[None], d[False])
d[True] = 'true'
d[1.0] = 'one-float'
print(d)
fs = {frozenset([1, 2]): 'fs'}
print(fs[frozenset([2, 1])])
squares = {n: n * n for n in range(-3, 4)}
print(squares, squares[-3])
memo = {}
def tri(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else n + tri(n - 1)
    memo[n] = r
    return r
print(tri(50), len(memo), list(memo)[:5])
