# for_loops: loop variable leaks after the loop, reassigning it inside the body, iterating over a snapshot
for i in range(5):
    i = i * 10
print(i)
x = 'unchanged'
for x in []:
    pass
print(x)
items = [1, 2, 3]
for item in items:
    item += 100
print(items)
for idx in range(len(items)):
    items[idx] += 100
print(items)
funcs_out = []
for k in range(3):
    funcs_out.append(k * k)
print(funcs_out, k)
data = [1, 2, 3]
for v in list(data):
    data.append(v * 10)
print(data)
total = 0
for a in [1, 2]:
    for b in [10, 20]:
        total += a * b
print(total, a, b)
