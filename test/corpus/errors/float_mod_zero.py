# errors: ZeroDivisionError: float modulo
print(5.5 % 2, -5.5 % 2)
print(5.5 % 0)
