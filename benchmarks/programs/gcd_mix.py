# Euclid's algorithm and mixed int/float arithmetic.
def gcd(a, b):
    while b != 0:
        t = b
        b = a % b
        a = t
    return a

s = 0
x = 0.0
i = 1
while i < 4000:
    j = 1
    while j < 300:
        s += gcd(i, j)
        x = x + (i & j) / (j + 0.5)
        j += 1
    i += 1
print(s, x)
