# builtins: any() and all() on empty and non-empty iterables, short-circuit with list comprehensions and map
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any([0, 0, 1]), all([1, 0, 1]))
print(any('abc'), all(''), any([[]]), all([[]]), any({0: 1}), all({1: 0}))
nums = [2, 4, 6, 7]
print(all([n % 2 == 0 for n in nums]), any([n > 6 for n in nums]), any(map(str.isdigit, 'ab3')))
def is_prime(n):
    return n > 1 and all([n % d for d in range(2, int(n ** 0.5) + 1)])
print([n for n in range(30) if is_prime(n)])
grid = [[1, 1], [1, 0]]
print(all([all(row) for row in grid]), any([all(row) for row in grid]), all(map(any, grid)))
