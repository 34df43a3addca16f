# tuples: a tuple holding mutable lists, identity of elements, tuple repr nesting and conversions
t = ([1, 2], 'x', {'k': 0})
t[0].append(3)
t[2]['k'] += 1
print(t)
l = list(t)
l[1] = 'y'
print(t, l, tuple(l))
pair = (('a', 1), ('b', 2))
print(dict(pair), list(pair), [k for k, v in pair])
r = (1,) + (2,) + ()
print(r, r == (1, 2))
print(repr((1,)), repr(((),)), repr(('a',) * 3), str((None, True)))
print(tuple(sorted({3, 1, 2})), tuple(reversed((1, 2, 3))))
