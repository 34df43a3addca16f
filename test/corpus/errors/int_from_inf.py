# errors: OverflowError: cannot convert float infinity to integer
x = 1e308
print(int(x / 1e300), x * 10)
print(int(x * 10))
