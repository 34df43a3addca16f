# misc_programs: sieve of Eratosthenes with a list of bools, prime counting, twin primes, goldbach check
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k, p in enumerate(is_p) if p]
primes = sieve(1000)
print(len(primes), primes[:15], primes[-3:])
pset = set(primes)
twins = [(p, p + 2) for p in primes if p + 2 in pset]
print(len(twins), twins[:5], twins[-1])
for n in range(4, 41, 6):
    for p in primes:
        if n - p in pset:
            print(n, '=', p, '+', n - p)
            break
print(sum(primes), sieve(1), sieve(2))
