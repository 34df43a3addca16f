# errors: TypeError: f() missing 2 required positional arguments: 'b' and 'c'
def f(a, b, c):
    return a + b + c
print(f(1, 2, 3))
print(f(1))
