# misc_programs: Collatz lengths with while loops only - longest chain below a bound and a few sequences
def length(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
print(length(1), length(6), length(7), length(27), length(97), length(871))
best = 1
best_len = 1
n = 1
while n < 20000:
    L = length(n)
    if L > best_len:
        best = n
        best_len = L
    n += 1
print(best, best_len)
def peak(n):
    top = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        top = max(top, n)
    return top
print(peak(27), peak(703), peak(9780657630))
