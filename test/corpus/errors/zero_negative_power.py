# errors: ZeroDivisionError: 0.0 cannot be raised to a negative power (int base)
print(2 ** -1, 0 ** 0, 0.0 ** 0)
print(0 ** -1)
