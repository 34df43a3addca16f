# RUN: %diff-python %s | FileCheck %s
# List, set and dict comprehensions: nested for/if clauses, scoping (the
# loop variables stay inside, the outermost iterable is evaluated outside),
# closures over the loop variables (late binding), and evaluation order.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
print([x * 2 for x in xs])
print([x for x in xs if x % 2 if x > 1])
print([(i, c) for i in range(3) if i != 1 for c in 'ab'])
print([[j for j in range(i)] for i in range(4)])
print({x % 4 for x in xs}, {c for c in 'mississippi'} == set('misp'))
print({w: len(w) for w in ['a', 'bb', 'ccc']})
print({i: j for i in range(3) for j in range(i)})
print([x for x in {3: 'a', 1: 'b'}], [x for x in {5, 6, 7}])
print([k + v for k, v in {'a': 'x', 'b': 'y'}.items()])
print([a * b for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])
print([first for first, *rest in ['abc', 'de']], [rest for _, *rest in ['abc']])

# The loop variable does not leak, and shadows an outer name only inside.
x = 'outer'
print([x for x in range(3)], x)
n = 4
print([n * i for i in range(n)])
print([x for x in x])

def scopes():
    total = 10
    base = [total + i for i in range(3)]
    fns = [lambda: i for i in range(3)]
    fixed = [lambda i=i: i for i in range(3)]
    return base, [f() for f in fns], [f() for f in fixed]
print(scopes())

def nested(k):
    def inner():
        return [k * j for j in range(3)]
    return inner()
print(nested(5))

# Evaluation order: the outermost iterable first, then per item the key
# before the value.
log = []
def note(tag, v):
    log.append(tag)
    return v
d = {note('k%d' % i, i): note('v%d' % i, i * i) for i in note('it', range(2))}
print(d, log)
print([note('e', y) for y in note('outer', [1]) for z in note('inner', [1, 2])], log)

# Comprehensions in default values, f-strings, conditions and calls.
def f(a=[i * i for i in range(3)]):
    return a
print(f(), f'{[c.upper() for c in "ab"]}', len([1 for _ in range(7)]))
print(sorted({-v for v in xs}), max([len(s) for s in ['', 'abc', 'de']]))
print(''.join([c for c in 'hello world' if c not in 'lo']))
print([i for i in range(10) if i % 2 == 0 if i % 3 == 0])
print([(lambda y: y + 1)(i) for i in range(3)])
print({(i, j): i * j for i in range(2) for j in range(2)})
print([x for x in []], {x for x in ()}, {x: x for x in ''})
big = [i for i in range(100000)]
print(len(big), sum(big), big[-1])

# CHECK: [6, 2, 8, 2, 10, 18, 4, 12]
# CHECK-NEXT: [3, 5, 9]
# CHECK-NEXT: [(0, 'a'), (0, 'b'), (2, 'a'), (2, 'b')]
# CHECK-NEXT: {{\[\[}}], [0], [0, 1], [0, 1, 2]]
# CHECK-NEXT: {0, 1, 2, 3} True
# CHECK-NEXT: {'a': 1, 'bb': 2, 'ccc': 3}
# CHECK-NEXT: {1: 0, 2: 1}
# CHECK-NEXT: [3, 1] [5, 6, 7]
# CHECK-NEXT: ['ax', 'by']
# CHECK-NEXT: [2, 20]
# CHECK-NEXT: ['a', 'd'] {{\[\[}}'b', 'c']]
# CHECK-NEXT: [0, 1, 2] outer
# CHECK-NEXT: [0, 4, 8, 12]
# CHECK-NEXT: ['o', 'u', 't', 'e', 'r']
# CHECK-NEXT: ([10, 11, 12], [2, 2, 2], [0, 1, 2])
# CHECK-NEXT: [0, 5, 10]
# CHECK-NEXT: {0: 0, 1: 1} ['it', 'k0', 'v0', 'k1', 'v1']
# CHECK-NEXT: [1, 1] ['it', 'k0', 'v0', 'k1', 'v1', 'outer', 'inner', 'e', 'e']
# CHECK-NEXT: [0, 1, 4] ['A', 'B'] 7
# CHECK-NEXT: [-9, -6, -5, -4, -3, -2, -1] 3
# CHECK-NEXT: he wrd
# CHECK-NEXT: [0, 6]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: {(0, 0): 0, (0, 1): 0, (1, 0): 0, (1, 1): 1}
# CHECK-NEXT: [] set() {}
# CHECK-NEXT: 100000 4999950000 99999
