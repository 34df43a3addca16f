# Function-call heavy: many small functions calling each other.
def add(a, b):
    return a + b

def mul3(a):
    return add(add(a, a), a)

def step(x):
    if x % 2 == 0:
        return x // 2
    return mul3(x) + 1

def collatz_len(n):
    steps = 0
    while n != 1:
        n = step(n)
        steps = add(steps, 1)
    return steps

best = 0
best_n = 0
n = 1
while n < 60000:
    c = collatz_len(n)
    if c > best:
        best = c
        best_n = n
    n += 1
print(best_n, best)
