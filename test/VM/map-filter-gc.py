# RUN: %diff-python %s | FileCheck %s
# map() and filter() run Python code from their iterators' next, which
# allocates enough to make the collector run while the consumer (list,
# sum, sorted, max, dict, set, str.join, unpacking, zip, a for loop, ...)
# holds partial results: they must stay alive.
def big(v):
    s = 'x' * 2000 + str(v)
    return s[-4:] + str(len(s))

def keep(v):
    t = 'y' * 3000
    return v % 3 != 0 and len(t) > 0

i = 0
while i < 3:
    xs = list(map(big, range(3000)))
    total = sum(map(lambda v: len(big(v)), range(2000)))
    ys = sorted(map(big, range(1500)), key=len)
    m = max(map(big, range(1500)))
    d = dict(map(lambda v: (big(v), v), range(1500)))
    s = set(map(big, range(1500)))
    j = '|'.join(map(big, range(1500)))
    a, b, c = map(big, [1, 2, 3])
    z = list(zip(map(big, range(1500)), map(big, range(1500))))
    f = list(filter(keep, range(3000)))
    e = list(enumerate(map(big, range(1500)), start=1))
    inside = big(5) in map(big, range(1500))
    fk = dict.fromkeys(map(big, range(1500)))
    st = {*map(big, range(1500))}
    n = 0
    for w in map(big, filter(keep, range(3000))):
        n += len(w)
    i += 1
print(len(xs), xs[:2], total, ys[:2], m, len(d), len(s), len(j), a, b, c)
print(len(z), z[-1], len(f), f[:4], e[-1], inside, len(fk), len(st), n)
# CHECK: 3000 ['xxx02001', 'xxx12001'] 16000 ['xxx02001', 'xxx12001'] xxx92001 1500 1500 13499 xxx12001 xxx22001 xxx32001
# CHECK-NEXT: 1500 ('14992004', '14992004') 2000 [1, 2, 4, 5] (1500, '14992004') True 1500 1500 16000
