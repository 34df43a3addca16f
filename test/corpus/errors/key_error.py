# errors: KeyError: 'x' from a dict lookup after get() with defaults works
d = {'a': 1, 'b': 2}
print(d.get('x'), d.get('x', 0), d['a'])
del d['a']
print(d)
print(d['x'])
