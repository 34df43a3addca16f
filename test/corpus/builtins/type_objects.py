# builtins: the type objects int/float/bool/str - repr and str of the classes themselves, and calling them through aliases
print(int, float, bool, str)
print(repr(int), str(float), repr(bool), str(str))
print(int == int, int != float, str is str, bool == int)
convert = int
print(convert('42') + 1, convert(3.9), convert(True))
to_text = str
print(to_text(1.5) + '!', to_text(None), len(to_text(10 ** 18)))
def describe(t):
    return 'type ' + str(t)
print(describe(int), describe(str))
