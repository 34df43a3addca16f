# sets: set comprehensions, prime sieve via set difference, equality, subset chains on int sets
n = 50
composites = {i * j for i in range(2, 8) for j in range(i, n // i + 1)}
primes = set(range(2, n + 1)) - composites
print(sorted(primes), len(primes))
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(evens & threes, sorted(evens | threes), evens - threes)
print({1, 2} == {2, 1}, {1, 2} != {1, 2, 3}, {1} < {1, 2} < {1, 2, 3})
print(sum({1, 2, 3, 2, 1}), max({-4, 7, 2}), min({-4, 7, 2}), sorted({9, -9, 0}))
sq = {x * x % 10 for x in range(100)}
print(sq, len(sq))
