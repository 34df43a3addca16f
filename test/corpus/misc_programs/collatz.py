# misc_programs: Collatz sequence lengths with a memo dict, longest chain below a bound, sequence printing
memo = {1: 1}
def collatz_len(n):
    path = []
    while n not in memo:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = memo[n]
    for m in reversed(path):
        length += 1
        memo[m] = length
    return length
print([collatz_len(n) for n in range(1, 16)])
best = max(range(1, 30000), key=collatz_len)
print(best, collatz_len(best))
def sequence(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq
print(sequence(27)[:12], len(sequence(27)), max(sequence(27)))
print(collatz_len(2 ** 60), collatz_len(10 ** 20 + 1))
