# lists: append/extend/insert/pop/remove/index/count/reverse/clear/copy with edge positions
a = [1, 2, 3]
a.append(4)
a.extend([5, 6])
a.extend('xy')
a.insert(0, 0)
a.insert(-1, 'mid')
a.insert(100, 'end')
a.insert(-100, 'start')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3), a)
a.remove('x')
print(a, a.index(5), a.index(2, 1), a.count(2), a.count('nope'))
a.reverse()
print(a)
b = a.copy()
b.append('copy')
print(a, b)
a.clear()
print(a, len(a), b[:2])
stack = []
for ch in '(()(()))':
    if ch == '(':
        stack.append(len(stack))
    else:
        stack.pop()
print(stack, [1, 2, 1, 2, 1].count(1))
c = [1, 2]
c += [3]
c *= 2
print(c, c.index(3, 3))
