# RUN: %diff-python %s | FileCheck %s
# list and tuple displays and their repr/str, nested and recursive.
print([1, 2], (1, 2), (), (1,), [], [[]], ((),), [(1,)], ([],))
print([1, 'a', "b'c", 2.5, -0.0, None, True, False, 1e100])
print((1, [2, (3, [4, ()])]), ['é', '\n', '\x00'], ('tab\t',))
print(str([1, 'x']), repr(('y',)), str(()), repr([]))
a = [1]
a.append(a)
print(a, [a], (a, a))
b = [a, [a]]
print(b)
t = ([],)
t[0].append(t)
print(t, t[0])
c = []
d = [c]
c.append(d)
print(c, d)
print([1, 2] == [1, 2], (1,) == [1], [] == [], () == (), [[1]] == [[1]])
x = 1, 2
y = 3,
print(x, y, len(x), len(y))
# CHECK: [1, 2] (1, 2) () (1,) [] {{\[\[}}]] ((),) [(1,)] ([],)
# CHECK-NEXT: [1, 'a', "b'c", 2.5, -0.0, None, True, False, 1e+100]
# CHECK-NEXT: (1, [2, (3, [4, ()])]) ['é', '\n', '\x00'] ('tab\t',)
# CHECK-NEXT: [1, 'x'] ('y',) () []
# CHECK-NEXT: [1, [...]] {{\[\[}}1, [...]]] ([1, [...]], [1, [...]])
# CHECK-NEXT: {{\[\[}}1, [...]], {{\[\[}}1, [...]]]]
# CHECK-NEXT: ([(...)],) [([...],)]
# CHECK-NEXT: {{\[\[}}[...]]] {{\[\[}}[...]]]
# CHECK-NEXT: True False True True True
# CHECK-NEXT: (1, 2) (3,) 2 1
