# errors: ZeroDivisionError: integer modulo by zero from %
vals = [7, 3]
print(vals[0] % vals[1], vals[0] // vals[1])
print(vals[0] % 0)
