# misc_programs: trial-division prime factorisation, divisor lists, perfect numbers, totient
def factorize(n):
    f = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            f[d] = f.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        f[n] = f.get(n, 0) + 1
    return f
for n in [1, 2, 12, 97, 360, 1001, 2 ** 31 - 1, 600851475143]:
    f = factorize(n)
    print(n, f, ' * '.join([f'{p}^{e}' if e > 1 else str(p) for p, e in f.items()]))
def divisors(n):
    return [d for d in range(1, n + 1) if n % d == 0]
print([n for n in range(2, 500) if sum(divisors(n)) == 2 * n], divisors(36), len(divisors(720)))
def phi(n):
    result = n
    for p in factorize(n):
        result = result // p * (p - 1)
    return result
print([phi(n) for n in range(1, 21)], phi(10 ** 9 + 7))
