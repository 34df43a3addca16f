# slicing: rotation, chunking and interleaving lists with slices, real-code helpers
def rotate(lst, k):
    if not lst:
        return lst
    k %= len(lst)
    return lst[k:] + lst[:k]
for k in [0, 1, 3, -1, 10]:
    print(k, rotate([1, 2, 3, 4, 5], k))
print(rotate([], 3))
def chunk(lst, n):
    return [lst[i:i + n] for i in range(0, len(lst), n)]
print(chunk(list(range(10)), 3), chunk([], 2), chunk('abcdefg', 2))
def interleave(a, b):
    out = [None] * (len(a) + len(b))
    out[::2] = a
    out[1::2] = b
    return out
print(interleave([1, 3, 5], [2, 4, 6]))
half = len('abcdefgh') // 2
print('abcdefgh'[:half], 'abcdefgh'[half:], 'abcdefgh'[half:] + 'abcdefgh'[:half])
