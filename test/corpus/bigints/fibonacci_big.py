# bigints: iterative fibonacci growing past 64 bits, Lucas numbers, ratios
a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print(a)
print(len(str(a)))
fibs = [0, 1]
while len(fibs) < 100:
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[90:95])
print(fibs[98] ** 2 - fibs[97] * fibs[99])
first_big = 0
for i, f in enumerate(fibs):
    if f > 2 ** 63 - 1:
        first_big = i
        break
print(first_big, fibs[first_big])
print(fibs[99] / fibs[98])
lucas = [2, 1]
for _ in range(98):
    lucas.append(lucas[-1] + lucas[-2])
print(lucas[-1], lucas[50] == fibs[49] + fibs[51])
