# misc_programs: Pascal's triangle rows, centred printing, row sums and binomial identities
def rows(n):
    tri = [[1]]
    for _ in range(n - 1):
        prev = tri[-1]
        tri.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
    return tri
tri = rows(10)
width = len(' '.join(map(str, tri[-1])))
for r in tri:
    print(' '.join(map(str, r)).center(width).rstrip())
print([sum(r) for r in tri])
big = rows(60)[-1]
print(max(big), len(str(max(big))), big[:4])
print(all([r == r[::-1] for r in tri]))
