# closures: counters with nonlocal, independent closure instances, closures sharing one cell
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c2(), c1(), c2())
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make_pair()
print(get())
set_(42)
print(get())
get2, set2 = make_pair()
print(get2(), get())
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x *= 3
            return x
        return inner
    f = middle()
    f()
    f()
    return x
print(outer())
