# unpacking: *iterable and **mapping in calls, multiple stars, positional+keyword merge in calls
def show(a, b, c=0, *rest, key=None, **extra):
    print(a, b, c, rest, key, extra)
args = [1, 2]
kwargs = {'key': 'k', 'x': 1}
show(*args)
show(*args, 3, 4, *(5, 6))
show(*range(2), **kwargs)
show(0, *'ab', **{'y': 2}, **{'z': 3})
show(**{'a': 'A', 'b': 'B'})
print(*[1, 2, 3], sep=' | ')
print(*'abc', *[], *range(2))
print(max(*[3, 9, 2]), min(*'zyx'), list(zip(*[[1, 2, 3], [4, 5, 6]])))
def total(*nums):
    return sum(nums)
matrix = [[1, 2], [3, 4]]
print(total(*matrix[0], *matrix[1]))
