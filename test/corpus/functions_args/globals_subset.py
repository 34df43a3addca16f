# functions_args: module globals read and written from functions via global, counters, shadowing builtins locally
count = 0
total = 0
def record(v):
    global count, total
    count += 1
    total = total + v
    return count
record(5)
record(7)
print(count, total, record(-2), total)
def mean():
    return total / count
print(mean())
def use_local():
    count = 100
    return count
print(use_local(), count)
def shadow(abs):
    return abs
print(shadow(-3), abs(-3))
def len(x):
    return 'my len of ' + str(x)
print(len(123))
def reset():
    global count
    count = 0
reset()
print(count)
def late():
    return later_defined * 2
later_defined = 21
print(late())
