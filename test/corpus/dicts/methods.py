# dicts: get/setdefault/pop/popitem/update/keys/values/items/copy/clear/fromkeys with defaults
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 99), d)
print(d.pop('b'), d.pop('missing', 'dflt'), d)
d.update(x=5, y=6)
d.update([('z', 7)])
print(d, d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print('a' in d, 1 in d, 'a' in d.keys(), 1 in d.values(), ('a', 1) in d.items())
c = d.copy()
c['new'] = 'only in copy'
print(d, c)
c.clear()
print(c, len(c), bool(c), bool(d))
print(dict.fromkeys(['p', 'q']), dict.fromkeys('ab', 0), dict(a=1, b=[2]))
keys = d.keys()
d['late'] = True
print(keys, len(keys), d.values(), d.items())
print(dict(zip('xyz', range(3))), dict({'m': 1}, n=2))
