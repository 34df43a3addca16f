# Builds and drops ten million times a str, a big int and a function that
# refers to itself through its closure (a reference cycle), keeping only
# the last ones.
def make(s):
    def f():
        return s if f else None
    return f
i = 0
total = 0
while i < 10000000:
    s = 'abc' * 5 + str(i)
    b = 2 ** 70 + i
    g = make(s)
    total += len(g())
    i += 1
print(total, b, len(s))
