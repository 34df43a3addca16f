a = [5]
b = a[0:1]
a.append(1)
x, *y = a
for i in a:
    pass
print(b, x, y)
