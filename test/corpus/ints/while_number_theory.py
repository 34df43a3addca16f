# ints: number theory with while loops - gcd, perfect numbers, digit reversal, integer sqrt, perfect squares
def gcd(a, b):
    while b:
        t = a % b
        a = b
        b = t
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 18), gcd(12, -18), gcd(2 ** 40, 6 ** 20))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(0), isqrt(1), isqrt(24), isqrt(25), isqrt(10 ** 18), isqrt(4611686018427387904))
def sum_divisors(n):
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d != n // d:
                total += n // d
        d += 1
    return total
n = 2
while n < 10000:
    if sum_divisors(n) == n:
        print('perfect', n)
    n += 1
def rev(n):
    r = 0
    while n:
        r = r * 10 + n % 10
        n //= 10
    return r
print(rev(123456789012345678), rev(100), rev(0), rev(9))
