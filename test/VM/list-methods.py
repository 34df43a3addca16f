# RUN: %diff-python %s | FileCheck %s
# Methods of list and tuple: obj.name(args) calls.
a = []
a.append(1)
a.append('two')
a.extend([3, 4])
a.extend('ab')
a.extend(range(2))
a.extend((9,))
print(a, len(a))
a.insert(0, 'start')
a.insert(-1, 'before-last')
a.insert(100, 'end')
a.insert(-100, 'very-start')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove('two')
print(a, a.index(3), a.index(0, 2), a.count(0), a.count('zzz'))
a.reverse()
print(a)
b = a.copy()
b.clear()
print(a, b)
n = [5, 2, 8, 1, 9, 3, 2]
n.sort()
print(n)
w = ['pear', 'apple', 'fig', 'banana']
w.sort()
print(w, sorted(w), w.sort(), w.append(None), w)
f = [3.5, 1, True, -2, 0.5, False]
f.sort()
print(f)
big = list(range(200, 0, -1)) + list(range(100))
big.sort()
print(big[:5], big[-5:], len(big), big == sorted(big))
stable = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
stable.sort()
print(stable)
t = (1, 2, 1, 3, 1)
print(t.count(1), t.index(3), t.index(1, 1), t.index(1, -1))
s = [1, 2, 3]
s += [4]
s += (5,)
s += 'x'
s *= 2
print(s)
nested = [[3], [1, 2], [1], []]
nested.sort()
print(nested)
# CHECK: [1, 'two', 3, 4, 'a', 'b', 0, 1, 9] 9
# CHECK-NEXT: ['very-start', 'start', 1, 'two', 3, 4, 'a', 'b', 0, 1, 'before-last', 9, 'end']
# CHECK-NEXT: end very-start before-last ['start', 1, 'two', 3, 4, 'a', 'b', 0, 1, 9]
# CHECK-NEXT: ['start', 1, 3, 4, 'a', 'b', 0, 1, 9] 2 6 1 0
# CHECK-NEXT: [9, 1, 0, 'b', 'a', 4, 3, 1, 'start']
# CHECK-NEXT: [9, 1, 0, 'b', 'a', 4, 3, 1, 'start'] []
# CHECK-NEXT: [1, 2, 2, 3, 5, 8, 9]
# CHECK-NEXT: ['apple', 'banana', 'fig', 'pear', None] ['apple', 'banana', 'fig', 'pear'] None None ['apple', 'banana', 'fig', 'pear', None]
# CHECK-NEXT: [-2, False, 0.5, 1, True, 3.5]
# CHECK-NEXT: [0, 1, 1, 2, 2] [196, 197, 198, 199, 200] 300 True
# CHECK-NEXT: [(0, 'a'), (0, 'b'), (1, 'a'), (1, 'b')]
# CHECK-NEXT: 3 3 2 4
# CHECK-NEXT: [1, 2, 3, 4, 5, 'x', 1, 2, 3, 4, 5, 'x']
# CHECK-NEXT: {{\[\[}}], [1], [1, 2], [3]]
