# errors: AssertionError with a message from a failing assert
def check(n):
    assert n >= 0, f'negative: {n}'
    return n * 2
print(check(3))
print(check(-1))
