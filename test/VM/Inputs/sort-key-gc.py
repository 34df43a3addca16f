# The collector runs while sorted() and max() call key functions.
def key(v):
    s = 'x' * 1000 + str(v)
    return len(s) - v
xs = list(range(20000))
i = 0
while i < 20:
    ys = sorted(xs, key=key)
    m = max(xs, key=lambda v: ('y' * 500 + str(v))[-3:])
    i += 1
print(ys[:3], m)
