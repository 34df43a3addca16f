# Sieve of Eratosthenes over a list, with for loops and slice assignment.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, n + 1):
        if i * i > n:
            break
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
    return is_prime

flags = sieve(2000000)
count = 0
last = 0
for i in range(len(flags)):
    if flags[i]:
        count += 1
        last = i
print(count, last)
total = 0
for k in range(20):
    marks = sieve(50000)
    marks[0:2] = [False, False]
    total += sum(marks)
print(total)
