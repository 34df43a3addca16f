# misc_programs: gcd/lcm by Euclid (iterative and recursive), extended gcd, fraction reduction, lcm of ranges
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def gcd_rec(a, b):
    return a if b == 0 else gcd_rec(b, a % b)
def lcm(a, b):
    return a // gcd(a, b) * b
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
pairs = [(12, 18), (17, 5), (0, 9), (100, 75), (-24, 36), (2 ** 40, 6 ** 20)]
for a, b in pairs:
    print(a, b, gcd(a, b), gcd_rec(abs(a), abs(b)), lcm(abs(a), abs(b)) if a and b else 0)
g, x, y = egcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
def reduce(num, den):
    g = gcd(num, den)
    return num // g, den // g
print([reduce(n, d) for n, d in [(6, 8), (100, 25), (17, 51), (0, 5)]])
acc = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print(acc)
