# closures: late binding of loop variables in closures and lambdas, fixing with default args or factories
fs = []
for i in range(4):
    fs.append(lambda: i * 10)
print([f() for f in fs])
fixed = []
for i in range(4):
    fixed.append(lambda i=i: i * 10)
print([f() for f in fixed])
def make_mult(n):
    return lambda x: x * n
mults = [make_mult(n) for n in range(1, 4)]
print([m(5) for m in mults])
i = 100
print([f() for f in fs])
adders = {}
for name, delta in [('one', 1), ('ten', 10)]:
    def add(x, delta=delta):
        return x + delta
    adders[name] = add
print(adders['one'](5), adders['ten'](5))
def run():
    out = []
    for k in range(3):
        def show():
            return k
        out.append(show)
    k = 'final'
    return [f() for f in out]
print(run())
