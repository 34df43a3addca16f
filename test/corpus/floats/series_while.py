# floats: numeric series with while loops - e, harmonic numbers, Wallis product, geometric sums
e = 0.0
term = 1.0
k = 0
while k < 20:
    e = e + term
    k += 1
    term = term / k
print(e)
h = 0.0
n = 1
while n <= 1000:
    h += 1 / n
    if n == 1 or n == 10 or n == 100 or n == 1000:
        print(n, h)
    n += 1
w = 1.0
i = 1
while i <= 500:
    w *= 4 * i * i / (4 * i * i - 1)
    i += 1
print(2 * w)
g = 0.0
p = 1.0
while p > 1e-12:
    g += p
    p /= 2
print(g, p, 1 - g)
x = 0.0
steps = 0
while x < 1.0:
    x += 0.1
    steps += 1
print(steps, x)
