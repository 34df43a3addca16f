# closures: global vs nonlocal vs local scoping, shadowing, modifying globals from nested functions
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print(counter)
x = 'global x'
def f():
    x = 'f local'
    def g():
        nonlocal x
        x = 'changed by g'
    def h():
        global x
        x = 'changed by h'
    g()
    h()
    return x
print(f(), x)
def reader():
    return counter * 10
counter = 7
print(reader())
def shadow():
    len = lambda s: -1
    return len('abc')
print(shadow(), len('abc'))
def make_acc():
    total = []
    def acc(v):
        total.append(v)
        return sum(total)
    return acc
a = make_acc()
print(a(1), a(2), a(3))
