# errors: StopIteration from next() on an exhausted iterator
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
next(it)
