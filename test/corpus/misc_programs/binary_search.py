# misc_programs: binary search (exact, lower bound, upper bound), insertion into sorted list, integer sqrt
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = [1, 3, 3, 3, 7, 9, 12, 15, 15, 20]
print([bsearch(data, x) for x in [1, 7, 20, 0, 8, 21]], bsearch([], 5))
print([lower_bound(data, x) for x in [0, 3, 4, 15, 16, 100]])
ins = []
for v in [5, 1, 4, 1, 9, 2, 6]:
    ins.insert(lower_bound(ins, v), v)
print(ins)
def isqrt(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
print([isqrt(n) for n in [0, 1, 15, 16, 17, 10 ** 6, 10 ** 30 + 1]])
