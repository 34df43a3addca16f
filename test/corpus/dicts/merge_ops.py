# dicts: | and |= merge operators, ** unpacking merge, key precedence, dict equality and views
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, {**a, **b}, {**b, 'x': 0, **a})
a |= b
print(a)
a |= [('w', -1)]
print(a)
print(a.keys() & {'x', 'w', 'q'} == {'x', 'w'}, sorted(a.keys() - {'x'}), sorted(a.keys() | {'new'}))
print({1: 'a'} == {1.0: 'a'}, {'a': [1]} == {'a': [1]}, {} == dict())
defaults = {'color': 'red', 'size': 'M', 'qty': 1}
order = {'size': 'L', 'qty': 3}
final = defaults | order
print(final, list(final))
print(dict(reversed(list(final.items()))), list(reversed(final)))
