# dicts: insertion order preserved, overwrite keeps position, delete and reinsert moves key to the end
d = {}
d['b'] = 1
d['a'] = 2
d['c'] = 3
print(d, list(d), list(d.values()))
d['b'] = 10
print(d)
del d['b']
d['b'] = 20
print(d)
d.pop('a')
d['a'] = 30
print(d, len(d))
e = {'x': 1, 'y': 2, 'x': 3}
print(e)
f = dict([('k1', 1), ('k2', 2)])
f.update({'k0': 0, 'k1': 100})
print(f)
g = {1: 'int', 1.0: 'float', True: 'bool'}
print(g)
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, list({'a': 1, 'b': 2}) == list({'b': 2, 'a': 1}))
