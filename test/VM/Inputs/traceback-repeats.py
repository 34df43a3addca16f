# Input of traceback-repeats.test; its line numbers are checked.
def f(n):
    if n == 0:
        return 1 / 0
    return f(n - 1)

def g(n):
    return f(n)

g(4)
