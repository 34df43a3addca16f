# lists: recursive and nested container repr - list containing itself, mutual recursion, dict cycles
a = []
a.append(a)
print(a, len(a), a[0] is a)
b = [1, 2]
b.append(b)
b.append([b, 'x'])
print(b)
c = [1]
d = [c]
c.append(d)
print(c, d)
e = {'self': None}
e['self'] = e
print(e)
f = [e, {'list': b}]
print(f)
t = ([],)
t[0].append(t)
print(t)
print([[[[[]]]]], [[], [[]], [[], []]])
