# functions_args: lambdas with defaults, as sort keys, immediately invoked, returning tuples, in dicts
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a / b}
print([ops[o](12, 4) for o in '+-*/'])
print((lambda: 'nullary')(), (lambda x, y=10: x + y)(5), (lambda *a: len(a))(1, 2, 3))
print((lambda **kw: sorted(kw))(z=1, a=2), (lambda x: (x, x * 2))(4))
pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: len(p[1])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(abs, lambda v: v - 10)(3))
print(list(map(lambda s: s[::-1], ['ab', 'cd'])), list(filter(lambda n: n % 3 == 0, range(10))))
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(10), (lambda: None)(), type(lambda: 0).__name__)
print((lambda x: (y := x * 2) + y)(5))
