# builtins: type() and isinstance() with builtin types and tuples of types, type names, type(x) == comparisons
vals = [0, 1.5, 'x', [], (), {}, set(), None, True, range(1), frozenset(), len, 10 ** 30]
for v in vals:
    print(type(v), type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, float)), type(1) == int, type(True) is bool)
print(type(type(1)), type(int), isinstance(int, type), issubclass(bool, int), issubclass(int, (str, object)))
def kind(x):
    if isinstance(x, bool):
        return 'bool'
    if isinstance(x, (int, float)):
        return 'number'
    if isinstance(x, str):
        return 'text'
    return type(x).__name__
print([kind(v) for v in [True, 3, 2.5, 'a', [1], {}]])
