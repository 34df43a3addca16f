# closures: recursive inner functions, closures referencing themselves, mutual recursion through enclosing scope
def count_paths(rows, cols):
    memo = {}
    def go(r, c):
        if r == 0 or c == 0:
            return 1
        if (r, c) not in memo:
            memo[(r, c)] = go(r - 1, c) + go(r, c - 1)
        return memo[(r, c)]
    return go(rows, cols)
print(count_paths(2, 2), count_paths(10, 10), count_paths(16, 16))
def parity():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)
    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    return is_even, is_odd
ev, od = parity()
print(ev(10), od(7), ev(3))
def flatten(nested):
    out = []
    def walk(x):
        if isinstance(x, list):
            for y in x:
                walk(y)
        else:
            out.append(x)
    walk(nested)
    return out
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
