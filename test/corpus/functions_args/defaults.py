# functions_args: default values, evaluated once at def time, mutable default accumulating, None sentinel
def greet(name, greeting='Hello', punct='!'):
    return f'{greeting}, {name}{punct}'
print(greet('Ann'), greet('Bo', 'Hi'), greet('Cy', punct='?'), greet(greeting='Yo', name='Di'))
def append_bad(x, acc=[]):
    acc.append(x)
    return acc
print(append_bad(1), append_bad(2), append_bad(3, []), append_bad(4))
def append_good(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(append_good(1), append_good(2))
base = 10
def scaled(x, factor=base):
    return x * factor
base = 1000
print(scaled(2), scaled(2, base))
calls = 0
def counted():
    global calls
    calls += 1
    return calls
def f(a=counted(), b=counted()):
    return a, b
print(f(), f(), calls)
def cache_default(n, _cache={}):
    _cache[n] = n * n
    return len(_cache)
print(cache_default(1), cache_default(2), cache_default(1))
