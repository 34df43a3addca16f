# errors: TypeError: unsupported operand type(s) for +: 'NoneType' and 'int' from a function missing a return
def half(n):
    if n % 2 == 0:
        return n // 2
print(half(10))
print(half(7) + 1)
