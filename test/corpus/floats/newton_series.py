# floats: numeric algorithms - Newton square root, Leibniz pi, compound interest, mean/variance
def sqrt(x):
    g = x / 2 if x > 1 else 1.0
    for _ in range(30):
        g = (g + x / g) / 2
    return g
for v in [2, 9, 10, 0.25, 1e6]:
    print(v, sqrt(v), sqrt(v) ** 2)
pi = 0.0
for k in range(10000):
    pi += (-1) ** k / (2 * k + 1)
print(pi * 4)
balance = 1000.0
for year in range(1, 6):
    balance *= 1.05
    print(year, round(balance, 2), f'{balance:.2f}')
data = [2.5, 3.5, 1.0, 4.0, 6.5]
mean = sum(data) / len(data)
var = sum([(x - mean) ** 2 for x in data]) / len(data)
print(mean, var, var ** 0.5)
