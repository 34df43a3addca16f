# bigints: factorials, digit counts, trailing zeros, binomial coefficients via big ints
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(20), fact(21), fact(25))
f100 = fact(100)
print(f100)
print(len(str(f100)), sum([int(d) for d in str(f100)]))
s = str(f100)
print(len(s) - len(s.rstrip('0')))
def choose(n, k):
    return fact(n) // (fact(k) * fact(n - k))
print(choose(50, 25), choose(100, 3), choose(200, 100) % 1000000007)
row = [choose(30, k) for k in range(0, 31, 5)]
print(row, sum([choose(30, k) for k in range(31)]) == 2 ** 30)
print(fact(30) // fact(28), fact(60) % fact(59) == 0)
