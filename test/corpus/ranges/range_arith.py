# ranges: arithmetic progressions, sum formula checks, index search, ranges with big and negative bounds
def ap_sum(r):
    return len(r) * (r[0] + r[-1]) // 2 if len(r) else 0
for r in [range(1, 101), range(0, 50, 7), range(100, 0, -3), range(5, 5), range(-10, 10, 4)]:
    print(r, len(r), ap_sum(r), sum(r), ap_sum(r) == sum(r))
big = range(-10 ** 18, 10 ** 18, 3)
print(len(big), big[0], big[-1], big[len(big) // 2], 0 in big, 1 in big, -10 ** 18 + 3 in big)
print(big.index(-10 ** 18 + 30), range(10 ** 30, 10 ** 30 + 5)[2])
print(range(0, 100, 10)[1:-1:2], list(range(0, 100, 10)[1:-1:2]))
print(list(range(20)[::-5]), list(range(20)[15:3:-4]), range(10)[100:], range(10)[-100:2])
